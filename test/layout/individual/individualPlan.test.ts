/**
 * The individual objectives sheet's write plan (issue 9, item 5), pure: the add-in's columns after the user's,
 * the figures on the right rows, the ledger that makes a second run identical, nothing of the user's written.
 */
import { getProfile } from '../../../src/engine';
import { emptyLedger, gridView, prepareWrites, type Ledger } from '../../../src/layout/ownership';
import { applyIndividual } from './applyIndividual';
import { runPipeline } from '../../../src/layout/pipeline';
import type { CellScalar, PipelineResult, SheetGrid, SheetWritePlan } from '../../../src/layout/types';
import { sondrio2018Grid, sondrio2020Grid } from '../../fixtures/builders';
import { findIndividualHeader } from '../../../src/layout/individual';
import { INDIVIDUAL_SHEET, sondrio2018Cards, sondrio2018Individuals, sondrio2020Individuals } from './sondrioIndividuals';

const PROFILE_2020 = getProfile('sondrio-2020')!;
const CRUSCOTTO_2020 = sondrio2020Grid();

function run(individual: SheetGrid, ledger: Ledger = emptyLedger()): PipelineResult {
  return runPipeline(CRUSCOTTO_2020, { profile: PROFILE_2020, planYear: 2020, currentYear: 2020, ledger, individualGrid: individual });
}

/** The grid after the plan's individual part, and the ledger the back end stores. */
function apply(individual: SheetGrid, result: PipelineResult, ledger: Ledger = emptyLedger()): { grid: SheetGrid; ledger: Ledger } {
  const { grid, ledger: next } = applyIndividual(CRUSCOTTO_2020, individual, result, ledger);
  return { grid, ledger: next };
}

/** col -> row -> value written (null = cleared) */
function written(plan: SheetWritePlan): Map<number, Map<number, CellScalar>> {
  const out = new Map<number, Map<number, CellScalar>>();
  for (const b of plan.blocks) {
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (!out.has(b.left + j)) out.set(b.left + j, new Map());
        out.get(b.left + j)!.set(b.top + i, v);
      }),
    );
  }
  return out;
}

describe('RP 2020 §3.4', () => {
  const result = run(sondrio2020Individuals());
  const plan = result.plan.individual!;
  const cols = written(plan);

  test('three own columns after the user\'s A:E, headed on the header row', () => {
    expect([...cols.keys()]).toEqual([5, 6, 7]);
    expect([5, 6, 7].map((c) => cols.get(c)!.get(2))).toEqual(['% raggiungimento', 'Punteggio individuale', 'Punteggio senza valori assegnati']);
    expect(plan.blocks.filter((b) => b.top === 2).every((b) => b.style === 'header' && b.bold)).toBe(true);
    expect(plan.columnWidths?.map((w) => w.col)).toEqual([5, 6, 7]);
  });

  test('each objective its %, the person\'s score (100 %, 75 % without the assigned value) on the first row only', () => {
    const objectives = result.report.individuals!.persons[0].objectives;
    objectives.forEach((o, i) => expect(cols.get(5)!.get(3 + i)).toBeCloseTo(o.achievement! / 100, 10));
    expect([3, 4, 5, 6].map((r) => cols.get(6)!.get(r))).toEqual([1, null, null, null]);
    expect([3, 4, 5, 6].map((r) => cols.get(7)!.get(r))).toEqual([0.75, null, null, null]);
    const scoreBlock = plan.blocks.find((b) => b.top === 3 && b.left === 6)!;
    expect(scoreBlock.numberFormat).toBe('0.00%');
  });

  test('the status colours on the % column only, with the action\'s thresholds', () => {
    expect(new Set(plan.conditionalFormats.map((r) => r.range))).toEqual(new Set(['F4:F7']));
    expect(plan.conditionalFormats.map((r) => r.tag)).toEqual(['raggiunto', 'parzialmente', 'non-raggiunto']);
  });

  test('a second run on the written sheet plans the same cells and the guard refuses nothing', () => {
    const once = apply(sondrio2020Individuals(), result);
    const again = run(once.grid, once.ledger);
    expect(again.plan.individual).toEqual(plan);
    expect(again.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET))).toEqual([]);
    const twice = apply(once.grid, again, once.ledger);
    expect(twice.grid).toEqual(once.grid);
    expect(twice.ledger).toEqual(once.ledger);
  });

  test('an objective row the user deletes leaves no figure of the add-in behind', () => {
    const once = apply(sondrio2020Individuals(), result);
    const cells = once.grid.cells.map((row, r) => (r === 6 ? row.map((c, col) => (col < 5 ? { value: null } : c)) : row));
    const next = run({ ...once.grid, cells }, once.ledger).plan.individual!;
    expect(written(next).get(5)!.get(6)).toBeNull();
  });

  test('a value of the user\'s right of the table moves the add-in\'s columns after it', () => {
    const grid = sondrio2020Individuals();
    grid.cells[9] = [null, null, null, null, null, 'nota a margine'].map((value) => ({ value }));
    expect([...written(run(grid).plan.individual!).keys()]).toEqual([6, 7, 8]);
  });
});

test('RP 2018 §5.4 cards: each person\'s score on their first row, no «senza valori assegnati» column when none is assigned', () => {
  const cards = sondrio2018Cards();
  const result = runPipeline(sondrio2018Grid(), { profile: getProfile('sondrio-2018')!, planYear: 2018, currentYear: 2018, individualGrid: cards });
  const cols = written(result.plan.individual!);
  expect([...cols.keys()]).toEqual([6, 7]);
  const firstRows = [1, 3, 6, 8];
  const scores = result.report.individuals!.persons.map((p) => (p.score === null ? null : p.score / 100));
  expect(firstRows.map((r) => cols.get(7)!.get(r))).toEqual(scores);
  for (let r = 1; r <= 9; r++) if (!firstRows.includes(r)) expect(cols.get(7)!.get(r)).toBeNull();
});

test('the add-in\'s «Punteggio individuale» is never read back as the evaluator\'s «Punteggio» (RP 2018 §5.3, own KPIs)', () => {
  const cruscotto = sondrio2018Grid();
  const options = { profile: getProfile('sondrio-2018')!, planYear: 2018, currentYear: 2018 };
  const individual = sondrio2018Individuals();
  const first = runPipeline(cruscotto, { ...options, individualGrid: individual });
  const prepared = prepareWrites(first.plan, gridView(cruscotto), emptyLedger(), [cruscotto.name, INDIVIDUAL_SHEET], () => null, gridView(individual));
  const cells = individual.cells.map((row) => [...row]);
  for (const b of prepared.plan.individual!.blocks) b.values.forEach((line, i) => line.forEach((value, j) => (cells[b.top + i][b.left + j] = { value })));
  const after: SheetGrid = { ...individual, cells };
  expect(cells[0].slice(8).map((c) => c.value)).toEqual(['% raggiungimento', 'Punteggio individuale']);
  expect(findIndividualHeader(after)!.columns.map((c) => c.kind)).not.toContain('assessed');
  const second = runPipeline(cruscotto, { ...options, ledger: prepared.ledger, individualGrid: after });
  expect(second.report.individuals).toEqual(first.report.individuals);
  expect(second.plan.individual).toEqual(first.plan.individual);
});
