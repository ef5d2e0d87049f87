/**
 * Issue 9 item 4: the baseline column ("Target storico", "Valore anno precedente", "Valore 2017") is read; targets
 * and soglie written on it ("+10% su 2017") are resolved with the RP 2018 rounding, and the 'progresso' method
 * measures from it. Rows from RP 2018 action 2.7a bis (test/fixtures/baselines/rp2018Baseline.ts).
 */
import Decimal from 'decimal.js';
import { getProfile } from '../../../src/engine';
import type { CellInput, Profile, ScoredNode } from '../../../src/engine/types';
import { runPipeline } from '../../../src/layout/pipeline';
import { findHeader, matchHeader, readCruscotto } from '../../../src/layout/reader';
import type { SheetGrid } from '../../../src/layout/types';
import { ACTION_CODE, ACTION_KPI, ACTION_TITLE, BASELINE_2017, PUBLISHED_ACHIEVEMENT, RESULT_2018, UNROUNDED_ALTERNATIVE } from '../../fixtures/baselines/rp2018Baseline';
import { node } from './treeHelpers';

const sondrio2018 = getProfile('sondrio-2018')!;
const sondrio2020 = getProfile('sondrio-2020')!;

type Cell = string | number | null | CellInput;
const cellOf = (v: Cell): CellInput => (v !== null && typeof v === 'object' ? v : { value: v });
function grid(rows: Cell[][]): SheetGrid {
  return { name: 'Cruscotto', cells: rows.map((r) => r.map(cellOf)), merges: [] };
}

const ratio = (r: { started: number; requests: number }, numberFormat = '0.00'): CellInput => ({ value: r.started / r.requests, numberFormat });

const HEADER = ['Cod. azione', 'Azione', 'Indicatore', 'Peso', 'Valore 2017', 'Target', 'Soglia 60%', 'Risultato'];

/** Action 2.7a bis with its 2017 value in a column, target and soglia written on it. */
function rp2018Sheet(baseline: CellInput = ratio(BASELINE_2017), result: CellInput = ratio(RESULT_2018)): SheetGrid {
  return grid([
    HEADER,
    [ACTION_CODE, ACTION_TITLE, ACTION_KPI, { value: 0.3, numberFormat: '0%' }, baseline, '+10% su 2017', '+5% su 2017', result],
    ['2.7c', 'Vigilanza e controllo prodotti', 'Si/No', { value: 0.7, numberFormat: '0%' }, null, 'Si', null, 'Si'],
  ]);
}

function scored(result: ReturnType<typeof runPipeline>, id: string): ScoredNode {
  const walk = (ns: ScoredNode[]): ScoredNode | undefined => {
    for (const n of ns) {
      if (n.node.id === id) return n;
      const c = walk(n.children);
      if (c) return c;
    }
    return undefined;
  };
  return walk(result.score.roots)!;
}

