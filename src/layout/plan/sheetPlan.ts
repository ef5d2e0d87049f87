/**
 * The write plan of the cruscotto sheet: each level's "% raggiungimento" and the Esito of each action,
 * with number formats, status colours as conditional formats, and a note on overridden actions.
 * Only output columns (the sheet's result columns or the add-in's own) and the add-in's own header
 * cells are ever written: what the user typed stays as it is.
 */
import type { Profile, ScoredNode, ScoreResult } from '../../engine/types';
import { a1, a1Range } from '../address';
import { MONITORING_STATE_TEXT, OWN_GROUP_HEADER } from '../outputColumns';
import type { CellNote, CellScalar, ConditionalFormatRule, MergedArea, OutputKind, ReadResult, SheetGrid, SheetWritePlan, ValueBlock } from '../types';
import { isMergeSlave, isPercentKind, levelOfKind, primaryColumn, resolveOutputColumns, type OutputColumn, type OutputPlacement } from './columns';
import { figureFor, PERCENT_FORMAT } from './figures';
import { ColumnRuns } from './columnRuns';
import { overrideNoteText } from './notes';
import { esitoRules, monitoringStateRules, neutralisedRule, percentRules, type StatusThresholds } from './rules';
import { flattenScores, type FlatNode } from './walk';
import type { Period } from '../settings/period';
import type { MonitoredNode } from '../monitoring';
import { formatDeviation } from '../deviationText';

/** Each scored row's scostamento and state at 30/6 by node id (period 'monitoraggio', ../monitoring). */
export type DeviationByNode = ReadonlyMap<string, MonitoredNode>;

const PERCENT_COLUMN_WIDTH = 16;
const TEXT_COLUMN_WIDTH = 22;

/**
 * Width of an add-in column: its header on one line. The header rows are the user's (their height is not the
 * add-in's to change): a header wrapped on three lines spilled out of its band, over the group header above.
 * Bold characters are about 1,2 width units each.
 */
export function ownColumnWidth(column: Pick<OutputColumn, 'kind' | 'header'>): number {
  const base = isPercentKind(column.kind) ? PERCENT_COLUMN_WIDTH : TEXT_COLUMN_WIDTH;
  return Math.max(base, Math.ceil(column.header.length * 1.2) + 2);
}

/**
 * Output kinds the tree has figures for. Decided by the sheet's structure and the profile, not by the
 * results, so the same sheet always gets the same columns.
 */
export function neededKinds(flat: FlatNode[], profile: Profile, period?: Period): Set<OutputKind> {
  const kinds = new Set<OutputKind>();
  for (const { scored } of flat) {
    switch (scored.node.level) {
      case 'action':
        kinds.add('action.achievement');
        kinds.add('action.esito');
        if (period === 'monitoraggio') {
          kinds.add('action.scostamento');
          kinds.add('action.monitoringState');
        }
        break;
      case 'leafGroup':
        kinds.add('leafGroup.achievement');
        break;
      case 'operational':
        kinds.add('operational.achievement');
        break;
      case 'strategic':
        kinds.add('strategic.achievement');
        if (scored.node.target !== undefined || profile.defaultStrategicTarget !== null) kinds.add('strategic.targetAchievement');
        break;
      case 'perspective':
        kinds.add('perspective.achievement');
        break;
    }
  }
  return kinds;
}

/** Where the data rows of the sheet are: from below the header to the last row of the tree. */
export function dataRowSpan(read: ReadResult): { first: number; last: number } | null {
  if (!read.layout) return null;
  const first = read.layout.headerBottom + 1;
  let last = first - 1;
  for (const loc of read.locations.values()) last = Math.max(last, loc.lastRow, loc.row);
  return last >= first ? { first, last } : null;
}

/** For each level, the node whose figure sits on each row (the first row of its block). */
function figureRows(flat: FlatNode[], read: ReadResult): Map<string, Map<number, ScoredNode>> {
  const byLevel = new Map<string, Map<number, ScoredNode>>();
  for (const { scored } of flat) {
    const loc = read.locations.get(scored.node.id);
    if (!loc) continue;
    const level = scored.node.level;
    let rows = byLevel.get(level);
    if (!rows) byLevel.set(level, (rows = new Map()));
    if (!rows.has(loc.row)) rows.set(loc.row, scored);
  }
  return byLevel;
}

/**
 * The column's cells from the first data row to the last row of the tree: each node's figure on its first
 * row, empty elsewhere (clearing a figure a restructured sheet left behind). Figures carry the number
 * format; runs of empty cells are separate blocks without one, so no styled empty cells are created.
 */
function columnBlocks(
  column: OutputColumn,
  span: { first: number; last: number },
  skip: Set<number>,
  merges: MergedArea[],
  rows: Map<number, ScoredNode> | undefined,
  deviations: DeviationByNode | undefined,
): ValueBlock[] {
  const colMerges = merges.filter((m) => column.col >= m.left && column.col <= m.right);
  const percent = isPercentKind(column.kind);
  const runs = new ColumnRuns(column.col);
  for (let r = span.first; r <= span.last; r++) {
    if (skip.has(r) || isMergeSlave(colMerges, r, column.col)) {
      runs.skip();
      continue;
    }
    const scored = rows?.get(r);
    // the scostamento and state come from the monitoring view; outside the period 'monitoraggio' their columns are cleared
    const value: CellScalar = !scored ? null : monitoringKind(column.kind) ? monitoringValue(column.kind, deviations?.get(scored.node.id)) : figureFor(column.kind, scored);
    runs.push(r, value, percent && typeof value === 'number' ? PERCENT_FORMAT : undefined);
  }
  return runs.blocks;
}

function monitoringKind(kind: OutputKind): boolean {
  return kind === 'action.scostamento' || kind === 'action.monitoringState';
}

