/**
 * Calendar arithmetic on CalendarDate: validity, month ends, day of year and Excel day serials.
 * Excel serials count days since 1899-12-30 (serial 1 = 1 January 1900); Excel also has a fictitious
 * 29 February 1900 (serial 60), which is rejected here.
 */
import type { CalendarDate } from '../types';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel's last date, 31/12/9999 */
const MAX_SERIAL = 2_958_465;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function dayDate(year: number, month: number, day: number): CalendarDate {
  return { year, month, day, precision: 'day' };
}

/** "luglio": by the end of July, so the day is the last of the month. */
export function monthDate(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month), precision: 'month' };
}

function utcMillis(d: CalendarDate): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not, but our years are >= 1900.
  return Date.UTC(d.year, d.month - 1, d.day);
}

/** Day of the year, 1 January = 1. */
export function dayOfYear(d: CalendarDate): number {
  return Math.round((utcMillis(d) - Date.UTC(d.year, 0, 1)) / MS_PER_DAY) + 1;
}

/** Days since 1899-12-30, as Excel counts from March 1900 on; keeps calendar order for every date. */
export function dateToSerial(d: CalendarDate): number {
  return Math.round((utcMillis(d) - EXCEL_EPOCH) / MS_PER_DAY);
}

/** An Excel date serial (the time of day is dropped) as a calendar day, or null when out of range. */
export function serialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return null;
  // Before the fictitious 29/02/1900 Excel's serials are one day ahead of the real calendar.
  const days = whole < 60 ? whole + 1 : whole;
  const t = new Date(EXCEL_EPOCH + days * MS_PER_DAY);
  return dayDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * A JS Date as a calendar day. exceljs hands dates as UTC midnight; a test or a host may build
 * local-midnight dates. UTC parts are used unless the date is at local midnight but not at UTC midnight.
 */
export function jsDateToCalendar(date: Date): CalendarDate | null {
  if (Number.isNaN(date.getTime())) return null;
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  const localMidnight = date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;
  const useLocal = !utcMidnight && localMidnight;
  const year = useLocal ? date.getFullYear() : date.getUTCFullYear();
  const month = (useLocal ? date.getMonth() : date.getUTCMonth()) + 1;
  const day = useLocal ? date.getDate() : date.getUTCDate();
  return isValidDay(year, month, day) ? dayDate(year, month, day) : null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "14/12/2020" (day precision) or "luglio 2020" (month precision). */
export function formatCalendarDate(d: CalendarDate): string {
  if (d.precision === 'month') return `${MONTH_NAMES[d.month - 1]} ${d.year}`;
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

export const MONTH_NAMES = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
] as const;
