/**
 * The period of a run (issue 9, "Periodi: monitoraggio al 30/6"): 'consuntivo' = the year-end figures (31/12,
 * the default), 'monitoraggio' = the mid-year monitoring at 30/6, which adds each scored row's scostamento from
 * the target of the period (Brescia 2019, rendicontazione semestrale). One rule and one message for the CLI and
 * the settings.
 */

export const PERIODS = ['consuntivo', 'monitoraggio'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 'consuntivo';

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}

/** "il periodo «trimestre» non è valido: scrivere «consuntivo» (31/12) oppure «monitoraggio» (30/6)" */
export function periodMessage(raw: unknown): string {
  return `il periodo «${String(raw).trim()}» non è valido: scrivere «consuntivo» (31/12) oppure «monitoraggio» (30/6)`;
}

export type PeriodParse = { ok: true; period: Period | null } | { ok: false; message: string };

/** A period as stored or typed (case and spaces ignored); null, undefined and '' = not set. */
export function parsePeriod(raw: unknown): PeriodParse {
  if (raw === null || raw === undefined) return { ok: true, period: null };
  if (typeof raw !== 'string') return { ok: false, message: periodMessage(raw) };
  const text = raw.trim().toLowerCase();
  if (text === '') return { ok: true, period: null };
  return isPeriod(text) ? { ok: true, period: text } : { ok: false, message: periodMessage(raw) };
}
