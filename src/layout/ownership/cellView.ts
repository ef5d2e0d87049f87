/**
 * What the write guard needs to know of a sheet: each cell's value, whether it holds a formula, and its note.
 * The Excel back end answers from the grid it read in the same run; the .xlsx back end from the worksheet
 * it is about to write, so the check is made on what is really there.
 */
import type { CellScalar, SheetGrid } from '../types';

export interface CellView {
  /** rows to look at (0-based rows below are empty) */
  readonly rowCount: number;
  value(row: number, col: number): CellScalar | Date | undefined;
  hasFormula(row: number, col: number): boolean;
  /** the note's or comment's text, or null */
  note(row: number, col: number): string | null;
}

/** A CellView over a grid read in this run. */
export function gridView(grid: SheetGrid): CellView {
  const notes = new Map<string, string>();
  for (const n of grid.notes ?? []) notes.set(`${n.row}:${n.col}`, n.text);
  const formulas = grid.formulaCells;
  return {
    rowCount: grid.cells.length,
    value: (row, col) => grid.cells[row]?.[col]?.value as CellScalar | Date | undefined,
    hasFormula: (row, col) => formulas?.has(`${row}:${col}`) ?? false,
    note: (row, col) => notes.get(`${row}:${col}`) ?? null,
  };
}
