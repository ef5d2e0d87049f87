/**
 * Regression (issue "Any body's cruscotto", item 1): the Sondrio 2018 shape, where the action's Peso comes
 * after the target and "Risultato 2018" right after it. That result is the measured value the user types
 * (184, 4, 100%), not the action's percentage, so no action may end "non misurato". The 2020 annex, where a
 * plain "Risultato" right after Peso holds percentages beside a measured "Risultato", keeps working
 * (readCruscotto.annex2020.test.ts).
 */
import { getProfile, scoreTree } from '../../../src/engine';
import { readCruscotto } from '../../../src/layout/reader';
import type { ReadResult } from '../../../src/layout/types';
import { grid, merge, pct, LINEAR_PROFILE, type Cell } from './fixtures';
import { actionIds, node } from './treeHelpers';

const GROUPS: Cell[] = ['Obiettivo strategico', '', 'Obiettivo operativo', '', '', 'Azione', '', '', '', '', '', '', '', ''];
const COLUMNS: Cell[] = ['cod.', 'descrizione', 'cod.', 'titolo', 'Peso', 'cod.', 'titolo', 'Indicatore', 'Target', 'Peso', 'Risultato 2018', 'Stato', '% assegnata', 'Motivazione'];
const DATA: Cell[][] = [
  ['1', 'Competitività del territorio', '1.1', 'Alternanza scuola/lavoro', pct(0.4), '1.1a', 'Registro alternanza', 'imprese iscritte', '67=100% - soglia minima 40=60%', pct(0.5), 184, '', '', ''],
  ['', '', '', '', '', '1.1b', 'Corsi', 'corsi attivati', '1=100%', pct(0.5), 4, '', '', ''],
  ['', '', '1.2', 'Qualità', pct(0.6), '1.2a', 'Customer satisfaction', 'quota soddisfatti', '90%=100% - soglia minima 80%=60%', pct(1), pct(1), '', '', ''],
];

function byCol(read: ReadResult): Record<number, string> {
  const out: Record<number, string> = {};
  for (const c of read.layout?.columns ?? []) out[c.col] = `${c.role}${c.year !== undefined ? `@${c.year}` : ''}:${c.io}`;
  return out;
}

describe('Sondrio 2018 shape: Target | Peso | Risultato 2018', () => {
  const read = readCruscotto(grid([GROUPS, COLUMNS, ...DATA], [merge('A1:B1'), merge('C1:E1'), merge('F1:N1')]), { profile: LINEAR_PROFILE, planYear: 2018 });

  test('"Risultato 2018" is the measured value, an input', () => {
    expect(read.diagnostics).toEqual([]);
    expect(byCol(read)).toEqual({
      0: 'strategic.code:input',
      1: 'strategic.title:input',
      2: 'operational.code:input',
      3: 'operational.title:input',
      4: 'operational.weight:input',
      5: 'action.code:input',
      6: 'action.title:input',
      7: 'action.kpi:input',
      8: 'action.target@2018:input', // a target without a year takes its level's year (columnRoles.ts)
      9: 'action.weight:input',
      10: 'action.result@2018:input',
      11: 'action.status:input',
      12: 'action.override:input',
      13: 'action.motivation:input',
    });
  });

  test('the typed results 184, 4 and 100% are read', () => {
    expect(actionIds(read.tree)).toEqual(['1.1a', '1.1b', '1.2a']);
    expect(node(read.tree, '1.1a').action!.result).toMatchObject({ kind: 'number', raw: '184' });
    expect(node(read.tree, '1.1b').action!.result).toMatchObject({ kind: 'number', raw: '4' });
    expect(node(read.tree, '1.2a').action!.result).toMatchObject({ kind: 'number', unit: 'percent', raw: '100%' });
    expect(node(read.tree, '1.1a').weight!.toNumber()).toBe(50);
  });

  test('every action is measured (sondrio-2018: 184 ≥ 67 → 100; 4 ≥ 1 → 100; 100% ≥ 90% → 100)', () => {
    const score = scoreTree(read.tree, getProfile('sondrio-2018')!, { planYear: 2018 });
    const actions = score.roots.flatMap((s) => s.children.flatMap((o) => o.children));
    expect(actions.map((a) => [a.node.id, a.achievement?.toNumber() ?? null])).toEqual([
      ['1.1a', 100],
      ['1.1b', 100],
      ['1.2a', 100],
    ]);
  });
});

describe('one header row of the same shape', () => {
  test('a lone result column of the scored level is measured wherever it sits, with or without a year', () => {
    for (const header of ['Risultato 2018', 'Risultato']) {
      const rows: Cell[][] = [
        ['Cod.', 'Obiettivo strategico', 'Cod.', 'Obiettivo operativo', 'Peso', 'Cod. azione', 'Azione', 'Indicatore', 'Target', 'Peso', header],
        ['1', 'Competitività', '1.1', 'Alternanza', '100%', '1.1a', 'Registro', 'imprese', '67=100% - soglia minima 40=60%', '100%', '184'],
      ];
      const read = readCruscotto(grid(rows), { profile: LINEAR_PROFILE, planYear: 2018 });
      expect(read.layout!.columns.find((c) => c.col === 10)).toMatchObject({ role: 'action.result', io: 'input' });
      expect(node(read.tree, '1.1a').action!.result.raw).toBe('184');
    }
  });

  test('"Risultato" after Peso beside a "Consuntivo" is the percentage; "Consuntivo" is measured', () => {
    const rows: Cell[][] = [
      ['Cod. azione', 'Azione', 'Peso', 'Risultato', 'Target', 'Consuntivo'],
      ['1.1a', 'Registro', '100%', '', '67', '70'],
    ];
    const read = readCruscotto(grid(rows), { profile: LINEAR_PROFILE, planYear: 2018 });
    expect(byCol(read)).toMatchObject({ 3: 'action.output:output', 5: 'action.result:input' });
    expect(node(read.tree, '1.1a').action!.result.raw).toBe('70');
  });
});
