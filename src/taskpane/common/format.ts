/**
 * Display formatting of figures. Figures arrive as numbers from the JSON report; they are rounded
 * here only for display: 2 decimals, half-up (Sondrio RP2020: 96,666… → 96,67 %).
 */
import Decimal from 'decimal.js';
import type { Language } from '../i18n/strings';

/** 96.6666 -> "96,67%" (it) / "96.67%" (en); null or not finite -> "n.d." / "n/a". */
export function formatPercent(value: number | null | undefined, language: Language, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return language === 'it' ? 'n.d.' : 'n/a';
  const fixed = new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const group = language === 'it' ? '.' : ',';
  const point = language === 'it' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const isZero = /^[0.]*$/.test(fixed.replace('-', ''));
  return `${negative && !isZero ? '-' : ''}${grouped}${frac !== undefined ? point + frac : ''}%`;
}

/** True when two report figures differ once rounded for display (so "senza assegnazioni" is worth showing). */
export function differsForDisplay(a: number | null | undefined, b: number | null | undefined, decimals = 2): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return !new Decimal(a).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).eq(new Decimal(b).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
}

/** "eccellente" -> "Eccellente" (bands are written in lower case in some reports). */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase('it-IT') + text.slice(1);
}
