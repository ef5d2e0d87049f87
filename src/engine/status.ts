/**
 * Status (semaforo) and verbal band of a figure. Comparisons use the figure as displayed (2 decimals,
 * half-up), so a cell showing "80,00%" never reads "non raggiunto" against an 80 % threshold.
 * Colour meaning from RP 2018 L47-60: verde reached, arancione partly (above the minimum), rosso not reached, grigio neutralised.
 */
import type Decimal from 'decimal.js';
import { decimalToNumber } from './decimalNumber';
import { roundHalfUp } from './format';
import type { Band, Level, NodeStatus, Profile } from './types';

const DISPLAY_DECIMALS = 2;

/**
 * Status of a figure: `reachedAt` or more -> raggiunto; from `partialFloor` up -> parzialmente
 * (when partialFloor is 0: anything above 0); below -> non-raggiunto; null -> non-misurato.
 */
export function statusOf(value: Decimal | null, reachedAt: number | Decimal, partialFloor: number): NodeStatus {
  return statusOfShown(shownFigure(value), Number(reachedAt), partialFloor);
}

/**
 * The figure as displayed (2 decimals, half-up), as a number for comparisons; null for no figure.
 * A value with 2 decimals converts to the nearest double, which keeps the order: safe to compare as numbers.
 */
export function shownFigure(value: Decimal | null): number | null {
  if (value === null || !value.isFinite()) return null;
  // a figure with at most 2 decimals (100, 80, 97,5 ...) is its own rounding
  return decimalToNumber(value.decimalPlaces() <= DISPLAY_DECIMALS ? value : roundHalfUp(value, DISPLAY_DECIMALS));
}

/** statusOf on a figure already as displayed (see shownFigure). */
export function statusOfShown(shown: number | null, reachedAt: number, partialFloor: number): NodeStatus {
  if (shown === null) return 'non-misurato';
  if (shown >= reachedAt) return 'raggiunto';
  const partial = partialFloor <= 0 ? shown > 0 : shown >= partialFloor;
  return partial ? 'parzialmente' : 'non-raggiunto';
}

/** Figures of a node that decide its status. */
export interface StatusFigures {
  achievement: Decimal | null;
  /** a strategic objective's min(100, achievement / target); when present it decides (reached = 100) */
  targetAchievement?: Decimal | null;
  neutralised?: boolean;
}

/** Status of a node of the given level (or of the ente) with the profile's thresholds. */
export function levelStatus(level: Level | 'organisation', figures: StatusFigures, profile: Profile): NodeStatus {
  if (figures.neutralised) return 'neutralizzato';
  const t = figures.targetAchievement;
  const byTarget = level === 'strategic' && t !== undefined && t !== null;
  return levelStatusShown(level, shownFigure(byTarget ? t : figures.achievement), byTarget, profile);
}

/**
 * levelStatus of a node that is not neutralised, on the deciding figure already as displayed:
 * for a strategic objective with a % raggiungimento (`byTarget`) that one, else the achievement.
 */
export function levelStatusShown(level: Level | 'organisation', shown: number | null, byTarget: boolean, profile: Profile): NodeStatus {
  const s = profile.status;
  switch (level) {
    case 'action':
      return statusOfShown(shown, Number(s.actionReached), s.partialFloor);
    case 'operational':
    case 'leafGroup':
      // the level above the scored rows is judged as an operational objective (same threshold)
      return statusOfShown(shown, Number(s.operationalReached), s.partialFloor);
    case 'strategic':
      // RP 2020 L59: a strategic objective is reached when its result is at or above its own target.
      if (byTarget) return statusOfShown(shown, 100, s.partialFloor);
      return statusOfShown(shown, Number(s.aggregateReached), s.partialFloor);
    default:
      return statusOfShown(shown, Number(s.aggregateReached), s.partialFloor);
  }
}

/** Verbal band of a figure: the band with the highest `min` not above the value (as displayed); null if none. */
export function bandOf(value: Decimal | null, bands: Band[]): string | null {
  return bandOfShown(shownFigure(value), bands);
}

/** bandOf on a figure already as displayed (see shownFigure). */
export function bandOfShown(shown: number | null, bands: Band[]): string | null {
  if (shown === null) return null;
  let best: Band | null = null;
  for (const b of bands) {
    if (shown >= b.min && (best === null || b.min > best.min)) best = b;
  }
  return best ? best.label : null;
}

/** Fill colour of a status (null for non-misurato: no fill). */
export function statusColour(status: NodeStatus, profile: Profile): string | null {
  return status === 'non-misurato' ? null : profile.colours[status];
}
