/**
 * The individual objectives of a run: read the sheet, resolve its links against the cruscotto just scored,
 * score every person (../../engine/individual) and point every diagnostic at its cell. Pure.
 */
import type Decimal from 'decimal.js';
import { scoreIndividuals, type IndividualScore } from '../../engine/individual';
import { roundHalfUp } from '../../engine/format';
import type { Profile, ScoreResult } from '../../engine/types';
import { cellRef, sheetPrefix } from '../address';
import type { Diagnostic, IndividualsReport, ReadResult, SheetGrid } from '../types';
import type { IndividualColumnKind, IndividualLayout } from './header';
import { linkIndex } from './links';
import { readIndividuals } from './readIndividuals';

export interface IndividualRun {
  sheet: string;
  scores: IndividualScore[];
  diagnostics: Diagnostic[];
  report: IndividualsReport;
  /** the sheet's header as read (null: not an individual objectives sheet) */
  layout: IndividualLayout | null;
  /** objective id -> its row (0-based) */
  rows: ReadonlyMap<string, number>;
}

const FIELD_COLUMN: Record<string, IndividualColumnKind> = { target: 'target', thresholds: 'threshold', result: 'result', weight: 'weight', override: 'override', baseline: 'baseline' };

const num = (d: Decimal | null): number | null => (d === null ? null : roundHalfUp(d, 6).toNumber());

export function runIndividuals(grid: SheetGrid, cruscotto: { read: ReadResult; score: ScoreResult; grid: SheetGrid | null }, profile: Profile, planYear: number): IndividualRun {
  const read = readIndividuals(grid, linkIndex(cruscotto.read, cruscotto.score, cruscotto.grid), planYear);
  const scores = scoreIndividuals(read.objectives, profile);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const columnOf = (kind: IndividualColumnKind | undefined) => (kind ? read.layout?.columns.find((c) => c.kind === kind)?.col : undefined);
  for (const person of scores) {
    for (const d of person.diagnostics) {
      const row = d.nodeId !== undefined ? read.rows.get(d.nodeId) : undefined;
      const col = columnOf(d.field ? FIELD_COLUMN[d.field] : undefined) ?? columnOf('objective');
      const cell = row !== undefined && col !== undefined ? cellRef(grid.name, row, col) : grid.name;
      const where = row !== undefined && col !== undefined ? cell : sheetPrefix(grid.name);
      diagnostics.push({ severity: d.severity, code: d.code, cell, message: `${where}: ${d.message}` });
    }
  }
  const report: IndividualsReport = {
    sheet: grid.name,
    persons: scores.map((p) => ({
      person: p.person,
      role: p.role,
      score: num(p.score),
      scoreWithoutOverrides: num(p.scoreWithoutOverrides),
      weightSum: num(p.weightSum) ?? 0,
      belowTarget: p.belowTarget,
      objectives: p.objectives.map((o) => {
        const row = read.rows.get(o.objective.id)!;
        return {
          cell: cellRef(grid.name, row, columnOf('objective')!),
          title: o.objective.title,
          weight: o.objective.weight === undefined ? null : num(o.objective.weight),
          source: o.objective.source.kind,
          achievement: num(o.achievement),
          achievementWithoutOverrides: num(o.achievementWithoutOverrides),
          belowTarget: o.belowTarget,
        };
      }),
    })),
  };
  return { sheet: grid.name, scores, diagnostics, report, layout: read.layout, rows: read.rows };
}
