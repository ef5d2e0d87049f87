import { findHeader } from '../../../src/layout/reader';
import type { SheetLayout } from '../../../src/layout/types';
import { ANNEX_2020_TSV, grid, pct, plan2022Merged, PLAN_2022_TSV, shift, tsvRows } from './fixtures';

function roles(layout: SheetLayout | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of layout?.columns ?? []) {
    out[c.col] = `${c.role}${c.year !== undefined ? `@${c.year}` : ''}${c.level !== undefined ? `#${c.level}` : ''}`;
  }
  return out;
}

describe('findHeader on the 2022 plan (4 header rows)', () => {
  test('as extracted: "2022" over "Soglie" over "80%", bare year columns', () => {
    const layout = findHeader(grid(tsvRows(PLAN_2022_TSV)));
    expect(layout).not.toBeNull();
    expect(layout!.headerTop).toBe(0);
    expect(layout!.headerBottom).toBe(3);
    expect(layout!.planYear).toBe(2022);
    expect(roles(layout)).toEqual({
      0: 'perspective.title',
      1: 'strategic.code',
      2: 'strategic.title',
      3: 'strategic.kpi',
      4: 'strategic.target@2022',
      5: 'strategic.target@2023',
      6: 'strategic.target@2024',
      7: 'operational.code',
      8: 'operational.title',
      9: 'operational.weight',
      10: 'operational.kpi',
      11: 'action.code',
      12: 'action.title',
      13: 'action.weight',
      14: 'action.kpi',
      15: 'action.target@2022',
      16: 'action.threshold@2022#80',
      17: 'action.threshold#60',
      18: 'action.target@2023',
      19: 'action.target@2024',
      20: 'action.owner',
      21: 'action.result',
    });
  });

  test('as Excel holds it: merged group cells, merged "target" and "Soglie", 80% as a formatted number', () => {
    const r = roles(findHeader(plan2022Merged()));
    expect(r[4]).toBe('strategic.target@2022');
    expect(r[6]).toBe('strategic.target@2024');
    expect(r[15]).toBe('action.target@2022');
    expect(r[16]).toBe('action.threshold#80');
    expect(r[17]).toBe('action.threshold#60');
    expect(r[18]).toBe('action.target@2023');
    expect(r[0]).toBe('perspective.title');
    expect(r[21]).toBe('action.result');
  });

  test('the plan year can be chosen', () => {
    expect(findHeader(plan2022Merged(), { planYear: 2023 })!.planYear).toBe(2023);
  });
});

describe('findHeader on the 2020 annex', () => {
  test('"Risultato" beside each level is an output; the one after target is the measured value', () => {
    expect(roles(findHeader(grid(tsvRows(ANNEX_2020_TSV))))).toEqual({
      0: 'perspective.title',
      1: 'perspective.output',
      2: 'strategic.title',
      3: 'strategic.output',
      4: 'operational.code',
      5: 'operational.title',
      6: 'operational.weight',
      7: 'operational.output',
      8: 'action.code',
      9: 'action.title',
      10: 'action.weight',
      11: 'action.output',
      12: 'action.kpi',
      13: 'action.target',
      14: 'action.result',
      15: 'action.output',
    });
  });
});

describe('findHeader: placement and shapes', () => {
  test('header block anywhere in the first 30 rows, below a title and right of empty columns', () => {
    const rows = shift(tsvRows(ANNEX_2020_TSV), 20, 2);
    rows[3] = ['', 'Cruscotto della performance 2020 - Camera di commercio'];
    const layout = findHeader(grid(rows));
    expect(layout!.headerTop).toBe(20);
    expect(layout!.headerBottom).toBe(21);
    expect(roles(layout)[10]).toBe('action.code');
  });

  test('a header below row 34 is not searched', () => {
    expect(findHeader(grid(shift(tsvRows(ANNEX_2020_TSV), 40)))).toBeNull();
  });

  test('one header row, no groups: a lone "cod." is the action code', () => {
    const layout = findHeader(grid([['Cod.', 'Descrizione', 'Peso', 'KPI', 'Target', 'Soglia 80%', 'Soglia 60%', 'Consuntivo']]));
    expect(roles(layout)).toEqual({
      0: 'action.code',
      1: 'action.title',
      2: 'action.weight',
      3: 'action.kpi',
      4: 'action.target',
      5: 'action.threshold#80',
      6: 'action.threshold#60',
      7: 'action.result',
    });
  });

  test('no groups, several code columns: right to left action, operational, strategic', () => {
    const layout = findHeader(grid([['cod', 'descrizione', 'cod', 'descrizione', 'peso', 'cod', 'descrizione', 'peso', 'target', 'risultato']]));
    expect(roles(layout)).toMatchObject({
      0: 'strategic.code',
      1: 'strategic.title',
      2: 'operational.code',
      3: 'operational.title',
      4: 'operational.weight',
      5: 'action.code',
      7: 'action.weight',
      8: 'action.target',
      9: 'action.result',
    });
  });

  test('"Soglie 80% / 60%" in one cell spreads over the next empty column', () => {
    const layout = findHeader(
      grid([
        ['Azioni', '', '', '', '', ''],
        ['cod.', 'titolo', 'target', 'Soglie 80% / 60%', '', 'Risultato'],
      ]),
    );
    expect(roles(layout)).toMatchObject({ 2: 'action.target', 3: 'action.threshold#80', 4: 'action.threshold#60', 5: 'action.result' });
  });

  test('"Soglie" with no level leaves the level to the profile', () => {
    const layout = findHeader(grid([['cod.', 'target', 'Soglie', 'Soglie', 'Risultato']]));
    expect(roles(layout)).toMatchObject({ 2: 'action.threshold', 3: 'action.threshold' });
  });

  test('"Soglie" over "80%" "60%" typed as numbers formatted as percentages', () => {
    const layout = findHeader(
      grid(
        [
          ['cod.', 'target', 'Soglie', '', 'Risultato'],
          ['', '', pct(0.8), pct(0.6), ''],
        ],
        [{ top: 0, left: 2, bottom: 0, right: 3 }],
      ),
    );
    expect(layout!.headerBottom).toBe(1);
    expect(roles(layout)).toMatchObject({ 2: 'action.threshold#80', 3: 'action.threshold#60', 4: 'action.result' });
  });

  test('not a cruscotto: null', () => {
    expect(findHeader(grid([['Nome', 'Cognome', 'Ufficio'], ['Mario', 'Rossi', 'Ragioneria']]))).toBeNull();
    expect(findHeader(grid([]))).toBeNull();
    expect(findHeader(grid([['Riepilogo'], ['Obiettivo strategico', 'Risultato misurato', 'Target', '% Raggiungimento']]))).toBeNull();
  });

  test('a header without an action target is not a cruscotto header', () => {
    expect(findHeader(grid([['cod.', 'descrizione', 'peso', 'Risultato']]))).toBeNull();
  });
});
