/**
 * A scostamento (result − target of the period, issue 9 item 3) as text, in its unit: "+2,01 p.p.", "-3 giorni",
 * "+1.250,00 €", and a composite target's scostamenti in order, "+266 e +4" (Brescia 2019 semestrale, 2.1.1/2). A
 * sign on every non-zero figure; rounded half-up to 2 decimals only here (the document publishes two at most).
 * One rule for the Riepilogo (Italian) and the task pane (its language). Pure.
 */
import Decimal from 'decimal.js';
import type { DeviationUnit } from '../engine/monitoring';
import { ENGLISH_SEPARATORS, ITALIAN_SEPARATORS, formatItalianNumber, roundHalfUp } from '../engine/format';

export interface DeviationWords {
  language: 'it' | 'en';
  /** "n.d." */
  notAvailable: string;
  /** "e" between a composite target's scostamenti */
  and: string;
  units: { points: string; day: string; days: string; month: string; months: string };
}

export const ITALIAN_DEVIATION_WORDS: DeviationWords = {
  language: 'it',
  notAvailable: 'n.d.',
  and: 'e',
  units: { points: 'p.p.', day: 'giorno', days: 'giorni', month: 'mese', months: 'mesi' },
};

/** at most `decimals` places, no trailing zeros; euro always with two */
function number(value: Decimal, decimals: number | 'fixed2', language: 'it' | 'en'): string {
  const separators = language === 'it' ? ITALIAN_SEPARATORS : ENGLISH_SEPARATORS;
  if (decimals === 'fixed2') return formatItalianNumber(value, 2, true, separators);
  const rounded = roundHalfUp(value, decimals);
  return formatItalianNumber(rounded, Math.min(rounded.decimalPlaces(), decimals), true, separators);
}

function one(deviation: number, unit: DeviationUnit | null, w: DeviationWords): string {
  const shown = roundHalfUp(new Decimal(deviation), 2);
  // the sign of the figure as shown: no "-0" for a deviation that rounds to zero
  const sign = shown.gt(0) ? '+' : shown.lt(0) ? '-' : '';
  const magnitude = shown.abs();
  const plain = (decimals: number | 'fixed2') => `${sign}${number(magnitude, decimals, w.language)}`;
  const counted = (singular: string, plural: string) => `${plain(2)} ${magnitude.eq(1) ? singular : plural}`;
  switch (unit) {
    case 'percent':
      return `${plain(2)} ${w.units.points}`;
    case 'euro':
      return w.language === 'it' ? `${plain('fixed2')} €` : `${sign}€${number(magnitude, 'fixed2', w.language)}`;
    case 'days':
    case 'date-days':
      return counted(w.units.day, w.units.days);
    case 'months':
      return counted(w.units.month, w.units.months);
    default:
      return plain(2);
  }
}

export function formatDeviation(
  figure: { deviation: number | null; unit: DeviationUnit | null; components?: readonly number[] },
  words: DeviationWords = ITALIAN_DEVIATION_WORDS,
): string {
  if (figure.deviation === null && figure.components && figure.components.length > 0 && figure.components.every(Number.isFinite)) {
    return figure.components.map((c) => one(c, figure.unit, words)).join(` ${words.and} `);
  }
  if (figure.deviation === null || !Number.isFinite(figure.deviation)) return words.notAvailable;
  return one(figure.deviation, figure.unit, words);
}
