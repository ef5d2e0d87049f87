/** Checks the settings form and turns it into CruscottoSettings, or per-field messages. */
import type { StatusColours } from '../../engine/types';
import { ORGANISATION_NAME_MAX_LENGTH, type CruscottoSettings } from '../../layout/types';
import type { Strings } from '../i18n/strings';

export const COLOUR_KEYS = ['raggiunto', 'parzialmente', 'non-raggiunto', 'neutralizzato'] as const;
export type ColourKey = (typeof COLOUR_KEYS)[number];

export interface SettingsForm {
  profile: string;
  planYear: string;
  /** '' = automatic */
  sheetName: string;
  /** the body's name for the Riepilogo title; '' = none */
  organisationName: string;
  colours: Record<ColourKey, string>;
}

export type SettingsErrors = Partial<Record<'planYear' | 'organisationName' | ColourKey, string>>;

export function formFromSettings(settings: CruscottoSettings): SettingsForm {
  const c = settings.colours ?? {};
  return {
    profile: settings.profile,
    planYear: settings.planYear === null || settings.planYear === undefined ? '' : String(settings.planYear),
    sheetName: settings.sheetName ?? '',
    organisationName: settings.organisationName ?? '',
    colours: {
      raggiunto: c.raggiunto ?? '',
      parzialmente: c.parzialmente ?? '',
      'non-raggiunto': c['non-raggiunto'] ?? '',
      neutralizzato: c.neutralizzato ?? '',
    },
  };
}

/** "#1a2b3c" or "1a2b3c" -> "#1A2B3C"; anything else -> null */
export function normaliseHex(raw: string): string | null {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(raw.trim());
  return m ? `#${m[1].toUpperCase()}` : null;
}

export function validateSettings(
  form: SettingsForm,
  t: Strings,
): { ok: true; settings: CruscottoSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  let planYear: number | null = null;
  const year = form.planYear.trim();
  if (year !== '') {
    const n = /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (!Number.isInteger(n) || n < 1990 || n > 2100) errors.planYear = t.badYear(year);
    else planYear = n;
  }
  // trimmed, at most 120 characters: a longer name is refused, never cut silently
  const organisationName = form.organisationName.trim();
  if (organisationName.length > ORGANISATION_NAME_MAX_LENGTH) {
    errors.organisationName = t.organisationNameTooLong(organisationName.length, ORGANISATION_NAME_MAX_LENGTH);
  }
  const colours: Partial<StatusColours> = {};
  for (const key of COLOUR_KEYS) {
    const raw = form.colours[key].trim();
    if (raw === '') continue;
    const hex = normaliseHex(raw);
    if (hex === null) errors[key] = t.badColour(raw);
    else colours[key] = hex;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const settings: CruscottoSettings = {
    profile: form.profile,
    planYear,
    sheetName: form.sheetName === '' ? null : form.sheetName,
  };
  if (Object.keys(colours).length > 0) settings.colours = colours;
  if (organisationName !== '') settings.organisationName = organisationName;
  return { ok: true, settings };
}