describe('header words of the baseline', () => {
  test.each([
    ['Target storico', null],
    ['Target storico di riferimento (anno 2018)', 2018],
    ['Target storico di riferimento: anno 2018', 2018],
    ['Valore storico', null],
    ['Valore anno precedente', null],
    ['Baseline 2018', 2018],
    ['Valore 2017', 2017],
    ['Storico 2018', 2018],
  ])('%s', (text, year) => {
    const m = matchHeader(text)!;
    expect(m.column).toBe('baseline');
    expect(m.years).toEqual(year === null ? [] : [year]);
  });

  test('«Valore» alone is no header; «Valore target», «Valore rilevato» keep their meaning', () => {
    expect(matchHeader('Valore')).toBeNull();
    expect(matchHeader('Valore target')?.column).toBe('target');
    expect(matchHeader('Valore rilevato')?.column).toBe('result');
  });

  test('the baseline\'s year is kept and never taken for the targets\' plan year', () => {
    const layout = findHeader(grid([['Cod.', 'Indicatore', 'Target storico di riferimento (anno 2018)', 'Target', 'Risultato'], ['1', 'eventi', 13, 15, 16]]))!;
    expect(layout.columns.map((c) => [c.role, c.year])).toEqual([
      ['action.code', undefined],
      ['action.kpi', undefined],
      ['action.baseline', 2018],
      ['action.target', undefined],
      ['action.result', undefined],
    ]);
  });

  test('the baseline of the plan year − 1 is read; one of the plan year or later is not a baseline', () => {
    const sheet = (h: string) => grid([['Cod.', 'Indicatore', h, 'Target 2019', 'Risultato'], ['1', 'eventi', 10, '+10% su 2018', 11]]);
    const before = readCruscotto(sheet('Valore 2018'), { profile: sondrio2020, planYear: 2019 });
    expect(node(before.tree, '1').action!.targetSpec!.target).toEqual({ kind: 'number', value: new Decimal(11), unit: 'none', raw: '+10% su 2018' });
    const same = readCruscotto(sheet('Valore 2019'), { profile: sondrio2020, planYear: 2019 });
    expect(node(same.tree, '1').action!.targetSpec).toBeNull();
    expect(same.diagnostics.map((d) => d.message)).toContain(
      'Cruscotto!D2: il target «+10% su 2018» si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato',
    );
  });
});

describe('RP 2018 action 2.7a bis: «2017+10%=0,56=100% - 2017+5%=0,54=60%», result 77/137 = 0,56 -> 100%', () => {
  test('target and soglia resolved on the baseline as shown: 0,56 and 0,54; the action scores the published 100%', () => {
    const r = runPipeline(rp2018Sheet(), { profile: sondrio2018, planYear: 2018 });
    const spec = node(r.read.tree, ACTION_CODE).action!;
    expect(spec.targetSpec!.target).toMatchObject({ kind: 'number', value: new Decimal('0.56'), raw: '+10% su 2017' });
    expect(spec.targetSpec!.thresholds.map((t) => [t.value.kind === 'number' && t.value.value.toString(), t.level.toString()])).toEqual([['0.54', '60']]);
    expect(spec.baseline).toMatchObject({ kind: 'number', value: new Decimal('0.51') });
    expect(scored(r, ACTION_CODE).achievement!.toString()).toBe(String(PUBLISHED_ACHIEVEMENT));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('the unrounded alternative (95,18%) is what the rule would give on 56/109 unrounded, and not what the product computes', () => {
    // the same KPI with the unrounded values: target 0,5651, soglia 0,5394, result 0,5620 -> 95,18
    const unrounded = grid([
      HEADER,
      [ACTION_CODE, ACTION_TITLE, ACTION_KPI, 0.3, null, (BASELINE_2017.started / BASELINE_2017.requests) * 1.1, (BASELINE_2017.started / BASELINE_2017.requests) * 1.05, RESULT_2018.started / RESULT_2018.requests],
    ]);
    const noRounding: Profile = { ...sondrio2018, kpiRoundingDecimals: null };
    const alternative = scored(runPipeline(unrounded, { profile: noRounding, planYear: 2018 }), ACTION_CODE).achievement!;
    expect(alternative.toDecimalPlaces(2).toString()).toBe(UNROUNDED_ALTERNATIVE);
    // the product, even without the profile's KPI rounding, and with a General-format baseline: 100
    const general = rp2018Sheet(ratio(BASELINE_2017, 'General'), ratio(RESULT_2018, '0.00'));
    expect(scored(runPipeline(general, { profile: sondrio2018, planYear: 2018 }), ACTION_CODE).achievement!.toString()).toBe('100');
    expect(scored(runPipeline(rp2018Sheet(), { profile: sondrio2018, planYear: 2018 }), ACTION_CODE).achievement!.toString()).not.toBe(UNROUNDED_ALTERNATIVE);
  });

  test('the baseline typed as text «0,51» gives the same', () => {
    const r = runPipeline(rp2018Sheet({ value: '0,51' }), { profile: sondrio2018, planYear: 2018 });
    expect(scored(r, ACTION_CODE).achievement!.toString()).toBe('100');
  });
});

describe('messages naming the cell; the rest of the sheet is computed', () => {
  test('no baseline on the row: an Italian error at the target and at the soglia; the other row is scored', () => {
    const r = runPipeline(rp2018Sheet({ value: null }), { profile: sondrio2018, planYear: 2018 });
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors).toEqual([
      'Cruscotto!F2: il target «+10% su 2017» si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato',
      'Cruscotto!G2: la soglia 60% «+5% su 2017» si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato',
      // as for any unreadable target (the engine then has none)
      "Cruscotto!F2: manca il target dell'azione",
    ]);
    expect(scored(r, ACTION_CODE).achievement).toBeNull();
    expect(scored(r, '2.7c').achievement!.toString()).toBe('100');
  });

  test('a year other than the baseline\'s: an Italian warning naming the cell, the target still resolved', () => {
    const sheet = rp2018Sheet();
    sheet.cells[1][5] = { value: '+10% su 2016' };
    const r = runPipeline(sheet, { profile: sondrio2018, planYear: 2018 });
    expect(r.diagnostics.filter((d) => d.code === 'baseline-year').map((d) => d.message)).toEqual([
      'Cruscotto!F2: il target «+10% su 2016» si riferisce al 2016, ma il valore storico della colonna è del 2017: calcolato comunque sul valore storico della riga (0,51), = 0,56',
    ]);
    expect(scored(r, ACTION_CODE).achievement!.toString()).toBe('100');
  });

  test('a baseline that is not a number: an error at the baseline cell', () => {
    const r = runPipeline(rp2018Sheet({ value: 'buono' }), { profile: sondrio2018, planYear: 2018 });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)[0]).toBe('Cruscotto!E2: il valore storico «buono» non è un numero');
  });
});

