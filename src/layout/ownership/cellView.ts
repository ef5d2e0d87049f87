/**
 * What the write guard needs to know of a sheet: each cell's value, whether it holds a formula, and its note.
 * The Excel back end answers from the grid it read in the same run; the .xlsx back end from the worksheet
 * it is about to write, so the check is made on what is really there.
 */
import type { CellScalar, SheetGrid } from '../types';

export interface CellView {
  /** rows to look at (0-based rows below are empty) */
  readonly rowCount: number;
  /** columns to look at (columns right of these are empty) */
  readonly colCount: number;
  value(row: number, col: number): CellScalar | Date | undefined;
  hasFormula(row: number, col: number): boolean;
  /** the note's or comment's text, or null */
  note(row: number, col: number): string | null;
  /** the cell is covered by a merged area and is not its top-left cell (it shows the merge's value) */
  mergeSlave(row: number, col: number): boolean;
}

/** A CellView over a grid read in this run. */
export function gridView(grid: SheetGrid): CellView {
  const notes = new Map<string, string>();
  for (const n of grid.notes ?? []) notes.set(`${n.row}:${n.col}`, n.text);
  const formulas = grid.formulaCells;
  const slaves = new Set<string>();
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slaves.add(`${r}:${c}`);
  }
  return {
    rowCount: grid.cells.length,
    colCount: grid.cells.reduce((w, row) => Math.max(w, row?.length ?? 0), 0),
    value: (row, col) => grid.cells[row]?.[col]?.value as CellScalar | Date | undefined,
    hasFormula: (row, col) => formulas?.has(`${row}:${col}`) ?? false,
    note: (row, col) => notes.get(`${row}:${col}`) ?? null,
    mergeSlave: (row, col) => slaves.has(`${row}:${col}`),
  };
}
