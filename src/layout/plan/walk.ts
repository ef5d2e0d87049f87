/** Walking the scored tree: every node with its parent, in sheet (pre-)order. */
import type { Level, ScoredNode, ScoreResult } from '../../engine/types';

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

/** Scored nodes of one level, in sheet order. */
export function nodesOfLevel(flat: FlatNode[], level: Level): FlatNode[] {
  return flat.filter((f) => f.scored.node.level === level);
}

/** The name a report uses for a node: its code, or the title for uncoded nodes (perspectives). */
export function nodeLabel(scored: ScoredNode): string {
  return scored.node.code ?? scored.node.title;
}
