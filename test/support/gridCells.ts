/** The cells of a test grid by "row:col": what the "no typed value is lost" property tests compare. */
import type { CellInput } from '../../src/engine/types';
import type { SheetGrid } from '../../src/layout/types';

export const cellKey = (r: number, c: number) => `${r}:${c}`;

export const valueAt = (grid: SheetGrid, r: number, c: number) => grid.cells[r]?.[c]?.value ?? null;

/** Types a value into the grid, growing it as needed. */
export function put(grid: SheetGrid, r: number, c: number, value: CellInput['value']): void {
  while (grid.cells.length <= r) grid.cells.push([]);
  const row = grid.cells[r];
  while (row.length <= c) row.push({ value: null });
  row[c] = { value };
}

/** Every cell holding something, by cellKey. */
export function nonEmpty(grid: SheetGrid): Map<string, CellInput['value']> {
  const out = new Map<string, CellInput['value']>();
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && cell.value !== null && cell.value !== undefined && cell.value !== '') out.set(cellKey(r, c), cell.value);
    }),
  );
  return out;
}
