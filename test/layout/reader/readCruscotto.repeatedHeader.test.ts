/**
 * Header blocks repeated at page breaks are recognised by comparing them with the header found at the
 * top of the sheet, whatever their wording: unknown extra columns, typos, other spellings, empty cells.
 * Data rows whose texts look like header words stay data.
 */
import { generateCruscotto, generatePlan, HEADER_ROWS, planActions, type CruscottoVariant, type LayoutName } from '../../support/generate';
import { readCruscotto } from '../../../src/layout/reader';
import { HeaderTemplate } from '../../../src/layout/reader/headerTemplate';
import { MergeIndex } from '../../../src/layout/reader/merges';
import type { ReadResult } from '../../../src/layout/types';
import { grid, merge, TEST_PROFILE, type Cell } from './fixtures';
import { COLUMNS, DATA, dumpTree, GROUPS, SAMPLE } from './sampleSheet';
import { actionIds, node } from './treeHelpers';

const errors = (r: ReadResult) => r.diagnostics.filter((d) => d.severity === 'error');

function readGenerated(layout: LayoutName, seed: number, variant: CruscottoVariant, actions = 40): ReadResult {
  return readCruscotto(generateCruscotto({ actions, seed, layout, withResults: true, variant }), { profile: TEST_PROFILE });
}

/** Rows the generator gives the repeated header: after every `every` actions, `H` header rows. */
function expectedRepeatRows(layout: LayoutName, every: number, actions: number): number[] {
  const h = HEADER_ROWS[layout];
  const rows: number[] = [];
  for (let k = 1; k * every < actions; k++) {
    const start = h + k * every + (k - 1) * h;
    for (let i = 0; i < h; i++) rows.push(start + i);
  }
  return rows;
}

describe.each([
  ['2022', false],
  ['2022', true],
  ['2018', false],
  ['2018', true],
  ['2020', false],
  ['2020', true],
] as const)('layout %s, header repeated every 10 actions, extra columns: %s', (layout, extraColumns) => {
  const variant: CruscottoVariant = { repeatHeaderEvery: 10, extraColumns };
  const read = readGenerated(layout, 7, variant);
  const plain = readGenerated(layout, 7, { extraColumns });

  test('the 40 actions of the plan, no error, the repeated rows skipped', () => {
    expect(errors(read)).toEqual([]);
    const codes = planActions(generatePlan({ actions: 40, seed: 7, layout })).map((a) => a.code);
    expect(actionIds(read.tree)).toEqual(codes);
    expect(read.layout!.repeatedHeaderRows).toEqual(expectedRepeatRows(layout, 10, 40));
  });

  test('the same tree as the sheet without repeated headers', () => {
    expect(dumpTree(read.tree)).toEqual(dumpTree(plain.tree));
  });
});

