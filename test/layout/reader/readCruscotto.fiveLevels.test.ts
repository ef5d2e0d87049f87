/**
 * Five levels (Linea di mandato / Obiettivo strategico / Obiettivo operativo / Azione / Indicatore): the Azione
 * takes the engine's 'leafGroup' slot, above the scored indicators; parents come from the dotted codes.
 * A two-level sheet (Obiettivo / Indicatore) gets no stand-in strategic objective. Expected values by hand.
 */
import { readCruscotto } from '../../../src/layout/reader';
import type { ReadResult } from '../../../src/layout/types';
import { grid, merge, pct, TEST_PROFILE, type Cell } from './fixtures';
import { childIds, node } from './treeHelpers';

function roles(read: ReadResult): Record<number, string> {
  const out: Record<number, string> = {};
  for (const c of read.layout?.columns ?? []) out[c.col] = c.role;
  return out;
}

// prettier-ignore
const FIVE: Cell[][] = [
  ['Linea di mandato', 'Obiettivo strategico', '', 'Obiettivo operativo', '', '', 'Azione', '', '', 'Indicatore', '', '', '', '', 'Baseline', 'Scostamento', 'Note'],
  ['', 'cod.', 'descrizione', 'cod.', 'descrizione', 'peso', 'cod.', 'descrizione', 'peso', 'cod.', 'descrizione', 'peso', 'target', 'risultato', '', '', ''],
  ['Sviluppo', '1', 'Imprese', '1.1', 'Credito', pct(1), '1.1.1', 'Bando', pct(0.6), '1.1.1.1', 'domande', pct(0.5), 100, 90, 80, -10, ''],
  ['', '', '', '', '', '', '', '', '', '1.1.1.2', 'liquidazioni', pct(0.5), 10, 12, 9, 2, 'dato provvisorio'],
  ['', '', '', '', '', '', '1.1.2', 'Garanzie', pct(0.4), '1.1.2.1', 'imprese garantite', pct(1), 50, 35, 40, -15, ''],
  // an indicator of action 1.1.1 typed on the row of action 1.1.2: its code decides
  ['', '', '', '', '', '', '', '', '', '1.1.1.3', 'controlli', pct(0), 5, 5, '', 0, ''],
];
const MERGES = [merge('A1:A2'), merge('B1:C1'), merge('D1:F1'), merge('G1:I1'), merge('J1:N1'), merge('O1:O2'), merge('P1:P2'), merge('Q1:Q2')];

describe('five levels', () => {
  const read = readCruscotto(grid(FIVE, MERGES), { profile: TEST_PROFILE, planYear: 2024 });

  test('the Azione block takes the leafGroup slot; Baseline, Scostamento and Note are input columns of the scored rows', () => {
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roles(read)).toEqual({
      0: 'perspective.title',
      1: 'strategic.code',
      2: 'strategic.title',
      3: 'operational.code',
      4: 'operational.title',
      5: 'operational.weight',
      6: 'leafGroup.code',
      7: 'leafGroup.title',
      8: 'leafGroup.weight',
      9: 'action.code',
      10: 'action.title',
      11: 'action.weight',
      12: 'action.target',
      13: 'action.result',
      14: 'action.baseline',
      15: 'action.deviation',
      16: 'action.note',
    });
    expect(read.layout!.columns.filter((c) => c.col >= 14).map((c) => c.io)).toEqual(['input', 'input', 'input']);
    expect(read.layout!.levelNames).toEqual({
      perspective: 'Linea di mandato',
      strategic: 'Obiettivo strategico',
      operational: 'Obiettivo operativo',
      leafGroup: 'Azione',
      action: 'Indicatore',
    });
  });

  test('the tree: indicators in their action by code, actions in their operational objective, with their peso', () => {
    expect(read.tree.roots.map((r) => r.title)).toEqual(['Sviluppo']);
    expect(childIds(read.tree, '1')).toEqual(['1.1']);
    expect(childIds(read.tree, '1.1')).toEqual(['1.1.1', '1.1.2']);
    expect(childIds(read.tree, '1.1.1')).toEqual(['1.1.1.1', '1.1.1.2', '1.1.1.3']);
    expect(childIds(read.tree, '1.1.2')).toEqual(['1.1.2.1']);
    expect(node(read.tree, '1.1.1').level).toBe('leafGroup');
    expect(node(read.tree, '1.1.1').weight!.toNumber()).toBe(60);
    expect(node(read.tree, '1.1.2').title).toBe('Garanzie');
    expect(node(read.tree, '1.1.1.2').level).toBe('action');
  });

  test('where each action sits: its own row and columns, its block down to its last indicator', () => {
    const loc = read.locations.get('1.1.1')!;
    expect(loc.row).toBe(2);
    expect(loc.lastRow).toBe(5);
    expect(loc.columns).toEqual({ code: 6, title: 7, weight: 8 });
  });
});

describe('two levels without strategic objectives or perspectives', () => {
  test('the objectives are the roots: no stand-in strategic objective', () => {
    const rows: Cell[][] = [
      ['Obiettivo', 'Indicatore', 'Peso', 'Valore atteso', 'Valore a consuntivo'],
      ['Tempi', 'giorni medi', pct(1), 30, 28],
      ['Servizi', 'servizi online', pct(1), 10, 12],
    ];
    const read = readCruscotto(grid(rows), { profile: TEST_PROFILE, planYear: 2024 });
    expect(read.tree.roots.map((r) => [r.level, r.title])).toEqual([
      ['operational', 'Tempi'],
      ['operational', 'Servizi'],
    ]);
  });
});
