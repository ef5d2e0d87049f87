/** Walking the scored tree: every node with its parent, in sheet (pre-)order. */
import type { ScoredNode, ScoreResult } from '../../engine/types';

export interface FlatNode {
  scored: ScoredNode;
  parent: ScoredNode | null;
  /** perspective, strategic objective, ... above this node (nearest first) */
  depth: number;
}

/** All scored nodes in pre-order (parent before children, children in sheet order). */
export function flattenScores(score: ScoreResult): FlatNode[] {
  const out: FlatNode[] = [];
  const visit = (scored: ScoredNode, parent: ScoredNode | null, depth: number): void => {
    out.push({ scored, parent, depth });
    for (const child of scored.children) visit(child, scored, depth + 1);
  };
  for (const root of score.roots) visit(root, null, 0);
  return out;
}

