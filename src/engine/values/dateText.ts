/**
 * Reads dates and months typed in KPI cells:
 *  - numeric days `14/12/2020`, `30/6/2018`, `31.3.2019`, `14-12-2020`, two-digit years `14/12/20` (= 2020),
 *    ISO `2020-12-14`;
 *  - written days `30 giugno` (plan year), `1° luglio`, `14 novembre 2018`, `14 nov. 2018`;
 *  - months `luglio` (plan year), `maggio 2021`, `fine luglio`, `la fine di luglio`: by the end of that
 *    month (precision 'month', day = last day of the month).
 * The caller strips a leading "entro" (see comparison.ts).
 */
import type { CalendarDate } from '../types';
import { MAX_YEAR, MIN_YEAR, dayDate, isValidDay, monthDate, MONTH_NAMES } from './calendar';

export type DateReading = { ok: true; date: CalendarDate } | { ok: false; detail: string };

const ABBREVIATIONS: Record<string, number> = {
  gen: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  mag: 5,
  giu: 6,
  lug: 7,
  ago: 8,
  set: 9,
  sett: 9,
  ott: 10,
  nov: 11,
  dic: 12,
};

/** Month number of an Italian month name or its abbreviation ("nov", "nov."), or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = (MONTH_NAMES as readonly string[]).indexOf(w);
  if (full >= 0) return full + 1;
  return ABBREVIATIONS[w] ?? null;
}

function isFullMonthName(word: string): boolean {
  return (MONTH_NAMES as readonly string[]).includes(word.toLowerCase());
}

const MONTH_WORD = '(?<month>[a-zà-ú]+\\.?)';
const NUMERIC_DAY_RE = /^(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4}|\d{2})$/;
const ISO_DAY_RE = /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/;
const WRITTEN_DAY_RE = new RegExp(`^(?<d>\\d{1,2})\\s*°?\\s+${MONTH_WORD}(?:\\s+(?<y>\\d{4}))?$`, 'i');
const MONTH_RE = new RegExp(`^(?:(?:la\\s+)?fine\\s+(?:di\\s+)?)?${MONTH_WORD}(?:\\s+(?<y>\\d{4}))?$`, 'i');

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function badYear(year: number): DateReading | null {
  if (!Number.isInteger(year)) return { ok: false, detail: "manca l'anno del piano" };
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, detail: `anno ${year} fuori intervallo` };
  return null;
}

function checkedDay(year: number, month: number, day: number): DateReading {
  const yearProblem = badYear(year);
  if (yearProblem) return yearProblem;
  if (month < 1 || month > 12) return { ok: false, detail: `il mese ${month} non esiste` };
  if (!isValidDay(year, month, day)) {
    return { ok: false, detail: `${MONTH_NAMES[month - 1]} ${year} non ha il giorno ${day}` };
  }
  return { ok: true, date: dayDate(year, month, day) };
}

/**
 * Reads a normalised text as a date. Returns null when the text is not shaped like a date at all,
 * `{ok:false}` when it is shaped like one but is not a real day (31/02/2020, 45/13/2020).
 */
export function readDateText(text: string, planYear: number): DateReading | null {
  let m = NUMERIC_DAY_RE.exec(text) ?? ISO_DAY_RE.exec(text);
  if (m?.groups) {
    return checkedDay(fullYear(m.groups.y), Number(m.groups.m), Number(m.groups.d));
  }
  m = WRITTEN_DAY_RE.exec(text);
  if (m?.groups) {
    const month = monthNumber(m.groups.month);
    if (month === null) return null;
    const year = m.groups.y ? Number(m.groups.y) : planYear;
    return checkedDay(year, month, Number(m.groups.d));
  }
  m = MONTH_RE.exec(text);
  if (m?.groups) {
    const month = monthNumber(m.groups.month);
    if (month === null) return null;
    // a bare abbreviation ("mar", "set") is too ambiguous to be a month without a year
    if (!m.groups.y && !isFullMonthName(m.groups.month)) return null;
    const year = m.groups.y ? Number(m.groups.y) : planYear;
    const yearProblem = badYear(year);
    if (yearProblem) return yearProblem;
    return { ok: true, date: monthDate(year, month) };
  }
  return null;
}
