/**
 * Applies a saved column mapping to a sheet. It still fits when every mapped column (role other than
 * 'ignore') has the header text it had when the mapping was made (case, spaces and accents aside); when
 * rows were inserted or deleted above the header, the same header a few rows lower or higher fits too.
 * Columns the mapping does not list (added later) are read only for what the add-in itself creates
 * there: its own figure columns and the "% assegnata" / "Motivazione" columns of the override editor.
 */
import { a1, cellRef } from '../address';
import type { ColumnInfo, ColumnMapping, ColumnRole, MappedColumn, OutputKind, SheetGrid } from '../types';
import { firstYear, HEADER_SEARCH_ROWS } from '../reader/findHeader';
import { matchHeader } from '../reader/matchHeader';
import { MergeIndex } from '../reader/merges';
import { mappingProblems } from './checkMapping';
import { columnHeaderText, headerCellOf, headerPieces, lastHeaderColumn, sameHeader } from './headerText';
import { changedHeaderMessage, invalidMappingMessage, missingColumnMessage } from './messages';
import { MAX_MAPPING_HEADER_ROWS } from './parseMapping';

export type MappingFit =
  | { ok: true; columns: ColumnInfo[]; headerTop: number; headerBottom: number; /** first year of the target columns */ planYear: number | null }
  | { ok: false; message: string; /** "Foglio!F3", or null when no cell applies */ cell: string | null };

const OUTPUT_ROLES: ReadonlySet<ColumnRole> = new Set(['perspective.output', 'strategic.output', 'operational.output', 'leafGroup.output', 'action.output', 'own']);

/** Columns of the sheet (longest row, merged areas). */
function sheetWidth(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.cells) width = Math.max(width, row ? row.length : 0);
  for (const m of grid.merges) width = Math.max(width, m.right + 1);
  return width;
}

interface Misfit {
  message: string;
  cell: { row: number; col: number } | null;
}

class SheetHeaders {
  readonly merges: MergeIndex;
  readonly width: number;

  constructor(readonly grid: SheetGrid) {
    this.merges = new MergeIndex(grid);
    this.width = sheetWidth(grid);
  }

  text(top: number, bottom: number, col: number): string {
    return columnHeaderText(this.grid, this.merges, top, bottom, col);
  }

  /** The first mapped column whose header differs at these header rows, or null when all agree. */
  misfit(columns: readonly MappedColumn[], top: number, bottom: number): Misfit | null {
    for (const c of columns) {
      if (c.role === 'ignore') continue;
      if (c.col >= this.width) return { message: missingColumnMessage(c.col, c.header, this.width), cell: null };
      const now = this.text(top, bottom, c.col);
      if (!sameHeader(now, c.header)) {
        const cell = headerCellOf(this.grid, this.merges, top, bottom, c.col);
        return { message: changedHeaderMessage(a1(cell.row, cell.col), c.header, now), cell };
      }
    }
    return null;
  }
}

/** The rows offsets to try after the saved one: nearest first, header kept within the first rows of the sheet. */
function offsets(top: number, rows: number): number[] {
  const out: number[] = [];
  const last = Math.min(HEADER_SEARCH_ROWS, Math.max(0, rows - 1));
  for (let d = 1; d <= last; d++) {
    if (top + d <= last) out.push(d);
    if (top - d >= 0) out.push(-d);
  }
  return out;
}

function ownOutput(pieces: { text: string }[]): OutputKind | undefined {
  for (const p of pieces) {
    const m = matchHeader(p.text);
    if (m?.type === 'own' && m.output) return m.output;
  }
  return undefined;
}

function info(column: MappedColumn, header: string, output: OutputKind | undefined): ColumnInfo | null {
  if (column.role === 'ignore') return null;
  if (column.role === 'own' && !output) return null;
  const out: ColumnInfo = { col: column.col, role: column.role, io: OUTPUT_ROLES.has(column.role) ? 'output' : 'input', header };
  if (column.thresholdLevel !== undefined) out.level = column.thresholdLevel;
  if (column.year !== undefined) out.year = column.year;
  if (output) out.output = output;
  return out;
}

