import { getProfile } from '../../../src/engine';
import { generateCruscotto, type CruscottoVariant, type LayoutName } from '../../support/generate';
import { describeLayout, layoutFromMapping, proposeMapping } from '../../../src/layout/mapping';
import { readCruscotto } from '../../../src/layout/reader';
import type { ColumnMapping, MappedColumn } from '../../../src/layout/types';
import { grid, merge, TEST_PROFILE, type Cell } from '../reader/fixtures';
import { GROUP, readView, ROWS, TITLE, twoYearSheet, YEARS } from './helpers';

const REDO = 'Rifare la mappatura nel pannello (Colonne) o eliminarla.';

function savedMapping(): ColumnMapping {
  const sheet = twoYearSheet();
  return describeLayout(readCruscotto(sheet, { profile: TEST_PROFILE }).layout!, sheet);
}

function withColumns(columns: MappedColumn[], base: Partial<ColumnMapping> = {}): ColumnMapping {
  return { version: 1, sheet: 'Cruscotto', headerTop: 0, headerBottom: 0, columns, ...base };
}

describe('the mapping read back gives what the detection gives', () => {
  const profile = getProfile('sondrio-2020')!;
  const variants: CruscottoVariant[] = [
    {},
    { shuffleColumns: true, extraColumns: true },
    { repeatHeaderEvery: 9, emptyRows: true, mergeParents: false },
    { headerTypos: true, overrides: true, neutralised: true },
  ];
  const cases = (['2022', '2020', '2018'] as LayoutName[]).flatMap((layout) => variants.map((variant) => [layout, variant] as const));

  test.each(cases)('%s %j', (layout, variant) => {
    const sheet = generateCruscotto({ actions: 25, seed: 11, layout, variant, withResults: true });
    const detected = readCruscotto(sheet, { profile });
    const mapping = describeLayout(detected.layout!, sheet);
    const mapped = readCruscotto(sheet, { profile, mapping });
    expect(mapped.layout!.fromMapping).toBe(true);
    expect(detected.layout!.fromMapping).toBeUndefined();
    expect(readView(mapped)).toEqual(readView(detected));
    expect(mapped.layout!.repeatedHeaderRows).toEqual(detected.layout!.repeatedHeaderRows);
    expect(mapped.layout!.planYear).toBe(detected.layout!.planYear);
  });
});

