/**
 * The JSON report: a contract other tools read. Figures in percent points, unrounded (JS numbers from the
 * engine's Decimals); perspectives are identified by title (code null); `cell` is where the node's figure is written.
 */
import type { Profile, ScoredNode, ScoreResult } from '../engine/types';
import { cellRef } from './address';
import { primaryColumn, resolveOutputColumns, type OutputColumn, type OutputPlacement } from './plan/columns';
import { allDiagnostics } from './plan/diagnostics';
import { toPoints } from './plan/figures';
import { neededKinds } from './plan/sheetPlan';
import { flattenScores } from './plan/walk';
import type { JsonReport, OutputKind, ReadResult, ReportNode, SheetGrid } from './types';

const FIGURE_KIND: Record<ReportNode['level'], OutputKind> = {
  perspective: 'perspective.achievement',
  strategic: 'strategic.achievement',
  operational: 'operational.achievement',
  leafGroup: 'leafGroup.achievement',
  action: 'action.achievement',
};

function parentName(parent: ScoredNode | null): string | null {
  if (!parent) return null;
  return parent.node.level === 'perspective' ? parent.node.title : parent.node.code ?? parent.node.title;
}

function ownTarget(scored: ScoredNode, profile: Profile): number | null {
  if (scored.node.target !== undefined) return toPoints(scored.node.target);
  // the profile's default target applies where the sheet gives none (e.g. 80 for a strategic objective)
  if (scored.node.level === 'strategic' && scored.targetAchievement !== null) return profile.defaultStrategicTarget;
  return null;
}

/**
 * The report of a run. `grid` places the add-in's appended columns exactly as the write plan does;
 * without it they are placed right of the recognised columns.
 */
export function buildReport(read: ReadResult, score: ScoreResult, profile: Profile, grid?: SheetGrid, placement?: OutputPlacement): JsonReport {
  const flat = flattenScores(score);
  const columns: OutputColumn[] = placement ? placement.columns : read.layout ? resolveOutputColumns(read.layout, neededKinds(flat, profile), grid ?? null) : [];
  // the figure column of each level, looked up once (not once per node)
  const figureColumn = new Map<ReportNode['level'], OutputColumn | null>();
  for (const level of Object.keys(FIGURE_KIND) as ReportNode['level'][]) figureColumn.set(level, primaryColumn(columns, FIGURE_KIND[level]));
  const nodes: ReportNode[] = flat.map(({ scored, parent }) => {
    const node = scored.node;
    const loc = read.locations.get(node.id);
    const column = figureColumn.get(node.level) ?? null;
    const target = ownTarget(scored, profile);
    return {
      level: node.level,
      code: node.level === 'perspective' ? null : node.code,
      title: node.title,
      parent: parentName(parent),
      weight: toPoints(node.weight),
      achievement: toPoints(scored.achievement),
      formulaAchievement: toPoints(scored.formulaAchievement),
      target,
      targetAchievement: target === null ? null : toPoints(scored.targetAchievement),
      status: scored.status,
      cell: loc && column ? cellRef(read.sheet, loc.row, column.col) : null,
    };
  });
  const diagnostics = allDiagnostics(read, score.diagnostics).map((d) => ({
    severity: d.severity,
    cell: d.cell,
    message: d.message,
  }));
  return {
    profile: profile.name,
    sheet: read.sheet,
    organisation: {
      achievement: toPoints(score.organisation.achievement),
      achievementWithoutOverrides: toPoints(score.organisation.achievementWithoutOverrides),
      band: score.organisation.band,
    },
    nodes,
    diagnostics,
  };
}
