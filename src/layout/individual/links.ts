/**
 * A link of an individual objective, resolved against the cruscotto's scored tree: a node's code (RP 2020 §3.4:
 * each objective of the Segretario Generale is a cruscotto action), or a unit/area, meaning all the scored rows
 * whose Relatore/Responsabile column names it (RP 2018 §5.4 "Livello di raggiungimento degli obiettivi
 * dell'U.O."): their figure by the engine's rule (unitFigure).
 */
import { unitFigure, type LinkedFigure } from '../../engine/individual';
import type { ScoredNode, ScoreResult } from '../../engine/types';
import { flattenScores } from '../plan/walk';
import { cellAt, cellText } from '../reader/cellText';
import { headerKey } from '../reader/normalise';
import type { ReadResult, SheetGrid } from '../types';

export interface LinkIndex {
  resolve(text: string): LinkedFigure | null;
}

const key = (text: string) => headerKey(text).replace(/\s+/g, ' ');

export function linkIndex(read: ReadResult, score: ScoreResult, grid: SheetGrid | null): LinkIndex {
  const byCode = new Map<string, ScoredNode>();
  const byUnit = new Map<string, ScoredNode[]>();
  const ownerCol = read.layout?.columns.find((c) => c.role === 'action.owner')?.col;
  for (const { scored } of flattenScores(score)) {
    const code = scored.node.code?.trim();
    if (code) byCode.set(code.toLowerCase(), scored);
    if (ownerCol === undefined || !grid || scored.node.level !== 'action') continue;
    const row = read.locations.get(scored.node.id)?.row;
    if (row === undefined) continue;
    const owner = key(cellText(cellAt(grid.cells, row, ownerCol)));
    if (owner === '') continue;
    const list = byUnit.get(owner);
    if (list) list.push(scored);
    else byUnit.set(owner, [scored]);
  }
  return {
    resolve(text: string): LinkedFigure | null {
      const node = byCode.get(text.trim().replace(/^(azione|obiettivo)\s+/i, '').toLowerCase());
      if (node) return { achievement: node.achievement, achievementWithoutOverrides: node.formulaAchievement, overridden: node.overridden };
      const unit = byUnit.get(key(text));
      if (unit) return unitFigure(unit);
      return null;
    },
  };
}