describe('layoutFromMapping', () => {
  test('gives the columns, header rows and the first year of the targets', () => {
    const fit = layoutFromMapping(twoYearSheet(), savedMapping());
    expect(fit).toMatchObject({ ok: true, headerTop: 1, headerBottom: 2, planYear: 2019 });
    if (!fit.ok) return;
    expect(fit.columns.map((c) => [c.col, c.role, c.year])).toEqual([
      [0, 'action.code', undefined],
      [1, 'action.title', undefined],
      [2, 'action.weight', undefined],
      [3, 'action.kpi', undefined],
      [4, 'action.note', undefined],
      [5, 'action.target', 2019],
      [6, 'action.target', 2020],
      [7, 'action.result', undefined],
    ]);
    expect(fit.columns.find((c) => c.role === 'action.result')!.io).toBe('input');
  });

  test('a column inserted before a mapped one: the message names the cell, the old and the new header, and what to do', () => {
    const shifted: Cell[][] = [TITLE, [...GROUP.slice(0, 5), '', ...GROUP.slice(5)], [...YEARS.slice(0, 5), 'Peso', ...YEARS.slice(5)]];
    const sheet = grid(shifted, [merge('G2:H2')]);
    expect(layoutFromMapping(sheet, savedMapping())).toEqual({
      ok: false,
      message: `La mappatura delle colonne salvata non corrisponde più al foglio: in F3 l'intestazione era «Target 2019», ora è «Peso». ${REDO}`,
      cell: 'Cruscotto!F3',
    });
  });

  test('an emptied header cell and a column beyond the sheet are reported too', () => {
    const emptied = twoYearSheet([TITLE, GROUP.map((c, i) => (i === 7 ? '' : c)), YEARS, ...ROWS]);
    const fit = layoutFromMapping(emptied, savedMapping());
    expect(fit).toMatchObject({ ok: false, cell: 'Cruscotto!H3' });
    expect(!fit.ok && fit.message).toBe(`La mappatura delle colonne salvata non corrisponde più al foglio: in H3 l'intestazione era «Risultato», ora la cella è vuota. ${REDO}`);

    const mapping = savedMapping();
    mapping.columns.push({ col: 12, header: 'Stato', role: 'action.status' });
    const beyond = layoutFromMapping(twoYearSheet(), mapping);
    expect(beyond).toEqual({
      ok: false,
      message: `La mappatura delle colonne salvata non corrisponde più al foglio: la colonna M (intestazione «Stato») non c'è più, il foglio arriva alla colonna H. ${REDO}`,
      cell: null,
    });
  });

  test('case, spaces and accents do not matter; an ignored column may change', () => {
    const mapping = savedMapping();
    mapping.columns[1] = { ...mapping.columns[1], header: 'Títolo ' };
    // «Note» is read as a note column: the user marked it «non usata»
    mapping.columns[4] = { ...mapping.columns[4], role: 'ignore' };
    const retyped = twoYearSheet([TITLE, ['COD.', 'titolo', 'peso', 'KPI', 'Annotazioni', 'target ', '', 'risultato'], YEARS, ...ROWS]);
    const fit = layoutFromMapping(retyped, mapping);
    expect(fit.ok).toBe(true);
  });

  test('rows inserted above the header: the same header lower down still fits', () => {
    const sheet = twoYearSheet([[], [], TITLE, GROUP, YEARS, ...ROWS]);
    sheet.merges = [merge('F4:G4')];
    const fit = layoutFromMapping(sheet, savedMapping());
    expect(fit).toMatchObject({ ok: true, headerTop: 3, headerBottom: 4 });
    const read = readCruscotto(sheet, { profile: TEST_PROFILE, mapping: savedMapping() });
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read.tree.roots.length).toBeGreaterThan(0);
  });

  test('the add-in\'s own columns and the override columns added after the mapping are read', () => {
    const rows: Cell[][] = [TITLE, [...GROUP, '% assegnata', 'Motivazione', '% raggiungimento azione'], YEARS, ...ROWS];
    const fit = layoutFromMapping(twoYearSheet(rows), savedMapping());
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.columns.slice(-3)).toEqual([
      { col: 8, role: 'action.override', io: 'input', header: '% assegnata' },
      { col: 9, role: 'action.motivation', io: 'input', header: 'Motivazione' },
      { col: 10, role: 'own', io: 'output', header: '% raggiungimento azione', output: 'action.achievement' },
    ]);
  });

  describe('checks the mapping', () => {
    const code: MappedColumn = { col: 0, header: 'cod.', role: 'action.code' };
    const target: MappedColumn = { col: 1, header: 'target', role: 'action.target' };
    const sheet = grid([['cod.', 'target', 'cod.', 'Soglia', 'Soglia'], ['1', '10', '2', '8', '6']]);

    const soglia80 = (col: number): MappedColumn => ({ col, header: 'Soglia', role: 'action.threshold', thresholdLevel: 80 });
    test.each([
      [[code], "manca la colonna del target dell'azione (ruolo action.target)", null],
      [[target], "manca la colonna del codice o del titolo dell'azione (ruolo action.code o action.title)", null],
      [[code, target, { col: 2, header: 'cod.', role: 'action.code' }], 'le colonne A e C hanno lo stesso ruolo «codice (azione)»', 'Cruscotto!C1'],
      [[code, target, { col: 1, header: 'target', role: 'action.kpi' }], 'la colonna B compare due volte', 'Cruscotto!B1'],
      [[code, target, soglia80(3), soglia80(4)], 'le colonne D e E hanno lo stesso ruolo «soglia 80% (azione)»', 'Cruscotto!E1'],
    ] as [MappedColumn[], string, string | null][])('%#: %s', (columns, problem, cell) => {
      expect(layoutFromMapping(sheet, withColumns(columns))).toEqual({
        ok: false,
        message: `La mappatura delle colonne salvata non è valida: ${problem}. ${REDO}`,
        cell,
      });
    });

    test('targets, soglie and results of different years, and soglie without a level, may repeat', () => {
      const s = grid([['cod.', 'target', 'target', 'Soglia', 'Soglia']]);
      const fit = layoutFromMapping(
        s,
        withColumns([
          code,
          { col: 1, header: 'target', role: 'action.target', year: 2022 },
          { col: 2, header: 'target', role: 'action.target', year: 2023 },
          { col: 3, header: 'Soglia', role: 'action.threshold' },
          { col: 4, header: 'Soglia', role: 'action.threshold' },
        ]),
      );
      expect(fit.ok).toBe(true);
    });
  });
});

describe('readCruscotto with a mapping', () => {
  test('a mapping makes readable a sheet the detection does not recognise', () => {
    const sheet = grid([
      ['Codice', 'Voce di piano', 'Valore programmato', 'Consuntivo'],
      ['1.1.1', 'Pratiche', '30', '28'],
      ['1.1.2', 'Eventi', '10', '12'],
    ]);
    const detected = readCruscotto(sheet, { profile: TEST_PROFILE });
    expect(detected.layout).toBeNull();
    const proposal = proposeMapping(sheet)!;
    expect(proposal.columns.map((c) => c.role)).toEqual(['action.code', 'ignore', 'ignore', 'action.result']);
    proposal.columns[1].role = 'action.title';
    proposal.columns[2].role = 'action.target';
    const read = readCruscotto(sheet, { profile: TEST_PROFILE, mapping: proposal });
    expect(read.layout!.fromMapping).toBe(true);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const actions = read.tree.roots.flatMap(function all(n): typeof read.tree.roots {
      return [n, ...n.children.flatMap(all)];
    }).filter((n) => n.level === 'action');
    expect(actions.map((a) => [a.code, a.title, a.action?.targetSpec?.target.raw, a.action?.result.raw])).toEqual([
      ['1.1.1', 'Pratiche', '30', '28'],
      ['1.1.2', 'Eventi', '10', '12'],
    ]);
  });

  test('a mapping that no longer fits: an error naming the cell, and the detection reads the sheet', () => {
    const shifted: Cell[][] = [TITLE, [...GROUP.slice(0, 5), '', ...GROUP.slice(5)], [...YEARS.slice(0, 5), 'Peso', ...YEARS.slice(5)], ...ROWS];
    const sheet = grid(shifted, [merge('G2:H2')]);
    const read = readCruscotto(sheet, { profile: TEST_PROFILE, mapping: savedMapping() });
    expect(read.diagnostics[0]).toEqual({
      severity: 'error',
      code: 'mapping-misfit',
      cell: 'Cruscotto',
      message: `Cruscotto: la mappatura delle colonne salvata non corrisponde più al foglio: in F3 l'intestazione era «Target 2019», ora è «Peso». ${REDO}`,
    });
    expect(read.layout).not.toBeNull();
    expect(read.layout!.fromMapping).toBeUndefined();
  });
});
