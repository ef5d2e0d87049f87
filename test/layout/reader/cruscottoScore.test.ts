/** Choosing the cruscotto sheet of a workbook (issue "Any body's cruscotto", item 5). */
import { cruscottoScore } from '../../../src/layout/reader';
import { generateCruscotto } from '../../support/generate';
import { grid, plan2022Merged } from './fixtures';
import { SAMPLE } from './sampleSheet';

describe('cruscottoScore', () => {
  test('0 for sheets that are not a cruscotto', () => {
    expect(cruscottoScore(grid([]))).toBe(0);
    expect(cruscottoScore(grid([['Nome', 'Cognome', 'Ufficio'], ['Mario', 'Rossi', 'Ragioneria']]))).toBe(0);
    // the add-in's own Riepilogo: strategic objectives, no scored rows
    expect(cruscottoScore(grid([['Riepilogo'], ['Obiettivo strategico', 'Risultato misurato', 'Target', '% Raggiungimento']]))).toBe(0);
  });

  test("a user's list with a header-like row, placed before the cruscotto, scores lower than the cruscotto", () => {
    const list = grid(
      [
        ['cod.', 'descrizione', 'target'],
        ['1', 'Riunioni di giunta', '12'],
        ['2', 'Delibere', '40'],
        ['3', 'Determine', '300'],
      ],
      [],
      'Appunti',
    );
    const listScore = cruscottoScore(list);
    expect(listScore).toBeGreaterThan(0);
    expect(cruscottoScore(grid(SAMPLE))).toBeGreaterThan(listScore);
    expect(cruscottoScore(plan2022Merged())).toBeGreaterThan(listScore);
  });

  test('more rows with a target score higher for the same columns', () => {
    const small = generateCruscotto({ actions: 5, seed: 1, layout: '2022', withResults: true });
    const large = generateCruscotto({ actions: 50, seed: 1, layout: '2022', withResults: true });
    expect(cruscottoScore(large)).toBeGreaterThan(cruscottoScore(small));
  });

  test('a cruscotto of indicators is a cruscotto', () => {
    const rows = [
      ['Obiettivo strategico', 'Obiettivo operativo', 'Indicatore', 'Peso', 'Target', 'Consuntivo'],
      ['Competitività', 'Export', 'imprese assistite', '50%', 120, 130],
    ];
    expect(cruscottoScore(grid(rows))).toBeGreaterThan(0);
  });
});
