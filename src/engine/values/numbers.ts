/**
 * Reads numbers typed the Italian way, with an optional unit.
 *
 * Separator rule (documented for the users' manual):
 *  - a comma is the decimal separator: `0,8462`, `4,0`, `4804,00`;
 *  - dots before a comma, or dots on their own, are thousands separators when every dot is
 *    followed by exactly three digits and the first group has 1-3 digits not starting with 0:
 *    `1.400` = 1400, `1.500.000,50` = 1500000.5;
 *  - a single dot that is not a thousands separator is read as an English-style decimal point:
 *    `2.8` = 2.8, `0.875` = 0.875 (a group cannot start with 0), `1234.5` = 1234.5;
 *  - anything else (`1,500.50`, `1.50.000`, `1,2,3`) is not a number.
 * Units: `%` (percent points: `3,25%` = 3.25), `€`/`euro`/`EUR` before or after the number,
 * days (`gg`, `gg.`, `giorni`, `gg lavorativi`), months (`mesi`, `mese`).
 * Signs: `-13,06`, `- 13,06`, `−13,06` (the text is normalised first), `+5`.
 */
import Decimal from 'decimal.js';
import type { Unit } from '../types';

export interface NumberReading {
  value: Decimal;
  unit: Unit;
}

const EURO = '(?:€|euro|eur)';
const DAYS = '(?:gg\\.?(?:\\s*lav(?:\\.|orativi))?|giorni(?:\\s+lavorativi)?|giorno)';
const MONTHS = '(?:mesi|mese)';

const NUMBER_RE = new RegExp(
  `^(?<pre>${EURO})?\\s*(?<sign>[+-])?\\s*(?<pre2>${EURO})?\\s*(?<digits>\\d[\\d.,]*)\\s*` +
    `(?<suffix>%|${EURO}|${DAYS}|${MONTHS})?$`,
  'i',
);

const THOUSANDS_RE = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;

/** The digit part of a number ("1.500.000,50") as a Decimal, or null when the separators are wrong. */
export function readDigits(digits: string): Decimal | null {
  let plain: string | null = null;
  if (/^\d+$/.test(digits)) plain = digits;
  else if (THOUSANDS_RE.test(digits)) plain = digits.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d+$/.test(digits)) plain = digits.replace(',', '.');
  else if (/^\d+\.\d+$/.test(digits)) plain = digits; // single dot, not a thousands group: English decimal
  return plain === null ? null : new Decimal(plain);
}

function unitOfSuffix(suffix: string | undefined): Unit {
  if (!suffix) return 'none';
  const s = suffix.toLowerCase();
  if (s === '%') return 'percent';
  if (/^(€|euro|eur)$/.test(s)) return 'euro';
  if (/^mes/.test(s)) return 'months';
  return 'days';
}

/**
 * Reads an already normalised text (see normaliseText) as a number with its unit.
 * Returns null when the text is not a number of this shape.
 */
export function readNumberText(text: string): NumberReading | null {
  const m = NUMBER_RE.exec(text);
  if (!m || !m.groups) return null;
  const { pre, sign, pre2, digits, suffix } = m.groups;
  if (pre && pre2) return null;
  const unit = unitOfSuffix(suffix);
  if ((pre || pre2) && suffix) return null; // "€ 5%", "€ 5 €"
  const value = readDigits(digits);
  if (value === null) return null;
  const signed = sign === '-' ? value.negated() : value;
  return { value: signed, unit: pre || pre2 ? 'euro' : unit };
}
