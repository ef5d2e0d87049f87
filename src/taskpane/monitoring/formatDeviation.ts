/**
 * A scostamento (result − target of the period, issue 9 item 3) for display, in its unit: "+2,01 p.p.",
 * "-3 giorni", "+1.250,00 €"; a sign on every non-zero figure, rounded half-up only here (Brescia 2019
 * semestrale publishes them with two decimals at most).
 */
import Decimal from 'decimal.js';
import type { DeviationUnit } from '../../engine/monitoring';
import { ENGLISH_SEPARATORS, ITALIAN_SEPARATORS, formatItalianNumber, roundHalfUp } from '../../engine/format';
import type { Language, Strings } from '../i18n/strings';

/** at most `decimals` places, no trailing zeros; euro always with two */
function number(value: Decimal, decimals: number | 'fixed2', language: Language): string {
  const separators = language === 'it' ? ITALIAN_SEPARATORS : ENGLISH_SEPARATORS;
  if (decimals === 'fixed2') return formatItalianNumber(value, 2, true, separators);
  const rounded = roundHalfUp(value, decimals);
  return formatItalianNumber(rounded, Math.min(rounded.decimalPlaces(), decimals), true, separators);
}

export function formatDeviation(deviation: number | null, unit: DeviationUnit | null, t: Strings, language: Language): string {
  if (deviation === null || !Number.isFinite(deviation)) return t.notAvailable;
  const shown = roundHalfUp(new Decimal(deviation), 2);
  // the sign of the figure as shown: no "-0" for a deviation that rounds to zero
  const sign = shown.gt(0) ? '+' : shown.lt(0) ? '-' : '';
  const magnitude = shown.abs();
  const plain = (decimals: number | 'fixed2') => `${sign}${number(magnitude, decimals, language)}`;
  const counted = (one: string, many: string) => `${plain(2)} ${shown.abs().eq(1) ? one : many}`;
  switch (unit) {
    case 'percent':
      return `${plain(2)} ${t.units.points}`;
    case 'euro':
      return language === 'it' ? `${plain('fixed2')} €` : `${sign}€${number(magnitude, 'fixed2', language)}`;
    case 'days':
    case 'date-days':
      return counted(t.units.day, t.units.days);
    case 'months':
      return counted(t.units.month, t.units.months);
    default:
      return plain(2);
  }
}
