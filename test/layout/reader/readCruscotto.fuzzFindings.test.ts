/**
 * Fuzz findings of the issue "Any body's cruscotto, and never a typed value lost", each a named test on
 * the small sample sheet (sampleSheet.ts). Expected values written by hand.
 */
import { readCruscotto } from '../../../src/layout/reader';
import { grid, TEST_PROFILE, type Cell } from './fixtures';
import { COLUMNS, DATA, dumpTree, GROUPS, SAMPLE } from './sampleSheet';
import { node } from './treeHelpers';
import { generateCruscotto } from '../../support/generate';
import { findHeader } from '../../../src/layout/reader';

const read = (rows: Cell[][]) => readCruscotto(grid(rows), { profile: TEST_PROFILE, planYear: 2022 });
const expected = dumpTree(read(SAMPLE).tree);

describe('fuzz (a): «Consuntivo» typed above the Prospettiva column', () => {
  test('in the group row over a "Prospettiva" column header: the perspectives keep their titles', () => {
    const groups = [...GROUPS];
    groups[0] = 'Consuntivo';
    const columns = [...COLUMNS];
    columns[0] = 'Prospettiva';
    const r = read([groups, columns, ...DATA]);
    expect(r.layout!.columns.find((c) => c.col === 0)).toMatchObject({ role: 'perspective.title', io: 'input' });
    expect(r.tree.roots.map((p) => p.title)).toEqual(['Processi interni', 'Economico finanziaria']);
    expect(r.diagnostics).toEqual([]);
  });

  test('in a title row above the header', () => {
    const r = read([['Consuntivo'], GROUPS, COLUMNS, ...DATA]);
    expect(r.layout!.headerTop).toBe(1);
    expect(dumpTree(r.tree)).toEqual(expected);
  });
});

describe('fuzz (b): the header row shifted right of its data', () => {
  const pad = (n: number, row: Cell[]): Cell[] => [...new Array(n).fill(''), ...row];

  test('by one column: read from the data under it, with a warning at the header cell', () => {
    const r = read([pad(1, GROUPS), pad(1, COLUMNS), ...DATA]);
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(node(r.tree, '3').title).toBe('La qualità dei processi');
    expect(node(r.tree, '3.3.1').action!.targetSpec!.target.raw).toBe('28 gg');
    expect(r.diagnostics.map((d) => [d.code, d.cell, d.message])).toEqual([
      [
        'header-shifted',
        'Cruscotto!B1',
        "Cruscotto!B1: le intestazioni da «Prospettiva» a «Risultato» sono spostate di una colonna a destra rispetto ai dati: si leggono i dati delle colonne A-N. Controllare l'intestazione (celle inserite o spostate?)",
      ],
    ]);
  });

  test('by two columns', () => {
    const r = read([pad(2, GROUPS), pad(2, COLUMNS), ...DATA]);
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(r.diagnostics.map((d) => d.cell)).toEqual(['Cruscotto!C1']);
  });

  test('cells inserted in the middle of the header (from the operational block on)', () => {
    const groups = [...GROUPS.slice(0, 3), '', ...GROUPS.slice(3)];
    const columns = [...COLUMNS.slice(0, 3), '', ...COLUMNS.slice(3)];
    const r = read([groups, columns, ...DATA]);
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Cruscotto!E2: le intestazioni da «cod.» a «Risultato» sono spostate di una colonna a destra rispetto ai dati: si leggono i dati delle colonne D-N. Controllare l'intestazione (celle inserite o spostate?)",
    ]);
  });

  test('an empty key column beside a column with data is pointed at', () => {
    // the perspective titles typed one column right of their header, in a column of their own
    const rows: Cell[][] = [
      ['Prospettiva', '', 'Azioni', '', '', ''],
      ['', '', 'cod.', 'titolo', 'target', 'Risultato'],
      ['', 'Processi interni', '1.1.1', 'Tempi', '20', '19'],
      ['', 'Economico finanziaria', '7.1.1', 'Equilibrio', '11%', '12%'],
    ];
    const r = read(rows);
    expect(r.diagnostics.map((d) => d.message)).toContain(
      "Cruscotto!A1: la colonna «Prospettiva» non ha dati, mentre la colonna B accanto ne ha: l'intestazione potrebbe essere spostata rispetto ai dati",
    );
  });
});

describe('fuzz (c): figures typed under «Performance», «Esito», «% raggiungimento azione»', () => {
  const rows: Cell[][] = [
    ['cod.', 'titolo', 'target', 'Consuntivo', '% raggiungimento', 'Esito', 'Performance', 'Note', '% raggiungimento azione'],
    ['1.1.1', 'Tempi', '20', '19', '100%', 'raggiunto', 'ottima', 'verificato', '95%'],
  ];
  const r = read(rows);

  test('those columns are figure columns (io output); what the user measures stays an input', () => {
    const io = Object.fromEntries(r.layout!.columns.map((c) => [c.header, `${c.role}:${c.io}`]));
    expect(io).toEqual({
      'cod.': 'action.code:input',
      titolo: 'action.title:input',
      target: 'action.target:input',
      Consuntivo: 'action.result:input',
      '% raggiungimento': 'action.output:output',
      Esito: 'action.output:output',
      Note: 'action.note:input',
      Performance: 'action.output:output',
      // the add-in's own header (outputColumns.ts): its column from an earlier run, whatever is typed in it
      '% raggiungimento azione': 'own:output',
    });
  });

  test('their typed values are never read as the measured value', () => {
    expect(node(r.tree, '1.1.1').action!.result.raw).toBe('19');
    expect(node(r.tree, '1.1.1').action!.override).toBeUndefined();
  });
});

describe('a note merged down beside the header block', () => {
  it('does not cut the header block short (the rows below it stay header rows)', () => {
    const plain = generateCruscotto({ actions: 8, seed: 3, layout: '2022' });
    const before = findHeader(plain)!;
    const width = plain.cells.reduce((w, r) => Math.max(w, r.length), 0);
    const noted = generateCruscotto({ actions: 8, seed: 3, layout: '2022' });
    while (noted.cells[1].length <= width) noted.cells[1].push({ value: null });
    noted.cells[1][width] = { value: 'Note mie' };
    noted.merges.push({ top: 1, left: width, bottom: before.headerBottom, right: width });
    const after = findHeader(noted)!;
    expect([after.headerTop, after.headerBottom]).toEqual([before.headerTop, before.headerBottom]);
  });
});
