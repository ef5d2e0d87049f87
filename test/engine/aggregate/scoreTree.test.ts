import Decimal from 'decimal.js';
import { getProfile, scoreTree } from '../../../src/engine';
import type { PerformanceNode, PerformanceTree, Profile, ScoredNode } from '../../../src/engine';
import { CTX, D, action, group, num, scoredAction, spec, th } from '../helpers';

const s20 = getProfile('sondrio-2020')!;
const s18 = getProfile('sondrio-2018')!;
const pavia = getProfile('pavia')!;

const str = (d: Decimal | null) => (d === null ? null : d.toDecimalPlaces(10).toString());

function find(nodes: ScoredNode[], id: string): ScoredNode {
  for (const n of nodes) {
    if (n.node.id === id) return n;
    const f = n.children.length ? findOrNull(n.children, id) : null;
    if (f) return f;
  }
  throw new Error(id);
}
function findOrNull(nodes: ScoredNode[], id: string): ScoredNode | null {
  try {
    return find(nodes, id);
  } catch {
    return null;
  }
}

/** one perspective > one strategic objective > one operational objective with the given actions */
function single(actions: PerformanceNode[], profile: Profile = s20): ReturnType<typeof scoreTree> {
  const tree: PerformanceTree = { roots: [group('perspective', null, [group('strategic', '1', [group('operational', '1.1', actions, 100)])])] };
  return scoreTree(tree, profile, CTX);
}

describe('weighted sums', () => {
  it('sums action weights into the operational objective (RP 2020 3.3 = 84)', () => {
    const r = single([
      scoredAction('1.1.1', 60, 40),
      scoredAction('1.1.2', 100, 20),
      scoredAction('1.1.3', 100, 15),
      scoredAction('1.1.4', 100, 10),
      scoredAction('1.1.5', 100, 5),
      scoredAction('1.1.6', 100, 5),
      scoredAction('1.1.7', 100, 5),
    ]);
    expect(str(find(r.roots, '1.1').achievement)).toBe('84');
    expect(r.diagnostics).toEqual([]);
  });

  it('warns when weights do not add up to 100 and normalises by their sum', () => {
    const r = single([scoredAction('1.1.1', 100, 50), scoredAction('1.1.2', 60, 40)]);
    expect(str(find(r.roots, '1.1').achievement)).toBe(str(D(5000 + 2400).div(90)));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'weights-sum', nodeId: '1.1', field: 'weight', message: "i pesi delle azioni dell'obiettivo 1.1 sommano a 90, non a 100: sono stati riproporzionati a 100 (ogni peso diviso per la loro somma)" }),
    ]);
  });

  it('uses equal weights when a level has none, silently', () => {
    const r = single([scoredAction('1.1.1', 100), scoredAction('1.1.2', 60)]);
    expect(str(find(r.roots, '1.1').achievement)).toBe('80');
    expect(str(find(r.roots, '1.1.1').effectiveWeight)).toBe('50');
    expect(r.diagnostics).toEqual([]);
  });

  it('uses equal weights with a warning when only some weights are missing', () => {
    const r = single([scoredAction('1.1.1', 100, 70), scoredAction('1.1.2', 60)]);
    expect(str(find(r.roots, '1.1').achievement)).toBe('80');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'weights-missing', field: 'weight' })]);
    expect(r.diagnostics[0].message).toContain('1.1.2');
  });

  it('reports a negative weight and ignores it', () => {
    const r = single([scoredAction('1.1.1', 100, -10), scoredAction('1.1.2', 60, 100)]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['bad-weight', 'weights-missing']);
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', nodeId: '1.1.1', field: 'weight' }));
  });
});

describe('neutralised actions', () => {
  // RP 2018 OO3.4: 3.4a (40 %) annulled, 3.4b and 3.4c become 66,7 and 33,3
  const tree = () => [
    scoredAction('3.4a', 100, 40, { neutralised: true }),
    scoredAction('3.4b', 100, 40),
    scoredAction('3.4c', 40, 20),
  ];

  it('excludes them and shares their weight in proportion (effectiveWeight)', () => {
    const r = single(tree());
    expect(str(find(r.roots, '1.1').achievement)).toBe('80'); // (40·100 + 20·40) / 60
    const a = find(r.roots, '3.4a');
    expect(a.status).toBe('neutralizzato');
    expect(a.achievement).toBeNull();
    expect(str(a.effectiveWeight)).toBe('0');
    expect(str(find(r.roots, '3.4b').effectiveWeight)).toBe(str(D(200).div(3)));
    expect(str(find(r.roots, '3.4c').effectiveWeight)).toBe(str(D(100).div(3)));
    expect(r.diagnostics).toEqual([]); // 40+40+20 = 100: no weight warning
  });

  it('marks an objective whose actions are all neutralised as neutralised', () => {
    const r = single([scoredAction('a', 100, 50, { neutralised: true }), scoredAction('b', 100, 50, { neutralised: true })]);
    const op = find(r.roots, '1.1');
    expect(op.status).toBe('neutralizzato');
    expect(op.achievement).toBeNull();
  });
});