/** Columns right of or between the mapped ones that the add-in created: its own columns, % assegnata, Motivazione. */
function addedColumns(sheet: SheetHeaders, mapping: ColumnMapping, top: number, bottom: number, taken: Set<ColumnRole>): ColumnInfo[] {
  const listed = new Set(mapping.columns.map((c) => c.col));
  const out: ColumnInfo[] = [];
  const last = lastHeaderColumn(sheet.grid, top, bottom);
  for (let col = 0; col <= last; col++) {
    if (listed.has(col)) continue;
    const pieces = headerPieces(sheet.grid, sheet.merges, top, bottom, col);
    if (pieces.length === 0) continue;
    const header = pieces.map((p) => p.text).join(' ');
    const output = ownOutput(pieces);
    if (output) {
      out.push({ col, role: 'own', io: 'output', header, output });
      continue;
    }
    for (const p of pieces) {
      const m = matchHeader(p.text);
      const role: ColumnRole | null = m?.type === 'column' && m.column === 'override' ? 'action.override' : m?.type === 'column' && m.column === 'motivation' ? 'action.motivation' : null;
      if (role && !taken.has(role)) {
        taken.add(role);
        out.push({ col, role, io: 'input', header });
        break;
      }
    }
  }
  return out;
}

/**
 * The sheet's columns as the saved mapping gives them, or why the mapping no longer fits (Italian,
 * naming the cell and what to do). `planYear` is the year to fall back on when no target has a year.
 */
export function layoutFromMapping(grid: SheetGrid, mapping: ColumnMapping, planYear?: number): MappingFit {
  const problems = mappingProblems(mapping.columns);
  if (problems.length > 0) {
    const p = problems[0];
    const col = p.index !== null ? mapping.columns[p.index].col : null;
    return { ok: false, message: invalidMappingMessage(p.text), cell: col !== null ? cellRef(grid.name, mapping.headerTop, col) : null };
  }
  const rows = mapping.headerBottom - mapping.headerTop;
  if (!(Number.isInteger(mapping.headerTop) && mapping.headerTop >= 0 && rows >= 0 && rows < MAX_MAPPING_HEADER_ROWS)) {
    return { ok: false, message: invalidMappingMessage(`le righe di intestazione (${mapping.headerTop + 1}–${mapping.headerBottom + 1}) non sono valide`), cell: null };
  }
  const sheet = new SheetHeaders(grid);
  let top = mapping.headerTop;
  const misfit = sheet.misfit(mapping.columns, top, top + rows);
  if (misfit) {
    // a row inserted or deleted above the header moves it: the same header elsewhere still fits
    const mapped = mapping.columns.filter((c) => c.role !== 'ignore' && c.header.trim() !== '');
    const moved = mapped.length > 0 ? offsets(top, grid.cells.length).find((d) => !sheet.misfit(mapping.columns, top + d, top + d + rows)) : undefined;
    if (moved === undefined) return { ok: false, message: misfit.message, cell: misfit.cell ? cellRef(grid.name, misfit.cell.row, misfit.cell.col) : null };
    top += moved;
  }
  const bottom = top + rows;
  const columns: ColumnInfo[] = [];
  for (const c of mapping.columns) {
    const pieces = headerPieces(grid, sheet.merges, top, bottom, c.col);
    const made = info(c, pieces.map((p) => p.text).join(' '), c.role === 'own' ? ownOutput(pieces) : undefined);
    if (made) columns.push(made);
  }
  const taken = new Set(columns.map((c) => c.role));
  columns.push(...addedColumns(sheet, mapping, top, bottom, taken));
  columns.sort((a, b) => a.col - b.col);
  return { ok: true, columns, headerTop: top, headerBottom: bottom, planYear: firstYear(columns) ?? planYear ?? null };
}