function monitoringValue(kind: OutputKind, figure: MonitoredNode | undefined): CellScalar {
  if (!figure) return null;
  if (kind === 'action.monitoringState') return MONITORING_STATE_TEXT[figure.state];
  // a composite target: its scostamenti in order, as text ("+266 e +4"; Brescia 2.1.1/2 prints them so)
  if (figure.components && figure.deviation === null) return formatDeviation({ deviation: null, unit: 'none', components: figure.components });
  return figure.deviation;
}

function thresholdsFor(kind: OutputKind, profile: Profile): StatusThresholds {
  const s = profile.status;
  switch (kind) {
    case 'action.achievement':
      return { reached: s.actionReached, floor: s.partialFloor };
    case 'operational.achievement':
    case 'leafGroup.achievement':
      // the level above the scored rows is judged as an operational objective (src/engine/status.ts)
      return { reached: s.operationalReached, floor: s.partialFloor };
    case 'strategic.targetAchievement':
      // % raggiungimento = min(100, risultato / target): reached when the result meets its own target (RP 2020 §3.1)
      return { reached: 100, floor: s.partialFloor };
    default:
      return { reached: s.aggregateReached, floor: s.partialFloor };
  }
}

function columnRules(column: OutputColumn, columns: OutputColumn[], span: { first: number; last: number }, profile: Profile): ConditionalFormatRule[] {
  const range = a1Range(span.first, column.col, span.last, column.col);
  const cell = a1(span.first, column.col);
  if (column.kind === 'action.monitoringState') return monitoringStateRules(range, cell, profile.colours);
  if (column.kind === 'action.scostamento') {
    // a figure in the KPI's unit, whose good sign depends on the indicator's direction: coloured by its row's state
    const state = primaryColumn(columns, 'action.monitoringState');
    return state ? monitoringStateRules(range, a1(span.first, state.col), profile.colours) : [];
  }
  if (!isPercentKind(column.kind)) return esitoRules(range, cell, profile.colours);
  if (column.kind === 'strategic.achievement') {
    // the result of a strategic objective is judged against its own target: colour it like its % raggiungimento
    const key = primaryColumn(columns, 'strategic.targetAchievement');
    if (key) return percentRules(range, cell, a1(span.first, key.col), thresholdsFor('strategic.targetAchievement', profile), profile.colours);
  }
  const rules = percentRules(range, cell, cell, thresholdsFor(column.kind, profile), profile.colours);
  if (column.kind === 'action.achievement') {
    const esito = primaryColumn(columns, 'action.esito');
    if (esito) rules.push(neutralisedRule(range, a1(span.first, esito.col), profile.colours));
  }
  return rules;
}

/**
 * Header cells of the add-in's own columns: the group header on the first header row, each column's
 * header on the row below it (where the sheet's own column names are: "cod.", "titolo", "peso"),
 * or on the single header row.
 */
function headerBlocks(columns: OutputColumn[], read: ReadResult, groupHeaderCol: number | null | undefined): ValueBlock[] {
  const layout = read.layout!;
  const own = columns.filter((c) => c.own);
  if (own.length === 0) return [];
  const grouped = layout.headerTop < layout.headerBottom;
  const headerRow = grouped ? layout.headerTop + 1 : layout.headerTop;
  const blocks: ValueBlock[] = own.map((c) => ({ top: headerRow, left: c.col, values: [[c.header]], style: 'header' as const, bold: true }));
  // above the first own column whose cell is free or the add-in's (the placement says which, when it knows)
  const groupCol = groupHeaderCol === undefined ? own[0].col : groupHeaderCol;
  if (grouped && groupCol !== null) blocks.unshift({ top: layout.headerTop, left: groupCol, values: [[OWN_GROUP_HEADER]], style: 'header', bold: true });
  return blocks;
}

function overrideNotes(flat: FlatNode[], read: ReadResult, columns: OutputColumn[]): CellNote[] {
  const target = primaryColumn(columns, 'action.achievement');
  if (!target) return [];
  const notes: CellNote[] = [];
  for (const { scored } of flat) {
    if (scored.node.level !== 'action' || !scored.overridden) continue;
    const loc = read.locations.get(scored.node.id);
    if (!loc) continue;
    notes.push({ row: loc.row, col: target.col, text: overrideNoteText(scored) });
  }
  return notes;
}

/** The plan for the cruscotto sheet. Pure: the same inputs always give the same plan. */
export function buildSheetPlan(read: ReadResult, score: ScoreResult, profile: Profile, grid: SheetGrid, placement?: OutputPlacement, deviations?: DeviationByNode): SheetWritePlan {
  const plan: SheetWritePlan = { sheet: read.sheet, blocks: [], conditionalFormats: [], notes: [], columnWidths: [] };
  if (!read.layout) return plan;
  const flat = flattenScores(score);
  const columns = placement ? placement.columns : resolveOutputColumns(read.layout, neededKinds(flat, profile), grid);
  if (columns.length === 0) return plan;
  plan.blocks.push(...headerBlocks(columns, read, placement?.groupHeaderCol));
  const span = dataRowSpan(read);
  if (span) {
    const rows = figureRows(flat, read);
    const skip = new Set(read.layout.repeatedHeaderRows);
    for (const column of columns) {
      plan.blocks.push(...columnBlocks(column, span, skip, grid.merges, rows.get(levelOfKind(column.kind)), deviations));
      plan.conditionalFormats.push(...columnRules(column, columns, span, profile));
    }
    plan.notes.push(...overrideNotes(flat, read, columns));
  }
  plan.columnWidths = columns.filter((c) => c.own).map((c) => ({ col: c.col, width: ownColumnWidth(c) }));
  return plan;
}
