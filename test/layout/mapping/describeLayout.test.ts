import { describeLayout } from '../../../src/layout/mapping';
import { readCruscotto } from '../../../src/layout/reader';
import { grid, plan2022Merged, TEST_PROFILE } from '../reader/fixtures';
import { SAMPLE } from '../reader/sampleSheet';
import { roles, twoYearSheet } from './helpers';

describe('describeLayout', () => {
  test('lists every column of the header block with its header text (header rows joined) and role', () => {
    const sheet = grid(SAMPLE);
    const read = readCruscotto(sheet, { profile: TEST_PROFILE });
    const mapping = describeLayout(read.layout!, sheet);
    expect(mapping).toMatchObject({ version: 1, sheet: 'Cruscotto', headerTop: 0, headerBottom: 1 });
    expect(mapping.columns.map((c) => c.col)).toEqual([...Array(14).keys()]);
    expect(mapping.columns[0]).toEqual({ col: 0, header: 'Prospettiva', role: 'perspective.title' });
    expect(mapping.columns[1]).toEqual({ col: 1, header: 'Obiettivi strategici cod.', role: 'strategic.code' });
    expect(mapping.columns[11]).toEqual({ col: 11, header: 'Soglia 80%', role: 'action.threshold', thresholdLevel: 80 });
    expect(roles(mapping)).toEqual([
      '0:perspective.title',
      '1:strategic.code',
      '2:strategic.title',
      '3:operational.code',
      '4:operational.title',
      '5:operational.weight',
      '6:action.code',
      '7:action.title',
      '8:action.weight',
      '9:action.kpi',
      '10:action.target',
      '11:action.threshold @80',
      '12:action.threshold @60',
      '13:action.result',
    ]);
  });

  test('columns read but not scored keep their role («Note»), years of a multi-year target are kept', () => {
    const sheet = twoYearSheet();
    const read = readCruscotto(sheet, { profile: TEST_PROFILE });
    const mapping = describeLayout(read.layout!, sheet);
    expect(mapping.headerTop).toBe(1);
    expect(mapping.headerBottom).toBe(2);
    expect(mapping.columns[4]).toEqual({ col: 4, header: 'Note', role: 'action.note' });
    expect(mapping.columns[5]).toEqual({ col: 5, header: 'Target 2019', role: 'action.target', year: 2019 });
    expect(mapping.columns[6]).toEqual({ col: 6, header: 'Target 2020', role: 'action.target', year: 2020 });
  });

  test('the 2022 plan: merged headers, soglie levels and target years', () => {
    const sheet = plan2022Merged();
    const read = readCruscotto(sheet, { profile: TEST_PROFILE });
    const mapping = describeLayout(read.layout!, sheet);
    const thresholds = mapping.columns.filter((c) => c.role === 'action.threshold');
    expect(thresholds.map((c) => c.thresholdLevel)).toEqual([80, 60]);
    expect(thresholds[0].header).toMatch(/Soglie 80%$/);
    expect(mapping.columns.filter((c) => c.role === 'strategic.target').map((c) => c.year)).toEqual([2022, 2023, 2024]);
    // up to the last column with a header
    const last = mapping.columns[mapping.columns.length - 1];
    expect(last).toMatchObject({ header: 'Azioni Risultato', role: 'action.result' });
  });

  test('a header cell with text beyond the recognised columns is listed as "ignore"', () => {
    const sheet = grid([['cod.', 'titolo', 'target', 'Risultato', '', 'Annotazioni'], ['1.1', 'A', '10', '9']]);
    const mapping = describeLayout(readCruscotto(sheet, { profile: TEST_PROFILE }).layout!, sheet);
    expect(mapping.columns.map((c) => [c.header, c.role])).toEqual([
      ['cod.', 'action.code'],
      ['titolo', 'action.title'],
      ['target', 'action.target'],
      ['Risultato', 'action.result'],
      ['', 'ignore'],
      ['Annotazioni', 'ignore'],
    ]);
  });
});
