/**
 * An in-memory back end for the individual objectives sheet's part of a write plan (issue 9, item 5): the plan goes
 * through prepareWrites with views of both sheets, as the Excel and .xlsx back ends do, and the guarded blocks are
 * written into a copy of the grid; returns it with the ledger the back end would store.
 */
import { emptyLedger, gridView, prepareWrites, type Ledger } from '../../../src/layout/ownership';
import type { Diagnostic, PipelineResult, SheetGrid } from '../../../src/layout/types';

export function applyIndividual(cruscotto: SheetGrid, individual: SheetGrid, result: PipelineResult, ledger: Ledger = emptyLedger()): { grid: SheetGrid; ledger: Ledger; refused: Diagnostic[] } {
  const prepared = prepareWrites(result.plan, gridView(cruscotto), ledger, [cruscotto.name, individual.name], () => null, gridView(individual));
  const cells = individual.cells.map((row) => (row ? row.map((c) => ({ ...c })) : []));
  for (const b of prepared.plan.individual?.blocks ?? []) {
    b.values.forEach((line, i) =>
      line.forEach((value, j) => {
        while (cells.length <= b.top + i) cells.push([]);
        const row = cells[b.top + i];
        while (row.length <= b.left + j) row.push({ value: null });
        row[b.left + j] = { value };
      }),
    );
  }
  return { grid: { ...individual, cells }, ledger: prepared.ledger, refused: prepared.refused };
}
