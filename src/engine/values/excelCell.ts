/**
 * Reads the typed values Excel hands over (numbers with their number format, dates, booleans).
 *  - a number with a percent format holds a fraction: 0.0325 in "0.00%" is 3,25 percent points;
 *  - a number with a date format is an Excel date serial;
 *  - a number with a currency format is in euro; a literal "gg"/"mesi" in the format gives days/months;
 *  - any other number is a plain number (unit 'none').
 * Numbers are taken to Excel's 15 significant digits, so 0.1+0.2 reads as 0.3 as Excel shows it.
 * `raw` is the Italian display text ("3,25%", "14/12/2020", "VERO").
 */
import Decimal from 'decimal.js';
import { formatItalianNumber } from '../format';
import type { KpiValue, ParseResult } from '../types';
import { formatCalendarDate, jsDateToCalendar, serialToDate } from './calendar';
import { formatDisplay } from './display';
import { analyseNumberFormat } from './numberFormat';
import { badDate, badExcelDate, notANumber } from './problems';

/**
 * A JS number as a Decimal with Excel's precision (15 significant digits): the Decimal of
 * n.toPrecision(15). Fast paths give the very same Decimal without formatting 15 digits: an integer
 * below 10^15, and a number whose shortest text has at most 15 digits (a double lies far closer to
 * that text than half a unit of the 15th digit). -0 becomes 0, as toPrecision writes it.
 */
export function excelDecimal(n: number): Decimal {
  if (Number.isInteger(n)) return Math.abs(n) < 1e15 ? new Decimal(n === 0 ? 0 : n) : new Decimal(n.toPrecision(15));
  const shortest = String(n);
  // no exponent: the text has a decimal point, so 16 characters hold at most 15 digits
  return shortest.length <= 16 && !shortest.includes('e') ? new Decimal(shortest) : new Decimal(n.toPrecision(15));
}

export function readNumberCell(n: number, numberFormat: string | undefined): ParseResult<KpiValue> {
  if (!Number.isFinite(n)) return { ok: false, problem: notANumber(String(n)) };
  const format = analyseNumberFormat(numberFormat);
  if (format.kind === 'date') {
    const date = serialToDate(n);
    if (!date) return { ok: false, problem: badExcelDate(formatItalianNumber(new Decimal(n), null, false)) };
    return { ok: true, value: { kind: 'date', date, raw: formatCalendarDate(date) } };
  }
  const decimal = excelDecimal(n);
  if (format.kind === 'percent') {
    const points = decimal.times(100);
    const raw = formatDisplay(points, { decimals: format.decimals, grouping: format.grouping, unit: 'percent' });
    return { ok: true, value: { kind: 'number', value: points, unit: 'percent', raw } };
  }
  const raw = formatDisplay(decimal, {
    decimals: format.decimals,
    grouping: format.grouping,
    unit: format.unit,
    euroFirst: format.euroFirst,
  });
  return { ok: true, value: { kind: 'number', value: decimal, unit: format.unit, raw } };
}

export function readDateCell(d: Date): ParseResult<KpiValue> {
  const date = jsDateToCalendar(d);
  if (!date) {
    // the date as an Italian reads it (an ISO text such as 1899-12-30T00:00:00.000Z leaked into a message)
    const two = (n: number) => String(n).padStart(2, '0');
    const raw = Number.isNaN(d.getTime()) ? 'data non valida' : `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    return { ok: false, problem: badDate(raw) };
  }
  return { ok: true, value: { kind: 'date', date, raw: formatCalendarDate(date) } };
}

/** Excel's Italian display of booleans. */
export function readBooleanCell(b: boolean): ParseResult<KpiValue> {
  return { ok: true, value: { kind: 'boolean', value: b, raw: b ? 'VERO' : 'FALSO' } };
}
