/**
 * The add-in's settings live in the workbook (workbook.settings, ExcelApi 1.4) as one JSON string, so
 * everyone who opens the file scores it with the same rules: profile, plan year, colours, sheet name,
 * and the body's name for the Riepilogo title (text: it is only ever written as a cell value).
 * SettingCollection.add "sets or adds" the key; unlike Office.context.document.settings there is no
 * saveAsync: the setting is in the workbook after the sync and reaches the file when the workbook is
 * saved (by the user or by AutoSave), like any other change. Settings belong to this add-in and file only.
 */
import { DEFAULT_PROFILE_NAME, getProfile } from '../engine';
import type { StatusColours } from '../engine/types';
import { ORGANISATION_NAME_MAX_LENGTH, type CruscottoSettings } from '../layout/types';
import { CruscottoHostError } from './errors';
import type { OfficeEnv } from './officeApi';
import { SETTINGS_EXCEL_API, requireExcelApi } from './requirements';
import { countingSync } from './syncCounter';

export const SETTINGS_KEY = 'cruscotto.impostazioni';
const SETTINGS_VERSION = 1;
const COLOUR_KEYS: (keyof StatusColours)[] = ['raggiunto', 'parzialmente', 'non-raggiunto', 'neutralizzato'];
const HEX = /^#[0-9A-Fa-f]{6}$/;

/** A body name as stored: trimmed, '' = none; anything but a string or null is refused (undefined). */
function organisationNameOf(raw: unknown): { name: string | null } | { problem: string } {
  if (raw === null || raw === undefined) return { name: null };
  if (typeof raw !== 'string') return { problem: "nome dell'ente non valido (non è un testo)" };
  const name = raw.trim();
  if (name.length > ORGANISATION_NAME_MAX_LENGTH) {
    return { problem: `nome dell'ente troppo lungo (${name.length} caratteri, al massimo ${ORGANISATION_NAME_MAX_LENGTH})` };
  }
  return { name: name === '' ? null : name };
}

export function defaultSettings(): CruscottoSettings {
  return { profile: DEFAULT_PROFILE_NAME, planYear: null, sheetName: null };
}

export interface ParsedSettings {
  settings: CruscottoSettings;
  /** Italian, when what the workbook holds could not be used as it is */
  warning: string | null;
}

/** What the workbook holds (a JSON string, or nothing) as settings; bad parts fall back to defaults with a warning. */
export function parseSettings(stored: unknown): ParsedSettings {
  const settings = defaultSettings();
  if (stored === null || stored === undefined || stored === '') return { settings, warning: null };
  let data: unknown = stored;
  if (typeof stored === 'string') {
    try {
      data = JSON.parse(stored);
    } catch {
      return { settings, warning: 'Le impostazioni salvate nella cartella di lavoro non sono leggibili: si usano quelle predefinite.' };
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { settings, warning: 'Le impostazioni salvate nella cartella di lavoro non sono leggibili: si usano quelle predefinite.' };
  }
  const obj = data as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof obj.profile === 'string' && getProfile(obj.profile)) settings.profile = obj.profile;
  else if (obj.profile !== undefined) problems.push(`profilo «${String(obj.profile)}» sconosciuto`);
  if (typeof obj.planYear === 'number' && Number.isInteger(obj.planYear) && obj.planYear >= 2000 && obj.planYear <= 2100) settings.planYear = obj.planYear;
  else if (obj.planYear !== undefined && obj.planYear !== null) problems.push(`anno «${String(obj.planYear)}» non valido`);
  if (typeof obj.sheetName === 'string' && obj.sheetName.trim() !== '') settings.sheetName = obj.sheetName;
  if (obj.colours && typeof obj.colours === 'object') {
    const colours: Partial<StatusColours> = {};
    for (const key of COLOUR_KEYS) {
      const c = (obj.colours as Record<string, unknown>)[key];
      if (typeof c === 'string' && HEX.test(c)) colours[key] = c.toUpperCase();
      else if (c !== undefined) problems.push(`colore «${String(c)}» non valido`);
    }
    if (Object.keys(colours).length > 0) settings.colours = colours;
  }
  const organisation = organisationNameOf(obj.organisationName);
  if ('problem' in organisation) problems.push(organisation.problem);
  else if (organisation.name !== null) settings.organisationName = organisation.name;
  const warning = problems.length > 0 ? `Impostazioni della cartella di lavoro non valide (${problems.join('; ')}): si usano i valori predefiniti per queste voci.` : null;
  return { settings, warning };
}

/** Checks settings before they are stored; throws an Italian message. */
export function validateSettings(settings: CruscottoSettings): void {
  const fail = (it: string, en: string): never => {
    throw new CruscottoHostError('invalid-settings', it, en);
  };
  if (!getProfile(settings.profile)) fail(`Il profilo «${settings.profile}» non esiste.`, `The profile «${settings.profile}» does not exist.`);
  if (settings.planYear !== null && (!Number.isInteger(settings.planYear) || settings.planYear < 2000 || settings.planYear > 2100)) {
    fail(`L'anno del piano «${settings.planYear}» non è valido (atteso un anno tra 2000 e 2100).`, `The plan year «${settings.planYear}» is not valid (2000-2100).`);
  }
  if (settings.sheetName !== null && (settings.sheetName.trim() === '' || settings.sheetName.length > 31)) {
    fail(`Il nome del foglio «${settings.sheetName}» non è valido.`, `The sheet name «${settings.sheetName}» is not valid.`);
  }
  for (const [key, colour] of Object.entries(settings.colours ?? {})) {
    if (colour !== undefined && !HEX.test(colour)) fail(`Il colore «${colour}» per «${key}» non è valido (atteso #RRGGBB).`, `The colour «${colour}» for «${key}» is not valid (#RRGGBB expected).`);
  }
  const name: unknown = settings.organisationName;
  if (name !== null && name !== undefined) {
    if (typeof name !== 'string') fail("Il nome dell'ente non è un testo.", 'The organisation name is not text.');
    const length = (name as string).trim().length;
    if (length > ORGANISATION_NAME_MAX_LENGTH) {
      fail(
        `Il nome dell'ente è troppo lungo (${length} caratteri, al massimo ${ORGANISATION_NAME_MAX_LENGTH}).`,
        `The organisation name is too long (${length} characters, at most ${ORGANISATION_NAME_MAX_LENGTH}).`,
      );
    }
  }
}

export function serialiseSettings(settings: CruscottoSettings): string {
  const { profile, planYear, sheetName, colours } = settings;
  const organisationName = settings.organisationName?.trim() || null;
  return JSON.stringify({ version: SETTINGS_VERSION, profile, planYear, sheetName, ...(colours ? { colours } : {}), ...(organisationName ? { organisationName } : {}) });
}

/** Queues the read; call the returned function after the next sync. */
export function queueSettingsRead(context: Excel.RequestContext): () => ParsedSettings {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
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
