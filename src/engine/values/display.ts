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

const ZERO_BODY = /^[0.,]+$/;

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The number alone, Italian style: decimal comma, optional thousands dots. */
export function formatItalianNumber(value: Decimal, decimals: number | null, grouping: boolean): string {
  const fixed = decimals === null ? value.toFixed() : value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const dot = unsigned.indexOf('.');
  const intPart = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const shownInt = grouping ? groupThousands(intPart) : intPart;
  const body = dot < 0 || dot === unsigned.length - 1 ? shownInt : `${shownInt},${unsigned.slice(dot + 1)}`;
  // no minus sign on a value shown as zero ("-0,00")
  return negative && !ZERO_BODY.test(body) ? `-${body}` : body;
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
