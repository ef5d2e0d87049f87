/** Small helpers to look into a PerformanceTree in the reader's tests. */
import type { PerformanceNode, PerformanceTree } from '../../../src/engine/types';

export function allNodes(tree: PerformanceTree): PerformanceNode[] {
  const out: PerformanceNode[] = [];
  const walk = (n: PerformanceNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  tree.roots.forEach(walk);
  return out;
}

export function node(tree: PerformanceTree, id: string): PerformanceNode {
  const found = allNodes(tree).find((n) => n.id === id);
  if (!found) throw new Error(`node ${id} not found; ids: ${allNodes(tree).map((n) => n.id).join(', ')}`);
  return found;
}

export function childIds(tree: PerformanceTree, id: string): string[] {
  return node(tree, id).children.map((c) => c.id);
}

export function actionIds(tree: PerformanceTree): string[] {
  return allNodes(tree)
    .filter((n) => n.level === 'action')
    .map((n) => n.id);
}
