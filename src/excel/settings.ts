/**
 * The add-in's settings live in the workbook (workbook.settings, ExcelApi 1.4) as one JSON string, so
 * everyone who opens the file scores it with the same rules: profile, plan year, colours, sheet name,
 * the body's name for the Riepilogo title (text: it is only ever written as a cell value) and the column
 * mapping the user confirmed. The rules of each field are src/layout/settings's, shared with the CLI.
 * SettingCollection.add "sets or adds" the key; unlike Office.context.document.settings there is no
 * saveAsync: the setting is in the workbook after the sync and reaches the file when the workbook is
 * saved (by the user or by AutoSave), like any other change. Settings belong to this add-in and file only.
 */
import { DEFAULT_PROFILE_NAME, getProfile } from '../engine';
import { profileToDocument, readProfileDocument } from '../engine/profile';
import { parseMapping } from '../layout/mapping/parseMapping';
import { normaliseHex, organisationNameTooLong, parseOrganisationName, parseSettingsFields, storedFieldsOfAddinObject, parseSheetName, planYearMessage, isPlanYear, colourMessage, ORGANISATION_NAME_NOT_TEXT, parsePeriod } from '../layout/settings';
import { ORGANISATION_NAME_MAX_LENGTH, type CruscottoSettings } from '../layout/types';
import { CruscottoHostError } from './errors';
import type { OfficeEnv } from './officeApi';
import { SETTINGS_EXCEL_API, requireExcelApi } from './requirements';
import { countingSync } from './syncCounter';

export const SETTINGS_KEY = 'cruscotto.impostazioni';
const SETTINGS_VERSION = 1;
const UNREADABLE = 'Le impostazioni salvate nella cartella di lavoro non sono leggibili: si usano quelle predefinite.';

/** "il nome…" -> "Il nome….": a shared rule's message as a sentence of its own. */
function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function defaultSettings(): CruscottoSettings {
  return { profile: DEFAULT_PROFILE_NAME, planYear: null, sheetName: null };
}

export interface ParsedSettings {
  settings: CruscottoSettings;
  /** Italian, when what the workbook holds could not be used as it is */
  warning: string | null;
}

/**
 * What the workbook holds (a JSON string, or nothing) as settings, with the rules of src/layout/settings;
 * fields that break them (a malformed column mapping included) are left at their defaults, with a warning.
 */
