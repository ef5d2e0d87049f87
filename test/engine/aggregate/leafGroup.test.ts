/**
 * The level between the operational objectives and the scored rows ('leafGroup': an Azione over its weighted
 * Indicatori, five-level sheets). Figures by hand.
 */
import { getProfile, scoreTree } from '../../../src/engine';
import type { PerformanceNode, Profile, ScoredNode } from '../../../src/engine';
import { CTX, group, scoredAction } from '../helpers';

const s20 = getProfile('sondrio-2020')!;

function find(nodes: ScoredNode[], id: string): ScoredNode {
  for (const n of nodes) {
    if (n.node.id === id) return n;
    try {
      return find(n.children, id);
    } catch {
      /* next */
    }
  }
  throw new Error(id);
}

/** OS 1 > OO 1.1 > azioni 1.1.1 (peso 60: indicatori 80 / 100, pesi 50 / 50) e 1.1.2 (peso 40: indicatore 60) */
function fiveLevels(profile: Profile, weights: [number, number] = [50, 50]) {
  const groups: PerformanceNode[] = [
    group('leafGroup', '1.1.1', [scoredAction('1.1.1.1', 80, weights[0]), scoredAction('1.1.1.2', 100, weights[1])], 60),
    group('leafGroup', '1.1.2', [scoredAction('1.1.2.1', 60, 100)], 40),
  ];
  return scoreTree({ roots: [group('strategic', '1', [group('operational', '1.1', groups, 100)])] }, profile, CTX);
}

describe('leafGroup', () => {
  test('weighted by default: 0,5×80 + 0,5×100 = 90; OO = 0,6×90 + 0,4×60 = 78', () => {
    const r = fiveLevels(s20);
    expect(s20.aggregation.leafGroup).toBeUndefined();
    expect(find(r.roots, '1.1.1').achievement!.toNumber()).toBe(90);
    expect(find(r.roots, '1.1.2').achievement!.toNumber()).toBe(60);
    expect(find(r.roots, '1.1').achievement!.toNumber()).toBe(78);
    // ente = 78 / 80 × 100
    expect(r.organisation.achievement!.toNumber()).toBe(97.5);
  });

  test("the profile's rule applies when given: pesi 30 / 70 weigh 0,3×80 + 0,7×100 = 94, a simple mean gives 90", () => {
    expect(find(fiveLevels(s20, [30, 70]).roots, '1.1.1').achievement!.toNumber()).toBe(94);
    const mean = { ...s20, aggregation: { ...s20.aggregation, leafGroup: 'mean' as const } };
    const r = fiveLevels(mean, [30, 70]);
    expect(find(r.roots, '1.1.1').achievement!.toNumber()).toBe(90);
    expect(find(r.roots, '1.1.2').achievement!.toNumber()).toBe(60);
  });

  test('status as an operational objective: reached at the operational threshold (80)', () => {
    const r = fiveLevels(s20);
    expect(find(r.roots, '1.1.1').status).toBe('raggiunto');
    expect(find(r.roots, '1.1.2').status).toBe('parzialmente');
  });
});
