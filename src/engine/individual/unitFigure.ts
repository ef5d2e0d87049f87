/**
 * The figure of a unit or area an individual objective links to (RP 2018 §5.4 "Livello di raggiungimento degli
 * obiettivi dell'U.O."): the simple mean of the scored rows the unit answers for, neutralised rows left out; none
 * when one of them has no figure.
 */
import Decimal from 'decimal.js';
import type { ScoredNode } from '../types';
import type { LinkedFigure } from './types';

function meanOf(nodes: readonly ScoredNode[], pick: (n: ScoredNode) => Decimal | null): Decimal | null {
  const values = nodes.filter((n) => n.status !== 'neutralizzato').map(pick);
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0)).dividedBy(values.length);
}

export function unitFigure(nodes: readonly ScoredNode[]): LinkedFigure {
  return { achievement: meanOf(nodes, (n) => n.achievement), achievementWithoutOverrides: meanOf(nodes, (n) => n.formulaAchievement) };
}
