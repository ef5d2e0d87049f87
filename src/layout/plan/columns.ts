/**
 * Where each figure goes: the sheet's own result columns ('<level>.output', as in the 2020 annex),
 * the add-in's columns from an earlier run ('own'), or new own columns appended at the right.
 */
import type { Level } from '../../engine/types';
import { ALL_OWN_COLUMN_HEADERS } from '../outputColumns';
import type { SheetOwnership } from '../ownership';
import type { ColumnRole, MergedArea, OutputKind, SheetGrid, SheetLayout } from '../types';

export interface OutputColumn {
  kind: OutputKind;
  col: number;
  /** true for the add-in's own column (existing or appended), false for the sheet's result column */
  own: boolean;
  /** true when this run appends it (its header cells must be written) */
  appended: boolean;
  header: string;
}

const OUTPUT_ROLE_KIND: Partial<Record<ColumnRole, OutputKind>> = {
  'action.output': 'action.achievement',
  'operational.output': 'operational.achievement',
  'leafGroup.output': 'leafGroup.achievement',
  'strategic.output': 'strategic.achievement',
  'perspective.output': 'perspective.achievement',
};

/** Kinds that hold a percentage (the others hold text, or the scostamento in the KPI's unit). */
export function isPercentKind(kind: OutputKind): boolean {
  return kind !== 'action.esito' && kind !== 'esito' && kind !== 'action.scostamento' && kind !== 'action.monitoringState';
}

/** Level whose figure a column kind holds. */
export function levelOfKind(kind: OutputKind): Level {
  if (kind === 'esito') return 'action';
  return kind.slice(0, kind.indexOf('.')) as Level;
}

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** Index of the right-most column holding anything (a value, a formula, a note, a merge, a recognised header); -1 for an empty sheet. */
export function lastUsedColumn(grid: SheetGrid | null, layout: SheetLayout): number {
  let last = -1;
  for (const c of layout.columns) last = Math.max(last, c.col);
  if (grid) {
    for (const row of grid.cells) {
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) {
        if (row[c] && !isEmptyValue(row[c].value)) {
          last = c;
          break;
        }
      }
    }
    for (const m of grid.merges) last = Math.max(last, m.right);
    // a formula whose value is empty, or a note, is something of the user's all the same
    for (const k of grid.formulaCells ?? []) last = Math.max(last, Number(k.slice(k.indexOf(':') + 1)));
    for (const n of grid.notes ?? []) last = Math.max(last, n.col);
  }
  return last;
}

/** Rows the plan writes in each output column: the data rows without repeated headers and merge slaves. */
export interface WrittenRows {
  first: number;
  last: number;
  skip: ReadonlySet<number>;
  merges: readonly MergedArea[];
}

/** A cell covered by a merged area but not its top-left: writing it would write the merge's value. */
export function isMergeSlave(merges: readonly MergedArea[], row: number, col: number): boolean {
  return merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

/** A figure column the sheet already has, with values the user typed or computed with their own formulas. */
export interface UserFigureColumn {
  kind: OutputKind;
  col: number;
  header: string;
  /** the add-in's column that gets the figures instead */
  replacement: number | null;
}

export interface OutputPlacement {
  columns: OutputColumn[];
  /** where the group header of the add-in's columns goes (first own column whose cell may be written), null = nowhere */
  groupHeaderCol?: number | null;
  /** the sheet's figure columns the add-in leaves alone (their values are checked against the computed ones) */
  userColumns: UserFigureColumn[];
}

/** Every cell the plan would write in the column (header included for the add-in's own) may be written. */
function columnWritable(col: number, own: boolean, layout: SheetLayout, rows: WrittenRows | null, ownership: SheetOwnership | null): boolean {
  if (!ownership) return true;
  if (own) {
    const headerRow = layout.headerTop < layout.headerBottom ? layout.headerTop + 1 : layout.headerTop;
    if (!ownership.canWrite(headerRow, col)) return false;
  }
  if (!rows) return true;
  for (let r = rows.first; r <= rows.last; r++) {
    if (rows.skip.has(r) || isMergeSlave(rows.merges, r, col)) continue;
    if (!ownership.canWrite(r, col)) return false;
  }
  return true;
}

/**
 * The output columns of this run, in column order. `needed` lists the kinds the tree has figures for.
 * A figure column already on the sheet (its own "% raggiungimento", or the add-in's from an earlier run) is
 * written only when every cell the plan would write there is empty or still the add-in's (the ledger says
 * so: ../ownership); otherwise it is the user's, left as it is, and the figures go to a new column of the
 * add-in, appended at the right in ALL_OWN_COLUMN_HEADERS order (in `ownHeaders` order on another sheet the
 * add-in writes: the individual objectives sheet).
 */
export function placeOutputColumns(
  layout: SheetLayout,
  needed: ReadonlySet<OutputKind>,
  grid: SheetGrid | null,
  ownership: SheetOwnership | null = null,
  rows: WrittenRows | null = null,
  ownHeaders: ReadonlyArray<{ output: OutputKind; header: string }> = ALL_OWN_COLUMN_HEADERS,
): OutputPlacement {
  const out: OutputColumn[] = [];
  const userColumns: UserFigureColumn[] = [];
  const covered = new Set<OutputKind>();
  for (const info of layout.columns) {
    const own = info.role === 'own';
    // a figure column of the user's: by its role on the cruscotto, by the output it names elsewhere
    const kind = own ? info.output : info.output ?? OUTPUT_ROLE_KIND[info.role];
    if (!kind) continue;
    if (!columnWritable(info.col, own, layout, rows, ownership)) {
      userColumns.push({ kind, col: info.col, header: info.header, replacement: null });
      continue;
    }
    // the add-in's own column keeps its own header, whatever text the header rows hold around it
    const header = own ? ownHeaders.find((h) => h.output === kind)?.header ?? info.header : info.header;
    out.push({ kind, col: info.col, own, appended: false, header });
    covered.add(kind);
  }
  let next = lastUsedColumn(grid, layout) + 1;
  for (const { output, header } of ownHeaders) {
    if (!needed.has(output) || covered.has(output)) continue;
    for (const u of userColumns) if (u.kind === output && u.replacement === null) u.replacement = next;
    out.push({ kind: output, col: next++, own: true, appended: true, header });
    covered.add(output);
  }
  for (const u of userColumns) {
    if (u.replacement === null) u.replacement = out.find((c) => c.kind === u.kind)?.col ?? null;
  }
  const columns = out.sort((a, b) => a.col - b.col);
  let groupHeaderCol: number | null = null;
  for (const c of columns) {
    if (c.own && (!ownership || ownership.canWrite(layout.headerTop, c.col))) {
      groupHeaderCol = c.col;
      break;
    }
  }
  return { columns, userColumns, groupHeaderCol };
}

/** The output columns of this run, in column order (no ledger: every existing figure column is writable). */
export function resolveOutputColumns(layout: SheetLayout, needed: ReadonlySet<OutputKind>, grid: SheetGrid | null): OutputColumn[] {
  return placeOutputColumns(layout, needed, grid).columns;
}

/** The column where a node's figure is shown (and where notes and report cells point): the sheet's own first, then ours. */
export function primaryColumn(columns: OutputColumn[], kind: OutputKind): OutputColumn | null {
  const candidates = columns.filter((c) => c.kind === kind);
  return candidates.find((c) => !c.own) ?? candidates[0] ?? null;
}
