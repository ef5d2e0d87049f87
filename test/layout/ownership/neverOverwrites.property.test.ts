/**
 * "No typed value can be lost", as properties over random sheets and plans:
 * 1. the whole pipeline on 1 000 random cruscotti with the user's own values scattered anywhere (under the
 *    add-in's headers, in the sheet's result columns, right of the table where the add-in appends, formulas
 *    whose value is empty): no non-empty input cell changes, and a second run leaves the sheet as the first;
 * 2. the guard alone, whatever the plan asks (random blocks anywhere, as if the reader had guessed wrong),
 *    across two runs with the user typing and inserting rows in between: every cell the user typed keeps
 *    its value.
 */
import fc from 'fast-check';
import { getProfile } from '../../../src/engine';
import { generateCruscotto, type CruscottoVariant, type LayoutName } from '../../support/generate';
import { emptyLedger, type Ledger } from '../../../src/layout/ownership';
import { runPipeline } from '../../../src/layout/pipeline';
import type { SheetGrid, SheetWritePlan, ValueBlock } from '../../../src/layout/types';
import { applyPlanToGrid } from '../plan/applyToGrid';
import { cellKey, nonEmpty, put, valueAt } from '../../support/gridCells';

function width(grid: SheetGrid): number {
  return grid.cells.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
}

const layouts: LayoutName[] = ['2022', '2020', '2018'];

describe('the pipeline never changes a cell the user filled (1 000 random cruscotti)', () => {
  it('holds, and a second run leaves the sheet as the first', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          actions: fc.integer({ min: 2, max: 10 }),
          layout: fc.constantFrom(...layouts),
          results: fc.boolean(),
          variant: fc.record({ overrides: fc.boolean(), neutralised: fc.boolean(), extraColumns: fc.boolean(), shuffleColumns: fc.boolean(), emptyRows: fc.boolean() }),
          noise: fc.array(fc.record({ r: fc.nat(60), c: fc.nat(40), v: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constantFrom('Raggiunto', 'vedi nota', '85%', '=SOMMA(A1)', 'Esito', '% raggiungimento azione')) }), { maxLength: 12 }),
          formulas: fc.array(fc.record({ r: fc.nat(60), c: fc.nat(40) }), { maxLength: 4 }),
        }),
        ({ seed, actions, layout, results, variant, noise, formulas }) => {
          const grid = generateCruscotto({ actions, seed, layout, withResults: results, variant: variant as CruscottoVariant });
          for (const n of noise) if (n.r < grid.cells.length + 4 && n.c < width(grid) + 6) put(grid, n.r, n.c, n.v);
          const formulaCells = new Set<string>();
          for (const f of formulas) if (f.r < grid.cells.length && f.c < width(grid) + 4 && valueAt(grid, f.r, f.c) === null) formulaCells.add(cellKey(f.r, f.c));
          grid.formulaCells = formulaCells;
          const profile = getProfile(layout === '2018' ? 'sondrio-2018' : 'sondrio-2020')!;

          const before = nonEmpty(grid);
          const first = runPipeline(grid, { profile, summary: true });
          const once = applyPlanToGrid(grid, first.plan);
          for (const [k, v] of before) {
            const [r, c] = k.split(':').map(Number);
            if (valueAt(once.grid, r, c) !== v) throw new Error(`${k}: ${String(v)} -> ${String(valueAt(once.grid, r, c))}`);
          }
          for (const k of formulaCells) {
            const [r, c] = k.split(':').map(Number);
            if (valueAt(once.grid, r, c) !== null) throw new Error(`formula cell ${k} written`);
          }
          const second = runPipeline(once.grid, { profile, summary: true, ledger: once.ledger });
          const twice = applyPlanToGrid(once.grid, second.plan, once.ledger);
          expect(nonEmpty(twice.grid)).toEqual(nonEmpty(once.grid));
          expect(twice.refused).toEqual([]);
          expect(second.report.organisation).toEqual(first.report.organisation);
        },
      ),
      { numRuns: 1000, seed: 20261203 },
    );
  });
});

describe('the guard, whatever the plan asks', () => {
  const userValue = fc.oneof(fc.integer({ min: 0, max: 99 }).map((n) => `u${n}`), fc.constant('=A1+1'));
  const planValue = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('Raggiunto', 'Non raggiunto', null));
  const block = fc.record({ top: fc.nat(14), left: fc.nat(7), values: fc.array(fc.array(planValue, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }) }).map(
    (b): ValueBlock => ({ ...b, values: b.values.map((line) => line.concat(new Array(3).fill(null)).slice(0, b.values[0].length)) }),
  );
  const plan = (blocks: ValueBlock[]): SheetWritePlan => ({ sheet: 'S', blocks, conditionalFormats: [], notes: [] });

  it('never lets a run change a value the user typed, across runs, edits and inserted rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ r: fc.nat(14), c: fc.nat(9), v: userValue }), { maxLength: 25 }),
        fc.array(block, { maxLength: 6 }),
        fc.array(fc.record({ r: fc.nat(16), c: fc.nat(9), v: userValue }), { maxLength: 6 }),
        fc.nat(3),
        fc.nat(16),
        fc.array(block, { maxLength: 6 }),
        (typed, blocks1, edits, inserted, at, blocks2) => {
          let grid: SheetGrid = { name: 'S', cells: [], merges: [] };
          const user = new Map<string, string>();
          for (const t of typed) {
            put(grid, t.r, t.c, t.v);
            user.set(cellKey(t.r, t.c), t.v);
          }
          let ledger: Ledger = emptyLedger();
          const run1 = applyPlanToGrid(grid, plan(blocks1), ledger, ['S']);
          grid = run1.grid;
          ledger = run1.ledger;
          // the user types over anything (the add-in's cells included) and inserts rows
          for (const e of edits) {
            put(grid, e.r, e.c, e.v);
            user.set(cellKey(e.r, e.c), e.v);
          }
          if (inserted > 0 && at < grid.cells.length) {
            grid = { ...grid, cells: [...grid.cells.slice(0, at), ...Array.from({ length: inserted }, () => []), ...grid.cells.slice(at)] };
            const moved = new Map<string, string>();
            for (const [k, v] of user) {
              const [r, c] = k.split(':').map(Number);
              moved.set(cellKey(r >= at ? r + inserted : r, c), v);
            }
            user.clear();
            for (const [k, v] of moved) user.set(k, v);
          }
          const run2 = applyPlanToGrid(grid, plan(blocks2), ledger, ['S']);
          for (const [k, v] of user) {
            const [r, c] = k.split(':').map(Number);
            expect({ cell: k, value: valueAt(run2.grid, r, c) }).toEqual({ cell: k, value: v });
          }
        },
      ),
      { numRuns: 1000, seed: 3122026 },
    );
  });
});