describe('method progresso on the sheet', () => {
  const sheet = (method: string | null, baseline: Cell) =>
    grid([
      ['Cod.', 'Indicatore', 'Target storico', 'Target', 'Risultato', 'Metodo'],
      ['1', 'domande evase', baseline, 60, 50, method],
      ['2', 'eventi', null, 10, 12, null],
    ]);

  test('chosen in the Metodo column: 50 midway from the baseline to the target', () => {
    const r = runPipeline(sheet('progresso', 40), { profile: sondrio2020, planYear: 2018 });
    expect(scored(r, '1').achievement!.toString()).toBe('50');
    expect(scored(r, '2').achievement!.toString()).toBe('100');
  });

  test('chosen by the profile; no baseline: a warning naming the empty baseline cell, the row not measured', () => {
    const r = runPipeline(sheet(null, null), { profile: { ...sondrio2020, method: 'progresso' }, planYear: 2018 });
    expect(scored(r, '1').achievement).toBeNull();
    expect(r.diagnostics.filter((d) => d.code === 'missing-baseline').map((d) => d.message)).toEqual([
      'Cruscotto!C2: metodo progresso: manca il valore storico (baseline) da cui misurare il progresso: azione non misurata',
      'Cruscotto!C3: metodo progresso: manca il valore storico (baseline) da cui misurare il progresso: azione non misurata',
    ]);
  });
});

test('a result written on the baseline is resolved the same way («+10% su 2017» -> 0,56)', () => {
  const r = runPipeline(rp2018Sheet(ratio(BASELINE_2017), { value: '+10% su 2017' }), { profile: sondrio2018, planYear: 2018 });
  expect(node(r.read.tree, ACTION_CODE).action!.result).toMatchObject({ kind: 'number', value: new Decimal('0.56'), raw: '+10% su 2017' });
  expect(scored(r, ACTION_CODE).achievement!.toString()).toBe('100');
  const missing = runPipeline(rp2018Sheet({ value: null }, { value: '+10% su 2017' }), { profile: sondrio2018, planYear: 2018 });
  expect(missing.diagnostics.map((d) => d.message)).toContain(
    'Cruscotto!H2: il risultato «+10% su 2017» si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato',
  );
});
