/** Applies a sheet write plan to an in-memory grid (values and number formats), as a back end would. */
import type { SheetGrid, SheetWritePlan } from '../../../src/layout/types';

export function applyToGrid(grid: SheetGrid, plan: SheetWritePlan): SheetGrid {
  const cells = grid.cells.map((row) => (row ? row.map((c) => ({ ...c })) : []));
  for (const b of plan.blocks) {
    b.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const rr = b.top + r;
        const cc = b.left + c;
        while (cells.length <= rr) cells.push([]);
        const line = cells[rr];
        while (line.length <= cc) line.push({ value: null });
        const fmt = typeof b.numberFormat === 'string' ? b.numberFormat : b.numberFormat?.[r]?.[c];
        line[cc] = fmt ? { value, numberFormat: fmt } : { value };
      }),
    );
  }
  return { ...grid, cells, merges: grid.merges.map((m) => ({ ...m })) };
}
