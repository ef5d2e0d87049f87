/**
 * Every settings field read with the same rules, whoever stored it (workbook.settings in Excel, the hidden
 * sheet of a .xlsx file): the fields that are usable, and an Italian message for each one that is not
 * (those are left out, so the defaults apply to them).
 */
import type { CruscottoSettings } from '../types';
import { parseColours } from './colours';
import { parseStoredMapping } from './columnMapping';
import { parseStoredProfile } from './customProfile';
import { parseOrganisationName } from './organisationName';
import { parsePeriod } from './period';
import { parsePlanYear } from './planYear';
import { isKnownProfile, profileMessage } from './profile';
import { parseSheetName } from './sheetName';

/** The stored fields, as named in CruscottoSettings; values may be text (the .xlsx sheet) or JSON values. */
export type StoredFields = Partial<Record<keyof CruscottoSettings, unknown>>;

export interface ParsedFields {
  /** only the fields present and usable */
  fields: Partial<CruscottoSettings>;
  /** Italian, one per field that could not be used */
  problems: string[];
  /** the stored profile name when no such profile exists (the CLI refuses to guess, the add-in falls back) */
  unknownProfile: string | null;
  /** Italian, what changed in a field stored in an older format (it is used, converted) */
  notes: string[];
}

export function parseSettingsFields(stored: StoredFields): ParsedFields {
  const fields: Partial<CruscottoSettings> = {};
  const problems: string[] = [];
  const notes: string[] = [];
  let unknownProfile: string | null = null;
  const has = (key: keyof CruscottoSettings) => Object.prototype.hasOwnProperty.call(stored, key) && stored[key] !== undefined;

  if (has('profile')) {
    const raw = typeof stored.profile === 'string' ? stored.profile.trim() : stored.profile;
    if (isKnownProfile(raw)) fields.profile = raw;
    else if (raw !== '' && raw !== null) {
      problems.push(profileMessage(raw));
      unknownProfile = String(raw);
    }
  }
  if (has('planYear')) {
    const year = parsePlanYear(stored.planYear);
    if (year.ok) fields.planYear = year.year;
    else problems.push(year.message);
  }
  if (has('sheetName')) {
    const sheet = parseSheetName(stored.sheetName);
    if (sheet.ok) fields.sheetName = sheet.name;
    else problems.push(sheet.message);
  }
  if (has('colours')) {
    const { colours, problems: bad } = parseColours(stored.colours);
    if (colours) fields.colours = colours;
    problems.push(...bad);
  }
  if (has('organisationName')) {
    const name = parseOrganisationName(stored.organisationName);
    if (name.ok) fields.organisationName = name.name;
    else problems.push(name.message);
  }
  if (has('columnMapping')) {
    const mapping = parseStoredMapping(stored.columnMapping);
    if (mapping.ok) fields.columnMapping = mapping.mapping;
    else problems.push(mapping.message);
  }
  if (has('customProfile')) {
    const custom = parseStoredProfile(stored.customProfile);
    if (custom.ok) {
      fields.customProfile = custom.profile;
      notes.push(...custom.notes);
    } else problems.push(custom.message);
  }
  if (has('period')) {
    const period = parsePeriod(stored.period);
    if (period.ok) fields.period = period.period;
    else problems.push(period.message);
  }
  return { fields, problems, unknownProfile, notes };
}

/**
 * The fields of the settings object the add-in stores with workbook.settings (src/excel/settings.ts
 * serialiseSettings), as read by the add-in and by the CLI from the package's web-extension part.
 */
export function storedFieldsOfAddinObject(obj: Record<string, unknown>): StoredFields {
  return {
    profile: obj.profile,
    planYear: obj.planYear,
    sheetName: obj.sheetName,
    colours: obj.colours,
    organisationName: obj.organisationName,
    columnMapping: obj.columnMapping,
    // the body's own rules (issue 11), kept as the profile document
    customProfile: obj.rules,
    period: obj.period,
  };
}
