/**
 * Checks the settings form and turns it into CruscottoSettings, or per-field messages. The rules are
 * src/layout/settings's, the same the add-in, the .xlsx settings sheet and the CLI apply; the messages
 * come from the pane's strings (Italian or English). The column mapping is not edited here: it is carried
 * through unchanged (and checked), so saving the other settings never loses it.
 */
import { parseMapping } from '../../layout/mapping/parseMapping';
import { COLOUR_KEYS, DEFAULT_PERIOD, normaliseHex, parseOrganisationName, parsePeriod, parsePlanYear, type ColourKey, type Period } from '../../layout/settings';
import type { StatusColours } from '../../engine/types';
import { ORGANISATION_NAME_MAX_LENGTH, type ColumnMapping, type CruscottoSettings } from '../../layout/types';
import type { Strings } from '../i18n/strings';

export { COLOUR_KEYS, normaliseHex, type ColourKey };

export interface SettingsForm {
  profile: string;
  planYear: string;
  /** '' = automatic */
  sheetName: string;
  /** the body's name for the Riepilogo title; '' = none */
  organisationName: string;
  colours: Record<ColourKey, string>;
  /** 'consuntivo' (31/12) or 'monitoraggio' (30/6), issue 9; checked on save with the rule of src/layout/settings */
  period: string;
  /** the saved column mapping, kept as it is (null or absent = none) */
  columnMapping?: ColumnMapping | null;
}

export type SettingsErrors = Partial<Record<'planYear' | 'organisationName' | 'columnMapping' | 'period' | ColourKey, string>>;

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
    period: settings.period ?? DEFAULT_PERIOD,
    columnMapping: settings.columnMapping ?? null,
  };
}

export function validateSettings(
  form: SettingsForm,
  t: Strings,
): { ok: true; settings: CruscottoSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const year = parsePlanYear(form.planYear);
  if (!year.ok) errors.planYear = t.badYear(form.planYear.trim());
  // trimmed, at most 120 characters: a longer name is refused, never cut silently
  const name = parseOrganisationName(form.organisationName);
  if (!name.ok) errors.organisationName = t.organisationNameTooLong(form.organisationName.trim().length, ORGANISATION_NAME_MAX_LENGTH);
  const colours: Partial<StatusColours> = {};
  for (const key of COLOUR_KEYS) {
    const raw = form.colours[key].trim();
    if (raw === '') continue;
    const hex = normaliseHex(raw);
    if (hex === null) errors[key] = t.badColour(raw);
    else colours[key] = hex;
  }
  // the rule of src/layout/settings/period.ts, the one the CLI and the workbook settings apply
  const period = parsePeriod(form.period);
  if (!period.ok) errors.period = t.badPeriod(form.period.trim());
  let columnMapping: ColumnMapping | null = null;
  if (form.columnMapping) {
    const parsed = parseMapping(form.columnMapping);
    if (parsed.ok) columnMapping = parsed.mapping;
    else errors.columnMapping = parsed.message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const settings: CruscottoSettings = {
    profile: form.profile,
    planYear: year.ok ? year.year : null,
    sheetName: form.sheetName === '' ? null : form.sheetName,
  };
  if (Object.keys(colours).length > 0) settings.colours = colours;
  if (name.ok && name.name !== null) settings.organisationName = name.name;
  if (columnMapping) settings.columnMapping = columnMapping;
  // 'consuntivo' is the default: stored only when it is not
  const chosen: Period | null = period.ok ? period.period : null;
  if (chosen !== null && chosen !== DEFAULT_PERIOD) settings.period = chosen;
  return { ok: true, settings };
}
