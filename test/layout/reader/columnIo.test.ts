/**
 * Every column the reader lists ends with `io` (issue "Any body's cruscotto", item 1): 'output' only for
 * the levels' figures (2020 annex "Risultato" beside each level, "PERCENTUALE RAGGIUNGIMENTO") and the
 * add-in's own columns; 'input' for what the user types.
 */
import { findHeader, readCruscotto } from '../../../src/layout/reader';
import { generateCruscotto } from '../../support/generate';
import { ANNEX_2020_TSV, grid, plan2022Merged, TEST_PROFILE, tsvRows } from './fixtures';

describe('io of every column', () => {
  test('2020 annex: the outputs are the five figure columns, every other column is input', () => {
    const layout = findHeader(grid(tsvRows(ANNEX_2020_TSV)))!;
    expect(layout.columns.every((c) => c.io !== undefined)).toBe(true);
    expect(layout.columns.filter((c) => c.io === 'output').map((c) => c.col)).toEqual([1, 3, 7, 11, 15]);
    expect(layout.columns.find((c) => c.col === 14)).toMatchObject({ role: 'action.result', io: 'input' });
  });

  test('2022 plan: all input (its "Risultato" is typed by hand)', () => {
    const layout = findHeader(plan2022Merged())!;
    expect(layout.columns.length).toBe(22);
    expect(layout.columns.every((c) => c.io === 'input')).toBe(true);
  });

  test("the add-in's own columns from an earlier run are outputs", () => {
    const rows = [['cod.', 'titolo', 'target', 'Risultato', '% raggiungimento azione', 'Esito azione']];
    const layout = findHeader(grid(rows))!;
    expect(layout.columns.map((c) => `${c.role}:${c.io}`)).toEqual([
      'action.code:input',
      'action.title:input',
      'action.target:input',
      'action.result:input',
      'own:output',
      'own:output',
    ]);
    // read with data under them: they keep their columns (the header-shift check moves input columns only)
    const read = readCruscotto(grid([...rows, ['1.1.1', 'Tempi', '20', '19', 1, 'Raggiunto']]), { profile: TEST_PROFILE, planYear: 2022 });
    expect(read.layout!.columns.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(read.diagnostics).toEqual([]);
  });

  test('generated layouts: every column has io', () => {
    for (const layout of ['2022', '2020', '2018'] as const) {
      const g = generateCruscotto({ actions: 10, seed: 2, layout, withResults: true });
      const found = findHeader(g)!;
      expect(found.columns.filter((c) => c.io !== 'input' && c.io !== 'output')).toEqual([]);
    }
  });
});
