/**
 * An in-memory back end for tests: applies a write plan to a grid (values and number formats) as the Excel
 * and .xlsx back ends do, through the same guard, and returns the ledger they would store.
 */
import { emptyLedger, gridView, prepareWrites, type Ledger } from '../../../src/layout/ownership';
import type { Diagnostic, SheetGrid, SheetWritePlan, WritePlan } from '../../../src/layout/types';

export interface GridRun {
  grid: SheetGrid;
  ledger: Ledger;
  refused: Diagnostic[];
}

/** Writes the (guarded) plan into a copy of the grid; `ledger` is what the workbook held before. */
export function applyPlanToGrid(grid: SheetGrid, plan: WritePlan | SheetWritePlan, ledger: Ledger = emptyLedger(), sheetNames: string[] = [grid.name]): GridRun {
  const whole: WritePlan = 'blocks' in plan ? { sheet: plan, summary: null } : plan;
  const prepared = prepareWrites(whole, gridView(grid), ledger, sheetNames);
  const cells = grid.cells.map((row) => (row ? row.map((c) => ({ ...c })) : []));
  for (const b of prepared.plan.sheet.blocks) {
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
  const notes = (grid.notes ?? []).filter((n) => !prepared.ownership.ownNotes().some((o) => o.row === n.row && o.col === n.col));
  notes.push(...prepared.plan.sheet.notes.map((n) => ({ row: n.row, col: n.col, text: n.text })));
  return { grid: { ...grid, cells, merges: grid.merges.map((m) => ({ ...m })), notes }, ledger: prepared.ledger, refused: prepared.refused };
}

/** The grid after the plan (no ledger before: only empty cells can be written). */
export function applyToGrid(grid: SheetGrid, plan: SheetWritePlan): SheetGrid {
  return applyPlanToGrid(grid, plan).grid;
}
