/**
 * Display formatting of figures. Figures arrive as numbers from the JSON report; they are rounded
 * here only for display: 2 decimals, half-up (Sondrio RP2020: 96,666… → 96,67 %).
 */
import Decimal from 'decimal.js';
import { ENGLISH_SEPARATORS, formatDecimal, roundHalfUp } from '../../engine/format';
import type { Language } from '../i18n/strings';

/** 96.6666 -> "96,67%" (it) / "96.67%" (en); null or not finite -> "n.d." / "n/a". */
export function formatPercent(value: number | null | undefined, language: Language, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return language === 'it' ? 'n.d.' : 'n/a';
  return `${formatDecimal(new Decimal(value), decimals, language === 'it' ? undefined : ENGLISH_SEPARATORS)}%`;
}

/** True when two report figures differ once rounded for display (so "senza assegnazioni" is worth showing). */
export function differsForDisplay(a: number | null | undefined, b: number | null | undefined, decimals = 2): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return !roundHalfUp(new Decimal(a), decimals).eq(roundHalfUp(new Decimal(b), decimals));
}

/** "eccellente" -> "Eccellente" (bands are written in lower case in some reports). */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase('it-IT') + text.slice(1);
}
