/**
 * Italian display text of numbers read from Excel cells, used as the `raw` of a KpiValue
 * ("3,25%", "€ 1.487.792,29", "1400"). Rounding here is for display only: half-up, as Excel shows.
 */
import Decimal from 'decimal.js';
import type { Unit } from '../types';

export interface DisplayOptions {
  /** decimals to show; null = every significant digit (Excel's General) */
  decimals: number | null;
  grouping: boolean;
  unit: Unit;
  /** euro sign before the digits */
  euroFirst?: boolean;
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The number alone, Italian style: decimal comma, optional thousands dots. */
export function formatItalianNumber(value: Decimal, decimals: number | null, grouping: boolean): string {
  const fixed = decimals === null ? value.toFixed() : value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith('-');
  const [intPart, fracPart] = (negative ? fixed.slice(1) : fixed).split('.');
  const shownInt = grouping ? groupThousands(intPart) : intPart;
  const body = fracPart ? `${shownInt},${fracPart}` : shownInt;
  const isZero = /^[0.,]+$/.test(body);
  return negative && !isZero ? `-${body}` : body;
}

/** The number with its unit as a person would type it: "3,25%", "€ 165,80", "28 gg", "10 mesi". */
export function formatDisplay(value: Decimal, options: DisplayOptions): string {
  const n = formatItalianNumber(value, options.decimals, options.grouping);
  switch (options.unit) {
    case 'percent':
      return `${n}%`;
    case 'euro':
      return options.euroFirst ? `€ ${n}` : `${n} €`;
    case 'days':
      return `${n} gg`;
    case 'months':
      return `${n} mesi`;
    default:
      return n;
  }
}
