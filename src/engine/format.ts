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
/** For the English task pane and dialogs (Excel's display language not Italian). */
export const ENGLISH_SEPARATORS: Separators = { group: ',', point: '.' };

/** Digit grouping of a non-negative integer string: "1400" -> "1.400". The only place digits are grouped. */
function groupThousands(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

const ZERO_BODY = /^[0.,]+$/;

/**
 * The number formatter every figure and message goes through: `decimals` places rounded half-up (null = every
 * significant digit, as Excel's General), Italian separators by default ("1.234,56"), optional digit grouping.
 * No minus sign on a value shown as zero ("-0,00").
 */
export function formatItalianNumber(value: Decimal, decimals: number | null, grouping = true, separators: Separators = ITALIAN_SEPARATORS): string {
  const fixed = decimals === null ? value.toFixed() : value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const dot = unsigned.indexOf('.');
  const intPart = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const shownInt = grouping ? groupThousands(intPart, separators.group) : intPart;
  const body = dot < 0 || dot === unsigned.length - 1 ? shownInt : `${shownInt}${separators.point}${unsigned.slice(dot + 1)}`;
  return negative && !ZERO_BODY.test(body) ? `-${body}` : body;
}

/** Italian number with exactly `decimals` places: 1400 -> "1.400,00"; null -> "—". */
export function formatDecimal(d: Decimal | null, decimals = 2, separators: Separators = ITALIAN_SEPARATORS): string {
  if (d === null || !d.isFinite()) return '—';
  return formatItalianNumber(d, decimals, true, separators);
}

/** Italian percentage of a value in percent points: 96.666… -> "96,67%", 100 -> "100,00%", null -> "—". */
export function formatPercent(d: Decimal | null, decimals = 2, separators: Separators = ITALIAN_SEPARATORS): string {
  if (d === null || !d.isFinite()) return '—';
  return `${formatDecimal(d, decimals, separators)}%`;
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
