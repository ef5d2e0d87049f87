/**
 * Settings carried by a .xlsx workbook. exceljs does not keep custom document properties nor the
 * add-in's workbook.settings, so they live in a hidden sheet (as src/layout/types.ts says): two text
 * columns, "Impostazione" and "Valore". Values are plain text, never formulas (the body's name
 * under "ente" included: it only ever reaches the Riepilogo title as a cell value). The column mapping
 * is JSON text under "colonne", continued in the next cells of its row when longer than one cell holds.
 * Every value is read with the rules of src/layout/settings, shared with the add-in and the CLI.
 */
import type ExcelJS from 'exceljs';
import { profileToDocument } from '../engine/profile';
import { parseSettingsFields, organisationNameTooLong, type StoredFields } from '../layout/settings';
import { ORGANISATION_NAME_MAX_LENGTH, type CruscottoSettings } from '../layout/types';
import { setValue } from './cellWrite';
import { XlsxWriteError } from './errors';

export const SETTINGS_SHEET_NAME = 'Impostazioni Cruscotto';

const KEYS = {
  profile: 'profilo',
  planYear: 'anno',
  sheetName: 'foglio',
  colours: 'colori',
  organisationName: 'ente',
  columnMapping: 'colonne',
  customProfile: 'regole',
  period: 'periodo',
} as const satisfies Partial<Record<keyof CruscottoSettings, string>>;

const FIELD_OF_KEY = new Map<string, keyof typeof KEYS>(Object.entries(KEYS).map(([field, key]) => [key, field as keyof typeof KEYS]));

/** Characters per cell of a long value (Excel keeps at most 32 767 in a cell): the rest goes on in the next cells. */
export const SETTINGS_CELL_CHARS = 32000;

function findSettingsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const wanted = SETTINGS_SHEET_NAME.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

export function text(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  // a value retyped in Excel with mixed formatting comes back as rich text (a formula stays refused)
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text).join('').trim();
  }
  return null;
}

/** A value split over the cells B, C, D… of its row: their texts joined, up to the first empty or non-text cell. */
function longText(row: ExcelJS.Row): string | null {
  const parts: string[] = [];
  for (let c = 2; ; c++) {
    const value = row.getCell(c).value;
    if (typeof value !== 'string' || value === '') break;
    parts.push(value);
  }
  return parts.length > 0 ? parts.join('').trim() : text(row.getCell(2).value);
}

/** Splits a long text into cell-sized parts, never between the two halves of a surrogate pair. */
export function splitForCells(value: string, size = SETTINGS_CELL_CHARS): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < value.length) {
    let end = Math.min(value.length, at + size);
    if (end < value.length && /[\uDC00-\uDFFF]/.test(value[end])) end--;
    parts.push(value.slice(at, end));
    at = end;
  }
  return parts.length > 0 ? parts : [''];
}

export interface SettingsSheetRead {
  /** what the sheet says; unknown or malformed entries are left out */
  settings: Partial<CruscottoSettings>;
  /** Italian, one per entry that could not be used (src/layout/settings's rules) */
  warnings: string[];
  /** the profile named by the sheet when no such profile exists */
  unknownProfile: string | null;
}

/** The settings sheet read with the shared rules of src/layout/settings. */
export function readSettingsSheet(wb: ExcelJS.Workbook): SettingsSheetRead {
  const ws = findSettingsSheet(wb);
  if (!ws) return { settings: {}, warnings: [], unknownProfile: null };
  const rows: SettingsRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    rows.push({ key: text(row.getCell(1).value), value: () => text(row.getCell(2).value), long: () => longText(row) });
  });
  return readSettingsRows(ws.name, rows);
}

/** One row of the settings sheet, whoever read it: the key (column A) and its value (B, or B, C, D… for a long one). */
export interface SettingsRow {
  key: string | null;
  value: () => string | null;
  long: () => string | null;
}

/** The settings rows read with the shared rules of src/layout/settings. */
export function readSettingsRows(sheetName: string, rows: SettingsRow[]): SettingsSheetRead {
  const stored: StoredFields = {};
  for (const row of rows) {
    const field = FIELD_OF_KEY.get(row.key?.toLowerCase() ?? '');
    if (!field) continue;
    const value = field === 'columnMapping' || field === 'customProfile' ? row.long() : row.value();
    if (value === null) continue;
    // '' = none: no colours, no mapping
    if ((field === 'colours' || field === 'columnMapping' || field === 'customProfile') && value === '') continue;
    stored[field] = field === 'profile' && value === '' ? undefined : value;
  }
  const { fields, problems, unknownProfile, notes } = parseSettingsFields(stored);
  const warnings = [...problems, ...notes].map((p) => `Impostazioni della cartella («${sheetName}»): ${p}.`);
  return { settings: fields, warnings, unknownProfile };
}

/** What the workbook says; unknown or malformed entries are left out. */
export function readSettings(wb: ExcelJS.Workbook): Partial<CruscottoSettings> {
  return readSettingsSheet(wb).settings;
}

/** Replaces the hidden settings sheet with these settings. */
export function writeSettings(wb: ExcelJS.Workbook, settings: CruscottoSettings): void {
  // checked before anything changes, so a refused name leaves the old settings in place
  const organisationName = settings.organisationName?.trim() ?? '';
  if (organisationName.length > ORGANISATION_NAME_MAX_LENGTH) {
    throw new XlsxWriteError(`${organisationNameTooLong(organisationName.length)}.`);
  }
  const old = findSettingsSheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
  const rows: [string, ...string[]][] = [
    ['Impostazione', 'Valore'],
    [KEYS.profile, settings.profile],
    [KEYS.planYear, settings.planYear === null ? '' : String(settings.planYear)],
    [KEYS.sheetName, settings.sheetName ?? ''],
  ];
  if (settings.colours && Object.keys(settings.colours).length > 0) rows.push([KEYS.colours, JSON.stringify(settings.colours)]);
  if (organisationName !== '') rows.push([KEYS.organisationName, organisationName]);
  if (settings.period) rows.push([KEYS.period, settings.period]);
  if (settings.columnMapping) rows.push([KEYS.columnMapping, ...splitForCells(JSON.stringify(settings.columnMapping))]);
  // the user's own rules as the profile document (issue 11), like the mapping continued in the next cells
  if (settings.customProfile) rows.push([KEYS.customProfile, ...splitForCells(JSON.stringify(profileToDocument(settings.customProfile)))]);
  rows.forEach(([key, ...values], i) => {
    setValue(ws.getCell(i + 1, 1), key);
    values.forEach((value, j) => setValue(ws.getCell(i + 1, 2 + j), value));
  });
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 40;
}
