/**
 * "No typed value can be lost" on the individual objectives sheet (issue 9, item 5), as a property over random
 * sheets: persons with objectives linked to the example cruscotto's codes, to its units, to nothing, or with their
 * own KPI; the user's own values scattered anywhere (right of the table where the add-in appends, under its
 * headers, in the header row) and formulas whose value is empty, then, after the first run, more values typed
 * anywhere, the add-in's own columns included. The whole pipeline, through the guard: no non-empty input cell
 * changes, no formula cell is written, and a run on an unchanged sheet leaves it as it was.
 */
import fc from 'fast-check';
import { getProfile } from '../../../src/engine';
import { exampleCruscotto, INDIVIDUAL_HEADER } from '../../../src/layout/example';
import { runPipeline } from '../../../src/layout/pipeline';
import type { SheetGrid } from '../../../src/layout/types';
import { applyIndividual } from './applyIndividual';
import { cellKey, nonEmpty, put, valueAt } from '../../support/gridCells';

const profile = getProfile('sondrio-2020')!;
const { grid: cruscotto, planYear } = exampleCruscotto();
const codes = runPipeline(cruscotto, { profile, planYear }).report.nodes.map((n) => n.code).filter((c): c is string => c !== null);
const LINKS = [...codes.slice(0, 12), 'U.O. "Marketing e comunicazione"', '9.9.9', 'ufficio che non esiste'];
const ROLES = ['Dirigente', 'PO', 'Personale', 'segretario generale', 'boh', null];

const objective = fc.record({
  link: fc.option(fc.constantFrom(...LINKS), { nil: null }),
  weight: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  target: fc.integer({ min: 1, max: 50 }),
  result: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
});
const person = fc.record({ role: fc.constantFrom(...ROLES), objectives: fc.array(objective, { minLength: 1, maxLength: 4 }) });

function individualSheet(persons: { role: string | null; objectives: { link: string | null; weight: number | null; target: number; result: number | null }[] }[]): SheetGrid {
  const grid: SheetGrid = { name: 'Obiettivi individuali', cells: [[{ value: 'Obiettivi individuali' }], INDIVIDUAL_HEADER.map((value) => ({ value }))], merges: [] };
  persons.forEach((p, i) =>
    p.objectives.forEach((o, j) => {
      const own = o.link === null;
      const row = [j === 0 ? `Persona ${i + 1}` : null, j === 0 ? p.role : null, `Obiettivo ${j + 1}`, o.weight, o.link, own ? 'indicatore' : null, own ? o.target : null, own ? Math.ceil(o.target * 0.8) : null, own ? Math.ceil(o.target * 0.6) : null, own ? o.result : null];
      grid.cells.push(row.map((value) => ({ value })));
    }),
  );
  return grid;
}

test('the pipeline never changes a cell the user filled in the individual sheet, and twice == once (300 random sheets)', () => {
  fc.assert(
    fc.property(
      fc.array(person, { minLength: 1, maxLength: 5 }),
      fc.array(fc.record({ r: fc.nat(24), c: fc.nat(16), v: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constantFrom('nota', '85%', '% raggiungimento', 'Punteggio individuale', '=SOMMA(A1)')) }), { maxLength: 8 }),
      fc.array(fc.record({ r: fc.nat(24), c: fc.nat(16) }), { maxLength: 3 }),
      // typed after the first run mostly where the add-in's figures are (columns K:O, rows 3-15)
      fc.array(fc.record({ r: fc.integer({ min: 2, max: 14 }), c: fc.integer({ min: 9, max: 14 }), v: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom('rivisto', '90%')) }), { maxLength: 6 }),
      (persons, noise, formulas, typedLater) => {
        const grid = individualSheet(persons);
        for (const n of noise) put(grid, n.r, n.c, n.v);
        const formulaCells = new Set<string>();
        for (const f of formulas) if (valueAt(grid, f.r, f.c) === null) formulaCells.add(cellKey(f.r, f.c));
        grid.formulaCells = formulaCells;
        const before = nonEmpty(grid);

        const first = runPipeline(cruscotto, { profile, planYear, individualGrid: grid });
        const once = applyIndividual(cruscotto, grid, first);
        for (const [k, v] of before) {
          const [r, c] = k.split(':').map(Number);
          if (valueAt(once.grid, r, c) !== v) throw new Error(`${k}: ${String(v)} -> ${String(valueAt(once.grid, r, c))}`);
        }
        for (const k of formulaCells) {
          const [r, c] = k.split(':').map(Number);
          if (valueAt(once.grid, r, c) !== null) throw new Error(`formula cell ${k} written`);
        }
        // the user types again, anywhere (the add-in's figures included): those values too are kept
        const edited: SheetGrid = { ...once.grid, cells: once.grid.cells.map((row) => row.map((c) => ({ ...c }))) };
        for (const t of typedLater) if (!formulaCells.has(cellKey(t.r, t.c))) put(edited, t.r, t.c, t.v);
        const typed = nonEmpty(edited);
        const second = runPipeline(cruscotto, { profile, planYear, individualGrid: edited, ledger: once.ledger });
        const twice = applyIndividual(cruscotto, edited, second, once.ledger);
        const last = new Map(typedLater.filter((t) => !formulaCells.has(cellKey(t.r, t.c))).map((t) => [cellKey(t.r, t.c), t.v]));
        for (const [k, v] of last) {
          const [r, c] = k.split(':').map(Number);
          if (valueAt(twice.grid, r, c) !== v) throw new Error(`typed later ${k}: ${String(v)} -> ${String(valueAt(twice.grid, r, c))}`);
        }
        for (const [k, v] of before) {
          const [r, c] = k.split(':').map(Number);
          if (!typed.has(k) || valueAt(twice.grid, r, c) !== typed.get(k)) throw new Error(`${k}: ${String(v)} lost on the second run`);
        }
        // nothing changed since: a third run leaves the sheet as the second
        const third = runPipeline(cruscotto, { profile, planYear, individualGrid: twice.grid, ledger: twice.ledger });
        const thrice = applyIndividual(cruscotto, twice.grid, third, twice.ledger);
        expect(nonEmpty(thrice.grid)).toEqual(nonEmpty(twice.grid));
        expect(thrice.refused).toEqual([]);
        expect(third.report.individuals).toEqual(second.report.individuals);
      },
    ),
    { numRuns: 300 },
  );
});
