/**
 * The plan year of a run, decided here and nowhere else: the year asked for (settings, --anno) when the sheet
 * has a target column for it (or no year columns at all), else the sheet's first target year, else the
 * current year, which only the back ends know (the pure layers never read the clock).
 */

/**
 * Without any year (no option, no year on the sheet, no current year given: only pure callers such as tests),
 * day-and-month dates ("30 giugno", "luglio") are placed in this year, which is not a leap year.
 */
export const YEARLESS_PLAN_YEAR = 2001;

export interface PlanYearDecision {
  year: number;
  /** Italian, when the year asked for has no target column on the sheet */
  warning: string | null;
}

/**
 * `targetYears`: the years of the sheet's target columns; `firstYear`: the sheet's first year (targets first,
 * else soglie), when it has one.
 */
export function decidePlanYear(requested: number | null | undefined, targetYears: readonly number[], currentYear?: number, firstYear?: number | null): PlanYearDecision {
  const years = [...new Set(targetYears)].sort((a, b) => a - b);
  const first = firstYear ?? (years.length > 0 ? years[0] : undefined);
  if (requested !== undefined && requested !== null) {
    if (first !== undefined && years.length > 0 && !years.includes(requested)) {
      return { year: first, warning: `l'anno ${requested} non ha una colonna di target (anni presenti: ${years.join(', ')}): si usa il ${first}` };
    }
    return { year: requested, warning: null };
  }
  return { year: first ?? currentYear ?? YEARLESS_PLAN_YEAR, warning: null };
}
