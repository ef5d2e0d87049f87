/** The plan year: one rule (2000–2100) and one message for the add-in, the .xlsx settings sheet, the CLI and the pane. */

export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;

export function isPlanYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= PLAN_YEAR_MIN && value <= PLAN_YEAR_MAX;
}

/** "l'anno del piano «1850» non è valido: scrivere un anno tra 2000 e 2100, per esempio 2022" */
export function planYearMessage(raw: unknown): string {
  return `l'anno del piano «${String(raw).trim()}» non è valido: scrivere un anno tra ${PLAN_YEAR_MIN} e ${PLAN_YEAR_MAX}, per esempio 2022`;
}

export type PlanYearParse = { ok: true; year: number | null } | { ok: false; message: string };

/** A year as stored or typed: a number, or four digits as text; null, undefined and '' = no year. */
export function parsePlanYear(raw: unknown): PlanYearParse {
  if (raw === null || raw === undefined) return { ok: true, year: null };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: true, year: null };
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    return isPlanYear(year) ? { ok: true, year } : { ok: false, message: planYearMessage(raw) };
  }
  return isPlanYear(raw) ? { ok: true, year: raw } : { ok: false, message: planYearMessage(raw) };
}
