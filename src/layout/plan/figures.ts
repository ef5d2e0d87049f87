/** Converting the engine's Decimals (percent points) into what a sheet cell holds. */
import Decimal from 'decimal.js';
import { decimalToNumber } from '../../engine/decimalNumber';
import type { NodeStatus, ScoredNode } from '../../engine/types';
import { ESITO_TEXT } from '../outputColumns';
import type { CellScalar, OutputKind } from '../types';

/** Excel number format of every percentage the add-in writes: the value is a fraction (0.972 shows as 97,20 %). */
export const PERCENT_FORMAT = '0.00%';

/** 97.2 (percent points) -> 0.972, the value Excel shows as 97,20 % with PERCENT_FORMAT. */
export function toFraction(points: Decimal | null | undefined): number | null {
  if (points === null || points === undefined) return null;
  const n = decimalToNumber(points, 2); // = points.div(100).toNumber(), without the text round trip when short
  return Number.isFinite(n) ? n : null;
}

/** A Decimal as a plain JS number (percent points), unrounded; null stays null. */
export function toPoints(d: Decimal | null | undefined): number | null {
  if (d === null || d === undefined) return null;
  const n = decimalToNumber(d);
  return Number.isFinite(n) ? n : null;
}

/** A threshold in percent points as the decimal literal of its fraction, for a formula: 80 -> "0.8". */
export function fractionLiteral(points: number): string {
  return new Decimal(points).div(100).toFixed();
}

export function esitoText(status: NodeStatus): string {
  return ESITO_TEXT[status];
}

/** The value an output column holds for a node. */
export function figureFor(kind: OutputKind, scored: ScoredNode): CellScalar {
  switch (kind) {
    case 'action.esito':
    case 'esito':
      return esitoText(scored.status);
    case 'strategic.targetAchievement':
      return toFraction(scored.targetAchievement);
    default:
      // a neutralised node has no figure: a dash, so the text of the cell on its left (a Motivazione) does not
      // run into the empty grey cell
      if (scored.status === 'neutralizzato' && scored.achievement === null) return NO_FIGURE;
      return toFraction(scored.achievement);
  }
}

/** What a percentage cell of the add-in shows for a neutralised node (grey, no figure). */
export const NO_FIGURE = '—';
