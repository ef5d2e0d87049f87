/**
 * Italian display text of numbers read from Excel cells, used as the `raw` of a KpiValue
 * ("3,25%", "€ 1.487.792,29", "1400"). Rounding here is for display only: half-up, as Excel shows.
 */
import type Decimal from 'decimal.js';
import { formatItalianNumber } from '../format';
import type { Unit } from '../types';

export interface DisplayOptions {
  /** decimals to show; null = every significant digit (Excel's General) */
  decimals: number | null;
  grouping: boolean;
  unit: Unit;
  /** euro sign before the digits */
  euroFirst?: boolean;
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
