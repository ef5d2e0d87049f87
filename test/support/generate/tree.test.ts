/**
 * The generated trees the engine benchmark scores (bench/engine.ts). Only correctness is tested here; the
 * benchmark itself (timings, memory) runs with `npm run bench`, never under jest.
 */
import { getProfile, scoreTree } from '../../../src/engine';
import type { PerformanceNode } from '../../../src/engine';
import { generateTree } from './tree';

function countActions(nodes: PerformanceNode[]): number {
  return nodes.reduce((n, x) => n + (x.level === 'action' ? 1 : countActions(x.children)), 0);
}

describe('engine benchmark trees', () => {
  it('generates trees of exactly the requested size, the same for the same seed', () => {
    expect(countActions(generateTree(1_000).roots)).toBe(1_000);
    expect(countActions(generateTree(37).roots)).toBe(37);
    expect(JSON.stringify(generateTree(200))).toBe(JSON.stringify(generateTree(200)));
    expect(JSON.stringify(generateTree(200, 1))).not.toBe(JSON.stringify(generateTree(200, 2)));
  });

  it('scores a generated tree with figures everywhere', () => {
    const r = scoreTree(generateTree(500), getProfile('sondrio-2020')!, { planYear: 2024 });
    expect(r.organisation.achievement).not.toBeNull();
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });
});