describe('children without a value', () => {
  it('are left out with the weight renormalised and a warning', () => {
    const r = single([scoredAction('1.1.1', 100, 50), scoredAction('1.1.2', null, 30), scoredAction('1.1.3', 60, 20)]);
    expect(str(find(r.roots, '1.1').achievement)).toBe(str(D(5000 + 1200).div(70)));
    const w = r.diagnostics.find((d) => d.code === 'children-not-measured')!;
    expect(w).toEqual(expect.objectContaining({ severity: 'warning', nodeId: '1.1' }));
    expect(w.message).toContain('1.1.2');
    expect(find(r.roots, '1.1.2').status).toBe('non-misurato');
  });

  it('make a node null when none has a value, and the null travels up', () => {
    const r = single([scoredAction('1.1.1', null, 50), scoredAction('1.1.2', null, 50)]);
    expect(find(r.roots, '1.1').achievement).toBeNull();
    expect(find(r.roots, '1').achievement).toBeNull();
    expect(r.organisation.achievement).toBeNull();
    expect(r.organisation.status).toBe('non-misurato');
    expect(r.diagnostics.filter((d) => d.code === 'nothing-measured').map((d) => d.nodeId)).toEqual(['1.1', '1', expect.any(String), undefined]);
  });

  it('warns about an objective with no actions at all', () => {
    const r = scoreTree({ roots: [group('strategic', '1', [group('operational', '1.1', [])])] }, s20, CTX);
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ code: 'no-children', nodeId: '1.1' }));
    expect(find(r.roots, '1.1').achievement).toBeNull();
  });
});

describe('strategic objectives, perspectives and the ente (Sondrio 2020)', () => {
  /** a strategic objective whose only operational objective scores `pct` */
  const strategic = (code: string, pct: number, target?: number) =>
    group('strategic', code, [group('operational', `${code}.1`, [scoredAction(`${code}.1.1`, pct, 100)], 100)], undefined, target);

  it('caps the strategic % raggiungimento at 100 against its own target or the default 80', () => {
    const r = scoreTree({ roots: [group('perspective', null, [strategic('1', 90.4), strategic('8', 70, 100), strategic('2', 60)])] }, s20, CTX);
    expect(str(find(r.roots, '1').targetAchievement)).toBe('100'); // 90,4 / 80
    expect(str(find(r.roots, '8').targetAchievement)).toBe('70'); // 70 / 100
    expect(str(find(r.roots, '2').targetAchievement)).toBe('75'); // 60 / 80
    expect(find(r.roots, '1').status).toBe('raggiunto');
    expect(find(r.roots, '8').status).toBe('parzialmente');
    expect(find(r.roots, '8').band).toBe('Adeguata');
  });

  it('averages the uncapped strategic results into the perspective and the capped % into the ente (RP 2020 §3.4-3.5)', () => {
    const p1 = group('perspective', null, [strategic('1', 97.2), strategic('2', 90.4)]);
    const p4 = group('perspective', null, [strategic('8', 70, 100), strategic('9', 100, 100)]);
    const r = scoreTree({ roots: [p1, p4] }, s20, CTX);
    expect(str(r.roots[0].achievement)).toBe('93.8');
    expect(str(r.roots[1].achievement)).toBe('85');
    expect(str(r.organisation.achievement)).toBe(str(D(370).div(4))); // (100 + 100 + 70 + 100) / 4
  });

  it('can feed the perspective with the % raggiungimento instead', () => {
    const profile: Profile = { ...s20, aggregation: { ...s20.aggregation, perspectiveFrom: 'targetAchievement' } };
    const r = scoreTree({ roots: [group('perspective', null, [strategic('1', 97.2), strategic('2', 90.4)])] }, profile, CTX);
    expect(str(r.roots[0].achievement)).toBe('100');
  });

  it('reports a strategic target that is not positive', () => {
    const r = scoreTree({ roots: [strategic('1', 90, 0)] }, s20, CTX);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'bad-node-target', field: 'target', nodeId: '1' })]);
    expect(find(r.roots, '1').targetAchievement).toBeNull();
  });
});