export function parseSettings(stored: unknown): ParsedSettings {
  const settings = defaultSettings();
  if (stored === null || stored === undefined || stored === '') return { settings, warning: null };
  let data: unknown = stored;
  if (typeof stored === 'string') {
    try {
      data = JSON.parse(stored);
    } catch {
      return { settings, warning: UNREADABLE };
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { settings, warning: UNREADABLE };
  const obj = data as Record<string, unknown>;
  const { fields, problems, notes: notesOf } = parseSettingsFields(storedFieldsOfAddinObject(obj));
  if (fields.profile) settings.profile = fields.profile;
  if (fields.planYear !== undefined) settings.planYear = fields.planYear;
  if (fields.sheetName !== undefined) settings.sheetName = fields.sheetName;
  if (fields.colours) settings.colours = fields.colours;
  if (fields.organisationName) settings.organisationName = fields.organisationName;
  if (fields.columnMapping) settings.columnMapping = fields.columnMapping;
  if (fields.customProfile) settings.customProfile = fields.customProfile;
  if (fields.period) settings.period = fields.period;
  const invalid = problems.length > 0 ? `Impostazioni della cartella di lavoro non valide (${problems.join('; ')}): si usano i valori predefiniti per queste voci.` : null;
  const notes = notesOf.length > 0 ? notesOf.map(sentence).join(' ') : null;
  const warning = [invalid, notes].filter((w) => w !== null).join(' ') || null;
  return { settings, warning };
}

/** Checks settings before they are stored, with the rules of src/layout/settings; throws an Italian message. */
export function validateSettings(settings: CruscottoSettings): void {
  const fail = (it: string, en: string): never => {
    throw new CruscottoHostError('invalid-settings', it, en);
  };
  if (!getProfile(settings.profile)) fail(`Il profilo «${settings.profile}» non esiste.`, `The profile «${settings.profile}» does not exist.`);
  if (settings.planYear !== null && !isPlanYear(settings.planYear)) {
    fail(sentence(planYearMessage(settings.planYear)), `The plan year «${settings.planYear}» is not valid (2000-2100).`);
  }
  if (settings.sheetName !== null && (settings.sheetName.trim() === '' || !parseSheetName(settings.sheetName).ok)) {
    fail(`Il nome del foglio «${settings.sheetName}» non è valido.`, `The sheet name «${settings.sheetName}» is not valid.`);
  }
  for (const [key, colour] of Object.entries(settings.colours ?? {})) {
    if (colour !== undefined && !(colour.startsWith('#') && normaliseHex(colour))) {
      fail(sentence(colourMessage(colour, key)), `The colour «${colour}» for «${key}» is not valid (#RRGGBB expected).`);
    }
  }
  const name = parseOrganisationName(settings.organisationName);
  if (!name.ok) {
    const raw: unknown = settings.organisationName;
    if (typeof raw !== 'string') fail(sentence(ORGANISATION_NAME_NOT_TEXT), 'The organisation name is not text.');
    const length = (raw as string).trim().length;
    fail(sentence(organisationNameTooLong(length)), `The organisation name is too long (${length} characters, at most ${ORGANISATION_NAME_MAX_LENGTH}).`);
  }
  if (settings.customProfile) {
    const read = readProfileDocument(profileToDocument(settings.customProfile));
    if (!read.ok) fail(`Le regole di calcolo non sono valide: ${read.errors.join('; ')}.`, `The scoring rules are not valid: ${read.errors.join('; ')}.`);
  }
  if (settings.period !== undefined && settings.period !== null) {
    const period = parsePeriod(settings.period);
    if (!period.ok) fail(sentence(period.message), `The period «${String(settings.period)}» is not valid: «consuntivo» (31/12) or «monitoraggio» (30/6).`);
  }
  if (settings.columnMapping) {
    const mapping = parseMapping(settings.columnMapping);
    if (!mapping.ok) fail(`La mappatura delle colonne non è valida: ${mapping.message}.`, `The column mapping is not valid: ${mapping.message}.`);
  }
}

export function serialiseSettings(settings: CruscottoSettings): string {
  const { profile, planYear, sheetName, colours } = settings;
  const organisationName = settings.organisationName?.trim() || null;
  const columnMapping = settings.columnMapping ?? null;
  const rules = settings.customProfile ? profileToDocument(settings.customProfile) : null;
  return JSON.stringify({
    version: SETTINGS_VERSION,
    profile,
    planYear,
    sheetName,
    ...(colours ? { colours } : {}),
    ...(organisationName ? { organisationName } : {}),
    ...(columnMapping ? { columnMapping } : {}),
    ...(rules ? { rules } : {}),
    ...(settings.period ? { period: settings.period } : {}),
  });
}

/** Queues the read; call the returned function after the next sync. */
export function queueSettingsRead(context: Excel.RequestContext): () => ParsedSettings {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- runs after the caller's sync
  return () => parseSettings(item.isNullObject ? null : (item.value as unknown));
}

export function queueSettingsWrite(context: Excel.RequestContext, settings: CruscottoSettings): void {
  context.workbook.settings.add(SETTINGS_KEY, serialiseSettings(settings));
}

export async function loadSettings(env: OfficeEnv): Promise<CruscottoSettings> {
  requireExcelApi(env.office, SETTINGS_EXCEL_API);
  return env.excel.run(async (context) => {
    const read = queueSettingsRead(context);
    await countingSync(context)();
    return read().settings;
  });
}

export async function saveSettings(env: OfficeEnv, settings: CruscottoSettings): Promise<void> {
  requireExcelApi(env.office, SETTINGS_EXCEL_API);
  validateSettings(settings);
  await env.excel.run(async (context) => {
    queueSettingsWrite(context, settings);
    await context.sync();
  });
}
