/**
 * Settings carried by a .xlsx workbook. exceljs does not keep custom document properties nor the
 * add-in's workbook.settings, so they live in a hidden sheet (as src/layout/types.ts says): two text
 * columns, "Impostazione" and "Valore". Values are plain text, never formulas (the body's name
 * under "ente" included: it only ever reaches the Riepilogo title as a cell value).
 */
import type ExcelJS from 'exceljs';
import type { StatusColours } from '../engine/types';
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
} as const;

const COLOUR_KEYS: (keyof StatusColours)[] = ['raggiunto', 'parzialmente', 'non-raggiunto', 'neutralizzato'];

function findSettingsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const wanted = SETTINGS_SHEET_NAME.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

function text(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  // a value retyped in Excel with mixed formatting comes back as rich text (a formula stays refused)
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text).join('').trim();
  }
  return null;
}

function parseColours(raw: string): Partial<StatusColours> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const out: Partial<StatusColours> = {};
  for (const key of COLOUR_KEYS) {
    const v = (data as Record<string, unknown>)[key];
    if (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v)) out[key] = v.toUpperCase();
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What the workbook says; unknown or malformed entries are left out. */
export function readSettings(wb: ExcelJS.Workbook): Partial<CruscottoSettings> {
  const ws = findSettingsSheet(wb);
  const out: Partial<CruscottoSettings> = {};
  if (!ws) return out;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const key = text(row.getCell(1).value)?.toLowerCase();
    const value = text(row.getCell(2).value);
    if (!key || value === null) return;
    switch (key) {
      case KEYS.profile:
        if (value) out.profile = value;
        break;
      case KEYS.planYear:
        if (value === '') out.planYear = null;
        else if (/^\d{4}$/.test(value)) out.planYear = Number(value);
        break;
      case KEYS.sheetName:
        out.sheetName = value === '' ? null : value;
        break;
      case KEYS.colours: {
        const colours = parseColours(value);
        if (colours) out.colours = colours;
        break;
      }
      case KEYS.organisationName:
        // '' = no name; a name longer than the add-in accepts is malformed and left out
        if (value === '') out.organisationName = null;
        else if (value.length <= ORGANISATION_NAME_MAX_LENGTH) out.organisationName = value;
        break;
    }
  });
  return out;
}

/** Replaces the hidden settings sheet with these settings. */
export function writeSettings(wb: ExcelJS.Workbook, settings: CruscottoSettings): void {
  // checked before anything changes, so a refused name leaves the old settings in place
  const organisationName = settings.organisationName?.trim() ?? '';
  if (organisationName.length > ORGANISATION_NAME_MAX_LENGTH) {
    throw new XlsxWriteError(`il nome dell'ente è troppo lungo (${organisationName.length} caratteri, al massimo ${ORGANISATION_NAME_MAX_LENGTH}).`);
  }
  const old = findSettingsSheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
  const rows: [string, string][] = [
    ['Impostazione', 'Valore'],
    [KEYS.profile, settings.profile],
    [KEYS.planYear, settings.planYear === null ? '' : String(settings.planYear)],
    [KEYS.sheetName, settings.sheetName ?? ''],
  ];
  if (settings.colours && Object.keys(settings.colours).length > 0) rows.push([KEYS.colours, JSON.stringify(settings.colours)]);
  if (organisationName !== '') rows.push([KEYS.organisationName, organisationName]);
  rows.forEach(([key, value], i) => {
    setValue(ws.getCell(i + 1, 1), key);
    setValue(ws.getCell(i + 1, 2), value);
  });
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 40;
}
