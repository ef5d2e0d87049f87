import { getProfile } from '../../../src/engine';
import { generateCruscotto, type CruscottoVariant, type LayoutName } from '../../support/generate';
import { describeLayout, mappingProblems, proposeMapping, roleFromWords } from '../../../src/layout/mapping';
import { readCruscotto } from '../../../src/layout/reader';
import { grid, merge } from '../reader/fixtures';
import { roles } from './helpers';
import type { SheetGrid } from '../../../src/layout/types';

describe('proposeMapping', () => {
  const profile = getProfile('sondrio-2020')!;

  test.each([
    ['2022', {}],
    ['2022', { shuffleColumns: true, extraColumns: true }],
    ['2020', { headerTypos: true, overrides: true }],
    ['2018', { neutralised: true }],
  ] as [LayoutName, CruscottoVariant][])('on a sheet the detection reads, proposes what it reads (%s %j)', (layout, variant) => {
    const sheet = generateCruscotto({ actions: 20, seed: 3, layout, variant, withResults: true });
    const detected = describeLayout(readCruscotto(sheet, { profile }).layout!, sheet);
    const proposal = proposeMapping(sheet)!;
    expect([proposal.headerTop, proposal.headerBottom]).toEqual([detected.headerTop, detected.headerBottom]);
    expect(roles(proposal)).toEqual(roles(detected));
    expect(proposal.columns.map((c) => c.header)).toEqual(detected.columns.map((c) => c.header));
  });

  test('guesses the header row below a title, with the group row above it and the years below', () => {
    const sheet = grid(
      [
        ['Piano della performance 2023 — allegato tecnico'],
        [],
        ['Ambito', '', 'Azioni', '', '', '', ''],
        ['Rif.', 'Voce di piano', 'cod.', 'titolo', 'Valore programmato', 'Risultato', 'Responsabile'],
        ['', '', '', '', 2023, '', ''],
        ['A', 'Digitale', '1.1.1', 'Pratiche telematiche', '80%', '85%', 'U.O. Registro'],
      ],
      [merge('A3:B3'), merge('C3:G3')],
    );
    expect(readCruscotto(sheet, { profile }).layout).toBeNull();
    const proposal = proposeMapping(sheet)!;
    expect([proposal.headerTop, proposal.headerBottom]).toEqual([2, 4]);
    expect(proposal.columns.map((c) => [c.header, c.role])).toEqual([
      ['Ambito Rif.', 'ignore'],
      ['Ambito Voce di piano', 'ignore'],
      ['Azioni cod.', 'action.code'],
      ['Azioni titolo', 'action.title'],
      ['Azioni Valore programmato 2023', 'ignore'],
      ['Azioni Risultato', 'action.result'],
      ['Azioni Responsabile', 'action.owner'],
    ]);
    // what the user still has to give: the target
    expect(mappingProblems(proposal.columns).map((p) => p.text)).toEqual(["manca la colonna del target dell'azione (ruolo action.target)"]);
  });

  test('a role is proposed once: the second "cod." of the same level is left out', () => {
    const proposal = proposeMapping(grid([['Rif.', 'cod. azione', 'Descrizione', 'cod. azione', 'Peso'], ['x', '1', 'A', '1', '5']]))!;
    expect(roles(proposal)).toEqual(['0:ignore', '1:action.code', '2:action.title', '3:ignore', '4:action.weight']);
  });

  test('null only for an empty sheet; a sheet of numbers gives its first row', () => {
    expect(proposeMapping(grid([]))).toBeNull();
    expect(proposeMapping(grid([[], ['', null]]))).toBeNull();
    const numbers = proposeMapping(grid([[], [1, 2, 3], [4, 5, 6]]))!;
    expect(numbers.headerTop).toBe(1);
    expect(roles(numbers)).toEqual(['0:ignore', '1:ignore', '2:ignore']);
  });
});

describe('roleFromWords', () => {
  test.each([
    ['peso azione', 'action.weight'],
    ['Peso ob. operativo', 'operational.weight'],
    ['Obiettivo operativo - codice', 'operational.code'],
    ['Soglia', 'action.threshold'],
    ['target', 'action.target'],
    ['Obiettivi strategici', 'strategic.title'],
    ['% raggiungimento azione', 'own'],
    ['Note', 'action.note'],
    ['Scostamento', 'action.deviation'],
    ['Baseline 2018', 'action.baseline'],
    ['Ufficio', null],
  ])('%s → %s', (text, role) => {
    expect(roleFromWords(text)).toBe(role);
  });
});

describe('a header split over two rows', () => {
  it('takes the second line too ("Valore" merged over "atteso" | "minimo")', () => {
    const sheet: SheetGrid = {
      name: 'Piano',
      cells: [
        [{ value: 'Area' }, { value: 'Indicatore' }, { value: 'Valore' }, { value: null }, { value: 'Consuntivo' }],
        [{ value: null }, { value: null }, { value: 'atteso' }, { value: 'minimo' }, { value: null }],
        [{ value: 'Imprese' }, { value: 'Pratiche evase' }, { value: 90 }, { value: 70 }, { value: 93 }],
      ],
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
    };
    const proposal = proposeMapping(sheet)!;
    expect([proposal.headerTop, proposal.headerBottom]).toEqual([0, 1]);
    expect(proposal.columns[2]).toMatchObject({ header: 'Valore atteso', role: 'action.target' });
  });

  it('does not take a first data row of titles for a header line', () => {
    const sheet: SheetGrid = {
      name: 'Piano',
      cells: [
        [{ value: 'Prospettiva' }, { value: 'Indicatore' }, { value: 'Target' }, { value: 'Consuntivo' }],
        [{ value: 'Sviluppo del territorio' }, { value: null }, { value: null }, { value: null }],
        [{ value: null }, { value: 'Pratiche evase' }, { value: 90 }, { value: 93 }],
      ],
      merges: [],
    };
    expect(proposeMapping(sheet)!.headerBottom).toBe(0);
  });
});