describe('overrides through the tree', () => {
  it('computes every level with and without overrides and flags the path', () => {
    const overridden = action('8.1.1', spec(num(95, 'percent'), num('105.34', 'percent'), [th(num(98, 'percent'), 80), th(num(100, 'percent'), 60)], { override: { achievement: D(60), motivation: "sentito l'OIV" } }), 50);
    const tree = {
      roots: [group('strategic', '8', [group('operational', '8.1', [overridden, scoredAction('8.1.2', 100, 25), scoredAction('8.1.3', 60, 25)], 100)], undefined, 100)],
    };
    const r = scoreTree(tree, s20, CTX);
    const op = find(r.roots, '8.1');
    expect(str(op.achievement)).toBe('70');
    expect(str(op.formulaAchievement)).toBe('40');
    expect(op.overridden).toBe(true);
    expect(str(find(r.roots, '8').targetAchievementWithoutOverrides)).toBe('40');
    expect(str(r.organisation.achievement)).toBe('70');
    expect(str(r.organisation.achievementWithoutOverrides)).toBe('40');
    expect(find(r.roots, '8.1.2').overridden).toBe(false);
  });
});

describe('trees without perspectives and other profiles', () => {
  it('takes strategic objectives as roots (Sondrio 2018) and averages their results for the ente', () => {
    const os = (code: string, pct: number) => group('strategic', code, [group('operational', `${code}.1`, [scoredAction(`${code}.1.a`, pct, 100)], 100)]);
    const r = scoreTree({ roots: [os('1', 100), os('2', 95.1), os('3', 100)] }, s18, CTX);
    expect(str(r.organisation.achievement)).toBe(str(D('295.1').div(3)));
    expect(str(r.roots[1].effectiveWeight)).toBe(str(D(100).div(3)));
  });

  it('Pavia: flat mean of all rows in a perspective, mean of perspectives for the ente', () => {
    const p1 = group('perspective', null, [
      group('strategic', '1', [group('operational', '1.1', [scoredAction('a', 100), scoredAction('b', 50)]), group('operational', '1.2', [scoredAction('c', 90)])]),
    ]);
    const p2 = group('perspective', null, [group('strategic', '2', [group('operational', '2.1', [scoredAction('d', 40)])])]);
    const r = scoreTree({ roots: [p1, p2] }, pavia, CTX);
    expect(str(find(r.roots, '1').achievement)).toBe('82.5'); // mean of 75 and 90
    expect(str(r.roots[0].achievement)).toBe('80'); // flat: (100 + 50 + 90) / 3
    expect(r.roots[0].children[0].effectiveWeight).toBeNull();
    expect(str(r.organisation.achievement)).toBe('60');
  });

  it('Pavia without perspectives falls back to the strategic objectives for the ente', () => {
    const r = scoreTree({ roots: [group('strategic', '1', [group('operational', '1.1', [scoredAction('a', 80)])]), group('strategic', '2', [group('operational', '2.1', [scoredAction('b', 40)])])] }, pavia, CTX);
    expect(str(r.organisation.achievement)).toBe('60');
  });

  it('supports a weighted ente and a flat-mean ente', () => {
    const roots = [
      group('strategic', '1', [group('operational', '1.1', [scoredAction('a', 100), scoredAction('b', 100), scoredAction('c', 100)])], 75),
      group('strategic', '2', [group('operational', '2.1', [scoredAction('d', 20)])], 25),
    ];
    const weighted: Profile = { ...s18, aggregation: { ...s18.aggregation, organisation: 'weighted' } };
    expect(str(scoreTree({ roots }, weighted, CTX).organisation.achievement)).toBe('80');
    const flat: Profile = { ...s18, aggregation: { ...s18.aggregation, organisation: 'flat-mean' } };
    expect(str(scoreTree({ roots }, flat, CTX).organisation.achievement)).toBe('80'); // (100·3 + 20) / 4
  });
});

describe('robustness', () => {
  it('reports an action node without data', () => {
    const bare: PerformanceNode = { id: 'x', level: 'action', code: 'x', title: 'x', children: [] };
    const r = single([bare, scoredAction('y', 100)]);
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'missing-action-data', nodeId: 'x' }));
  });

  it('puts the action id on action diagnostics', () => {
    const r = single([action('1.1.1', spec(num(4), { kind: 'empty', raw: '' }), 100)]);
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ code: 'missing-result', nodeId: '1.1.1', field: 'result' }));
  });

  it('never throws: a broken tree gives an error diagnostic', () => {
    const broken = { roots: [{ id: 'p', level: 'perspective', code: null, title: 'p', children: null }] } as unknown as PerformanceTree;
    const r = scoreTree(broken, s20, CTX);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'internal-error' })]);
    expect(r.organisation.achievement).toBeNull();
    const cyclic: PerformanceNode = { id: 'c', level: 'strategic', code: 'c', title: 'c', children: [] };
    cyclic.children.push(cyclic);
    expect(scoreTree({ roots: [cyclic] }, s20, CTX).diagnostics[0].code).toBe('internal-error');
  });

  it('scores an empty tree as not measured', () => {
    const r = scoreTree({ roots: [] }, s20, CTX);
    expect(r.organisation).toEqual({ achievement: null, achievementWithoutOverrides: null, band: null, status: 'non-misurato' });
  });
});
