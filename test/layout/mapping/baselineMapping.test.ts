/**
 * Issue 9 item 4 in the user-correctable column mapping: the baseline role (label «Valore storico (baseline)») may
 * carry its year; a column the reader does not recognise can be mapped as the baseline, and relative targets use it.
 */
import Decimal from 'decimal.js';
import { getProfile } from '../../../src/engine';
import { describeLayout, parseMapping, proposeMapping, ROLE_LABELS } from '../../../src/layout/mapping';
import { readCruscotto } from '../../../src/layout/reader';
import type { ColumnMapping, SheetGrid } from '../../../src/layout/types';
import { node } from '../reader/treeHelpers';

const profile = getProfile('sondrio-2020')!;
const sheet = (baselineHeader: string): SheetGrid => ({
  name: 'Cruscotto',
  cells: [
    ['Cod.', 'Indicatore', baselineHeader, 'Target 2019', 'Risultato'],
    ['1', 'eventi ASL', 13, '+10% rispetto al 2018', 15],
  ].map((r) => r.map((value) => ({ value }))),
  merges: [],
});

test('the role has an Italian label and may carry a year in a saved mapping', () => {
  expect(ROLE_LABELS['action.baseline']).toBe('Valore storico (baseline)');
  const m = {
    version: 1,
    sheet: 'Cruscotto',
    headerTop: 0,
    headerBottom: 0,
    columns: [
      { col: 0, header: 'Cod.', role: 'action.code' },
      { col: 2, header: 'Rif.', role: 'action.baseline', year: 2018 },
      { col: 3, header: 'Target 2019', role: 'action.target', year: 2019 },
    ],
  };
  expect(parseMapping(m)).toEqual({ ok: true, mapping: m });
});

test('the proposal carries the header\'s year, and reading with it resolves the relative target', () => {
  const grid = sheet('Target storico di riferimento (anno 2018)');
  const proposal = proposeMapping(grid)!;
  expect(proposal.columns.find((c) => c.col === 2)).toMatchObject({ role: 'action.baseline', year: 2018 });
  const read = readCruscotto(grid, { profile, mapping: proposal, planYear: 2019 });
  expect(node(read.tree, '1').action!.targetSpec!.target).toMatchObject({ kind: 'number', value: new Decimal('14.3') });
  expect(read.diagnostics).toEqual([]);
});

test('a column the reader does not know, mapped by the user as the baseline', () => {
  const grid = sheet('Rif.');
  const detected = readCruscotto(grid, { profile, planYear: 2019 });
  expect(detected.diagnostics.map((d) => d.code)).toContain('missing-baseline');
  const mapping: ColumnMapping = describeLayout(detected.layout!, grid);
  mapping.columns = [...mapping.columns.filter((c) => c.col !== 2), { col: 2, header: 'Rif.', role: 'action.baseline' as const }].sort((a, b) => a.col - b.col);
  const read = readCruscotto(grid, { profile, mapping, planYear: 2019 });
  expect(node(read.tree, '1').action!.targetSpec!.target).toMatchObject({ value: new Decimal('14.3') });
  expect(node(read.tree, '1').action!.baseline).toMatchObject({ value: new Decimal(13) });
});
