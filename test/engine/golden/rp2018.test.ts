/**
 * Sondrio, Relazione sulla Performance 2018: linear scoring with KPI values rounded to 2 decimals,
 * weighted sums, no perspectives, ente = mean of the 3 strategic objectives (98,4 %).
 */
import Decimal from 'decimal.js';
import { getProfile, roundHalfUp, scoreTree } from '../../../src/engine';
import type { Profile } from '../../../src/engine';
import { buildTree2018, readGolden } from './loadGolden';
import { indexScored, reproduce2018 } from './reproduction';

const records = readGolden('sondrio-rp2018.jsonl');
const profile = getProfile('sondrio-2018')!;
const ctx = { planYear: 2018 };
const { result, gaps } = reproduce2018();

const nodes = indexScored(result);
const at = (d: Decimal | null, decimals = 2) => (d === null ? null : roundHalfUp(d, decimals).toFixed(decimals));
const pub = (n: number, decimals = 2) => new Decimal(n).toFixed(decimals);
const actions = records.filter((r) => r.level === 'azione');

describe('RP 2018 tree from the golden data', () => {
  it('has the 3 strategic objectives as roots, 15 operational objectives, 37 actions (2 annulled)', () => {
    expect(result.roots.map((r) => r.node.level)).toEqual(['strategic', 'strategic', 'strategic']);
    const all = [...nodes.values()];
    expect(all.filter((n) => n.node.level === 'operational')).toHaveLength(15);
    expect(all.filter((n) => n.node.level === 'action')).toHaveLength(37);
    expect(all.filter((n) => n.status === 'neutralizzato').map((n) => n.node.code)).toEqual(['2.2c', '3.4a']);
  });

  it('needs no gap: every published action figure follows from the formula or a documented override', () => {
    expect(gaps.size).toBe(0);
  });
});

describe('RP 2018 actions by formula', () => {
  const byFormula = actions.filter((r) => r.reported_pct !== null && (!r.override || r.code === '1.3d'));
  it('covers 29 actions', () => expect(byFormula).toHaveLength(29));
  it.each(byFormula.map((r) => [r.code, r.target, r.result, r.reported_pct] as const))('%s: target %s, result %s -> %s', (code, _t, _r, published) => {
    expect(at(nodes.get(code)!.formulaAchievement)).toBe(pub(published as number));
  });
});

describe('RP 2018 documented overrides ("si propone di ritenere l\'obiettivo raggiunto pienamente")', () => {
  it.each([
    ['1.1b', null], // no count: courses postponed
    ['1.2b', '78.00'], // 0,694 -> 0,69: 60 + 0,45·40
    ['1.4a', '91.83'], // 1.357 of 1.500, soglia 800 = 60 %
    ['2.4c', '0.00'], // 0,9667 against 1 with no soglia: all-or-nothing
    ['2.8a', '70.00'], // 0,8462 -> 0,85
    ['3.4b', '60.00'], // exactly at the soglia
  ])('%s: formula %s, 100 when entered as an override', (code, formula) => {
    const n = nodes.get(code)!;
    expect(at(n.formulaAchievement)).toBe(formula);
    expect(at(n.achievement)).toBe('100.00');
    expect(n.overridden).toBe(true);
  });
});

describe('RP 2018 objectives and ente', () => {
  it.each(records.filter((r) => r.level === 'obiettivo_operativo').map((r) => [r.code, r.reported_pct] as const))('operational %s -> %s', (code, published) => {
    expect(at(nodes.get(code)!.achievement)).toBe(pub(published as number));
  });

  it('OO2.2: 93,69 with the published renormalised weights, 93,68 with the original ones redistributed by the engine', () => {
    expect(nodes.get('2.2')!.achievement!.toString()).toBe('93.688');
    const original = new Map([
      ['2.2a', 25],
      ['2.2b', 15],
      ['2.2c', 5],
      ['2.2d', 35],
      ['2.2e e 2.2f', 20],
    ]);
    const r = indexScored(scoreTree(buildTree2018(records, { weights: original }), profile, ctx));
    expect(at(r.get('2.2')!.achievement)).toBe('93.68');
    expect(at(r.get('2.2a')!.effectiveWeight, 4)).toBe('26.3158');
    expect(at(r.get('2.2c')!.effectiveWeight)).toBe('0.00');
  });

  it('strategic objectives: 100, 95,10 and 100 (the table; the body\'s 93,36 for OS3 is stale)', () => {
    expect(result.roots.map((r) => at(r.achievement))).toEqual(['100.00', '95.10', '100.00']);
    expect(at(result.roots[1].achievement, 3)).toBe('95.103');
  });

  it('gives the ente 98,4 % as the mean of the three strategic objectives', () => {
    expect(at(result.organisation.achievement, 1)).toBe('98.4');
    expect(records.find((r) => r.level === 'ente')!.reported_pct).toBe(98.4);
  });

  it('without the overrides: OO1.2 91,20, OO1.4 91,83, OO2.4 50, OO2.8 82, OO3.4 73,32 (KPIs rounded to 2 decimals)', () => {
    const f = (code: string) => at(nodes.get(code)!.formulaAchievement);
    expect([f('1.2'), f('1.3'), f('1.4'), f('2.4'), f('2.8'), f('3.4')]).toEqual(['91.20', '100.00', '91.83', '50.00', '82.00', '73.32']);
  });

  it('without KPI rounding the analysis figures come back: OO1.2 91,52, OO1.3 99,84, OO2.8 81,54', () => {
    const unrounded: Profile = { ...profile, kpiRoundingDecimals: null };
    const r = indexScored(scoreTree(buildTree2018(records), unrounded, ctx));
    const f = (code: string) => at(r.get(code)!.formulaAchievement);
    expect([f('1.2'), f('1.3'), f('2.8')]).toEqual(['91.52', '99.84', '81.54']);
  });

  it('colours the actions as the report does: verde 100, arancione partial, rosso 0, grigio annulled (L47-60)', () => {
    expect(nodes.get('2.1a')!.status).toBe('raggiunto');
    expect(nodes.get('2.3a')!.status).toBe('parzialmente');
    expect(nodes.get('2.2e e 2.2f')!.status).toBe('parzialmente');
    expect(nodes.get('2.1c')!.status).toBe('non-raggiunto');
    expect(nodes.get('3.4a')!.status).toBe('neutralizzato');
  });
});