describe('repeated headers in many generated shapes', () => {
  const cases: [LayoutName, number][] = [];
  for (const layout of ['2022', '2020', '2018'] as const) for (let seed = 1; seed <= 10; seed++) cases.push([layout, seed]);

  test.each(cases)('layout %s, seed %i: as many actions as the plan, the same tree as without repeats', (layout, seed) => {
    const shape: CruscottoVariant = { extraColumns: true, headerTypos: seed % 2 === 0, shuffleColumns: seed % 3 === 0 };
    const actions = 30 + seed;
    const every = 2 + (seed % 9);
    const read = readGenerated(layout, seed, { ...shape, repeatHeaderEvery: every }, actions);
    const plain = readGenerated(layout, seed, shape, actions);
    expect(errors(read)).toEqual([]);
    expect(actionIds(read.tree)).toHaveLength(actions);
    expect(read.layout!.repeatedHeaderRows).toEqual(expectedRepeatRows(layout, every, actions));
    expect(dumpTree(read.tree)).toEqual(dumpTree(plain.tree));
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-built sheets: the sample sheet with three unknown columns (Note, Risorse, Fonte del dato)
// ---------------------------------------------------------------------------------------------

const EXTRA_HEADERS: Cell[] = ['Note', 'Risorse (€)', 'Fonte del dato'];
const withExtra = (row: Cell[], extra: Cell[]): Cell[] => [...row, ...new Array(14 - row.length).fill(''), ...extra];
const TOP: Cell[][] = [withExtra(GROUPS, EXTRA_HEADERS), withExtra(COLUMNS, ['', '', ''])];
const data = (i: number): Cell[] => withExtra(DATA[i], ['dato provvisorio', `€ ${i + 1}.000,00`, 'Infocamere']);

const read = (rows: Cell[][], merges = [] as Parameters<typeof grid>[1]) =>
  readCruscotto(grid(rows, merges), { profile: TEST_PROFILE, planYear: 2022 });

const expected = dumpTree(read(SAMPLE).tree);

describe('a repeated block compared with the top header', () => {
  test('identical, with three unknown extra columns', () => {
    const r = read([...TOP, data(0), data(1), ...TOP, data(2), data(3)]);
    expect(r.diagnostics).toEqual([]);
    expect(r.layout!.repeatedHeaderRows).toEqual([4, 5]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });

  test('typed again with typos, other spellings and case', () => {
    const groups = withExtra(['PROSPETTIVA', 'Obbiettivi strategici', '', 'Obiettivi Operativi', '', '', 'Azione'], ['Note ', 'Risorse (€)', 'Fonte dei dati']);
    const columns = withExtra(['', 'Cod', 'Descrizione', 'codice', 'Titolo', 'Peso', 'COD.', 'titolo', 'PESO', 'KPI', 'Target', 'Soglia 80 %', 'soglia 60%', 'Risultao'], ['', '', '']);
    const r = read([...TOP, data(0), data(1), data(2), groups, columns, data(3)]);
    expect(r.diagnostics).toEqual([]);
    expect(r.layout!.repeatedHeaderRows).toEqual([5, 6]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });

  test('with empty cells: a group row with only "Azioni" and "Note", a column row with gaps', () => {
    const groups = withExtra(['', '', '', '', '', '', 'Azioni'], ['Note', '', '']);
    const columns = withExtra(['', 'cod.', '', 'cod.', '', 'peso', 'cod.', '', 'peso', '', 'target', 'Soglia 80%', 'Soglia 60%', 'Risultato'], ['', '', '']);
    const r = read([...TOP, data(0), groups, columns, data(1), data(2), data(3)]);
    expect(r.diagnostics).toEqual([]);
    expect(r.layout!.repeatedHeaderRows).toEqual([3, 4]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });

  test('merged on top, not merged in the repeat (and the other way round)', () => {
    const groups: Cell[] = withExtra(['Prospettiva', 'Obiettivi strategici', '', 'Obiettivi operativi', '', '', 'Azioni'], EXTRA_HEADERS);
    // on top the groups are merged over their columns; in the repeat "Azioni" stands over "titolo", merged over the action columns
    const repeat: Cell[] = withExtra(['Prospettiva', '', 'Obiettivi strategici', '', 'Obiettivi operativi', '', '', 'Azioni'], EXTRA_HEADERS);
    const rows = [groups, TOP[1], data(0), data(1), repeat, TOP[1], data(2), data(3)];
    const merges = [merge('B1:C1'), merge('D1:F1'), merge('G1:N1'), merge('H5:N5')];
    const r = read(rows, merges);
    expect(r.diagnostics).toEqual([]);
    expect(r.layout!.repeatedHeaderRows).toEqual([4, 5]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });
});

describe('data rows whose texts look like header words stay data', () => {
  // actions titled like headers, with header words as KPI, in a sheet with extra columns and a repeated header
  const lookalike1: Cell[] = withExtra(['', '', '', '', '', '', '3.3.3', 'Risultato del progetto', '20%', 'Indicatore', '10', '8', '6', '9'], ['Note', 'Risorse', 'Fonte del dato']);
  const lookalike2: Cell[] = withExtra(['', '', '', '3.4', 'Obiettivi operativi', '', '3.4.1', 'Risultato', '100%', 'peso', '5', '4', '3', '6'], ['', '', '']);
  const lookalike3: Cell[] = withExtra(['', '', '', '', '', '', '3.4.2', 'Target', '', 'kpi', '80%', '70%', '60%', '75%'], ['Note', '', '']);
  // only header words besides its code (a plan not yet filled in)
  const lookalike4: Cell[] = ['', '', '', '', '', '', '3.4.3', 'Risultato atteso', '', 'Indicatore'];

  test('inside the data, and right after a repeated block', () => {
    const rows = [...TOP, data(0), data(1), data(2), lookalike1, ...TOP, lookalike2, lookalike3, lookalike4, data(3)];
    const r = read(rows);
    expect(r.layout!.repeatedHeaderRows).toEqual([6, 7]);
    expect(actionIds(r.tree)).toEqual(['3.1.1', '3.3.1', '3.3.2', '3.3.3', '3.4.1', '3.4.2', '3.4.3', '7.1.1']);
    expect(node(r.tree, '3.4.3').title).toBe('Risultato atteso');
    expect(node(r.tree, '3.3.3').title).toBe('Risultato del progetto');
    expect(node(r.tree, '3.4.1').title).toBe('Risultato');
    expect(node(r.tree, '3.4').title).toBe('Obiettivi operativi');
    expect(node(r.tree, '3.4.2').action!.result.raw).toBe('75%');
    expect(errors(r)).toEqual([]);
  });

  test('a coded row whose soglie repeat their header texts stays data (one differing cell needs four agreeing)', () => {
    const soglie: Cell[] = ['Soglia 80%', 'Soglia 60%'];
    const top: Cell[][] = [GROUPS, [...COLUMNS.slice(0, 11), ...soglie, 'Risultato']];
    const copied: Cell[] = ['', '', '', '', '', '', '3.3.3', '', '', '', '', 'Soglia 80%', 'Soglia 60%', ''];
    const r = read([...top, DATA[0], DATA[1], DATA[2], copied, DATA[3]]);
    expect(r.layout!.repeatedHeaderRows).toEqual([]);
    expect(actionIds(r.tree)).toContain('3.3.3');
    // read as data: its soglie are reported as not numbers
    expect(errors(r).map((d) => d.cell)).toEqual(['Cruscotto!L6', 'Cruscotto!M6']);
  });
});

describe('HeaderTemplate', () => {
  const g = grid([...TOP, data(0), ['', 'Cod', 'descrizone', '', '', '', '', '', '', '', '', '', '', '', 'NOTE']]);
  const template = new HeaderTemplate(g, new MergeIndex(g), 0, 1, 17);

  test('a column header agrees in its own column only, with typos and other spellings', () => {
    expect(template.agreesAt(1, 1, 'cod.')).toBe(true);
    expect(template.agreesAt(1, 1, 'Codice')).toBe(true);
    expect(template.agreesAt(2, 2, 'Descrizone')).toBe(true);
    expect(template.agreesAt(13, 13, 'Risultao')).toBe(true);
    expect(template.agreesAt(2, 2, 'cod.')).toBe(false);
    expect(template.agreesAt(14, 14, 'Note')).toBe(true);
    expect(template.agreesAt(15, 15, 'Note')).toBe(false);
  });

  test('years and levels must be the same', () => {
    expect(template.agreesAt(11, 11, 'Soglia 80%')).toBe(true);
    expect(template.agreesAt(11, 11, 'Soglia 60%')).toBe(false);
    expect(template.agreesAt(11, 11, '80%')).toBe(false);
  });

  test('compares rows: the header, a data row, a row with typos and empty cells', () => {
    expect(template.compare(1)).toMatchObject({ agree: 13, disagree: 0 });
    expect(template.compare(2).disagree).toBeGreaterThan(1);
    // "Note" is a header word since the PA vocabulary (vocabulary.ts: Note = a note column), so it agrees strongly
    expect(template.compare(3)).toEqual({ agree: 3, strongAgree: 3, disagree: 0 });
  });
});
