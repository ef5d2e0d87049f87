/**
 * The write plan of the individual objectives sheet (issue 9, item 5), under the cruscotto's rules: the
 * add-in's own columns placed after the user's (../plan/columns placeOutputColumns, with ./ownColumns'
 * headers), each objective's % raggiungimento on its row with the status colours of an action, each person's
 * weighted score on the person's first objective row (the cruscotto writes a node's figure on the first row of
 * its block; a score repeated on every row would read, on paper, as one score per objective), and the score
 * from the formulas alone where values assigned by decision change it. A figure column of the user's with
 * their values is left alone (a warning names it and the column that gets the figures), and the plan goes
 * through the write guard (../ownership) with the ledger's entry of this sheet. Pure.
 */
import type Decimal from 'decimal.js';
import type { Profile } from '../../engine/types';
import { a1, a1Range } from '../address';
import { guardSheetPlan, gridView, ledgerSheet, SheetOwnership, type Ledger } from '../ownership';
import { userColumnWarnings } from '../plan/checks';
import { isMergeSlave, placeOutputColumns, type OutputColumn, type OutputPlacement } from '../plan/columns';
import { PERCENT_FORMAT, toFraction } from '../plan/figures';
import { ColumnRuns } from '../plan/columnRuns';
import { percentRules } from '../plan/rules';
import { ownColumnWidth } from '../plan/sheetPlan';
import { cellAt, cellText } from '../reader/cellText';
import type { CellScalar, ColumnInfo, Diagnostic, OutputKind, SheetGrid, SheetLayout, SheetWritePlan, ValueBlock } from '../types';
import { individualOutputOf, INDIVIDUAL_OWN_COLUMN_HEADERS } from './ownColumns';
import type { IndividualRun } from './runIndividuals';

export interface IndividualSheetPlan {
  /** the guarded plan: only empty cells and the add-in's own */
  plan: SheetWritePlan;
  /** the user's figure columns left alone, and the cells the guard refused: warnings naming the cells */
  diagnostics: Diagnostic[];
}

const sameFigure = (a: Decimal | null, b: Decimal | null): boolean => (a === null || b === null ? a === b : a.eq(b));

/** The header row's figure columns: the add-in's (its header cell is still the add-in's) or the user's. */
function existingColumns(grid: SheetGrid, headerRow: number, ownership: SheetOwnership): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  const width = grid.cells[headerRow]?.length ?? 0;
  for (let col = 0; col < width; col++) {
    const header = cellText(cellAt(grid.cells, headerRow, col)).trim();
    const output = individualOutputOf(header);
    if (!output) continue;
    // a header typed by the user names a figure column of theirs (filled while it is empty, else left alone)
    out.push({ col, role: ownership.isOwn(headerRow, col) ? 'own' : 'action.output', io: 'output', header, output });
  }
  return out;
}

/** Each row's figure per output kind. */
function figures(run: IndividualRun): Map<OutputKind, Map<number, number | null>> {
  const byKind = new Map<OutputKind, Map<number, number | null>>(INDIVIDUAL_OWN_COLUMN_HEADERS.map((h) => [h.output, new Map()]));
  for (const person of run.scores) {
    let first: number | null = null;
    for (const o of person.objectives) {
      const row = run.rows.get(o.objective.id);
      if (row === undefined) continue;
      byKind.get('individual.achievement')!.set(row, toFraction(o.achievement));
      if (first === null || row < first) first = row;
    }
    if (first === null) continue;
    byKind.get('individual.score')!.set(first, toFraction(person.score));
    if (!sameFigure(person.score, person.scoreWithoutOverrides)) byKind.get('individual.scoreWithoutOverrides')!.set(first, toFraction(person.scoreWithoutOverrides));
  }
  return byKind;
}

/** The column's cells from the first data row to the last: figures with the percent format, empty cells in blocks of their own. */
function columnBlocks(column: OutputColumn, first: number, last: number, grid: SheetGrid, values: Map<number, number | null>): ValueBlock[] {
  const runs = new ColumnRuns(column.col);
  for (let r = first; r <= last; r++) {
    if (isMergeSlave(grid.merges, r, column.col)) {
      runs.skip();
      continue;
    }
    const value: CellScalar = values.get(r) ?? null;
    runs.push(r, value, typeof value === 'number' ? PERCENT_FORMAT : undefined);
  }
  return runs.blocks;
}

export function planIndividualSheet(run: IndividualRun, grid: SheetGrid, profile: Profile, ledger: Ledger): IndividualSheetPlan {
  const plan: SheetWritePlan = { sheet: grid.name, blocks: [], conditionalFormats: [], notes: [], columnWidths: [] };
  if (!run.layout) return { plan, diagnostics: [] };
  const ownership = new SheetOwnership(gridView(grid), ledgerSheet(ledger, grid.name));
  const headerRow = run.layout.headerRow;
  const layout: SheetLayout = { headerTop: headerRow, headerBottom: headerRow, columns: existingColumns(grid, headerRow, ownership), repeatedHeaderRows: [], planYear: 0 };
  // down to the last objective, and to the add-in's last figure (rows the user deleted leave none behind)
  const first = headerRow + 1;
  let last = first - 1;
  for (const row of run.rows.values()) last = Math.max(last, row);
  for (const rows of ownership.ownCells().values()) for (const row of rows.keys()) if (row > headerRow) last = Math.max(last, row);
  const byKind = figures(run);
  const needed = new Set<OutputKind>(['individual.achievement', 'individual.score']);
  if (byKind.get('individual.scoreWithoutOverrides')!.size > 0) needed.add('individual.scoreWithoutOverrides');
  const rows = last >= first ? { first, last, skip: new Set<number>(), merges: grid.merges } : null;
  const placement: OutputPlacement = placeOutputColumns(layout, needed, grid, ownership, rows, INDIVIDUAL_OWN_COLUMN_HEADERS);
  for (const column of placement.columns) {
    if (column.own) plan.blocks.push({ top: headerRow, left: column.col, values: [[column.header]], style: 'header', bold: true });
    if (!rows) continue;
    plan.blocks.push(...columnBlocks(column, first, last, grid, byKind.get(column.kind)!));
    if (column.kind === 'individual.achievement') {
      // coloured as the cruscotto's action %: an objective is scored like an action (./readIndividuals)
      const thresholds = { reached: profile.status.actionReached, floor: profile.status.partialFloor };
      plan.conditionalFormats.push(...percentRules(a1Range(first, column.col, last, column.col), a1(first, column.col), a1(first, column.col), thresholds, profile.colours));
    }
  }
  plan.columnWidths = placement.columns.filter((c) => c.own).map((c) => ({ col: c.col, width: ownColumnWidth(c) }));
  const guarded = guardSheetPlan(plan, ownership);
  return { plan: guarded.plan, diagnostics: [...userColumnWarnings(grid.name, headerRow, placement), ...guarded.refused] };
}
