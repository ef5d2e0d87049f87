/**
 * Decimal rounding and Italian display of figures. Rounding is half-up (as Excel's ROUND) and is
 * applied only for display or where a profile says so (SMVP rules), never to intermediate values.
 */
import Decimal from 'decimal.js';

/** Round half-up (away from zero on a tie, like Excel's ROUND) to `decimals` places. */
export function roundHalfUp(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Digit grouping and decimal mark: Italian by default ("1.400,50"); English is { group: ',', point: '.' }. */
export interface Separators {
  group: string;
  point: string;
}

export const ITALIAN_SEPARATORS: Separators = { group: '.', point: ',' };

/** Digit grouping of a non-negative integer string: "1400" -> "1.400". */
function groupThousands(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Italian number with exactly `decimals` places: 1400 -> "1.400,00"; null -> "—". */
export function formatDecimal(d: Decimal | null, decimals = 2, separators: Separators = ITALIAN_SEPARATORS): string {
  if (d === null || !d.isFinite()) return '—';
  const rounded = roundHalfUp(d, decimals);
  const fixed = rounded.abs().toFixed(decimals);
  const [intPart, fracPart] = fixed.split('.');
  const negative = rounded.isNegative() && !rounded.isZero();
  return `${negative ? '-' : ''}${groupThousands(intPart, separators.group)}${fracPart ? separators.point + fracPart : ''}`;
}

/** Italian percentage of a value in percent points: 96.666… -> "96,67%", 100 -> "100,00%", null -> "—". */
export function formatPercent(d: Decimal | null, decimals = 2): string {
  if (d === null || !d.isFinite()) return '—';
  return `${formatDecimal(d, decimals)}%`;
}

/**
 * Italian number with at most `maxDecimals` places and no trailing zeros, for messages:
 * 90 -> "90", 0.972 -> "0,972", 1400 -> "1.400", 99.5 -> "99,5".
 */
export function formatNumber(d: Decimal, maxDecimals = 6): string {
  if (!d.isFinite()) return String(d);
  const rounded = roundHalfUp(d, maxDecimals);
  const places = Math.min(rounded.decimalPlaces(), maxDecimals);
  return formatDecimal(rounded, places);
}
