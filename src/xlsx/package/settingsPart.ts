/**
 * The settings a workbook package carries. The add-in's own (workbook.settings, saved by Excel in a
 * web-extension part: ./webExtension.ts) come first, so the same workbook gives the same figures in Excel
 * and from the CLI; a workbook without them is read from the older hidden settings sheet (../settings.ts).
 * Every value is read with the rules of src/layout/settings.
 */
import { parseSettingsFields, storedFieldsOfAddinObject } from '../../layout/settings';
import { readSettingsRows, SETTINGS_SHEET_NAME, type SettingsRow, type SettingsSheetRead } from '../settings';
import { readWebExtensionSetting } from './webExtension';
import type { PackageWorkbook } from './workbook';

const UNREADABLE = 'Impostazioni del componente aggiuntivo salvate nella cartella non leggibili: si usano quelle predefinite.';

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/** The add-in's settings value (a JSON string of the settings object, src/excel/settings.ts serialiseSettings). */
export function parseAddinSettings(value: unknown): SettingsSheetRead {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return { settings: {}, warnings: [UNREADABLE], unknownProfile: null };
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { settings: {}, warnings: [UNREADABLE], unknownProfile: null };
  const obj = data as Record<string, unknown>;
  const { fields, problems, unknownProfile, notes } = parseSettingsFields(storedFieldsOfAddinObject(obj));
  const warnings = [...problems, ...notes].map((p) => `Impostazioni del componente aggiuntivo salvate nella cartella: ${p}.`);
  return { settings: fields, warnings, unknownProfile };
}

function settingsSheetRows(book: PackageWorkbook, name: string): SettingsRow[] {
  const byRow = new Map<number, Map<number, unknown>>();
  for (const c of book.cells(name).cells) {
    if (c.value === null) continue;
    let row = byRow.get(c.row);
    if (!row) byRow.set(c.row, (row = new Map()));
    row.set(c.col, c.value);
  }
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const row = byRow.get(r)!;
      return {
        key: asText(row.get(0)),
        value: () => asText(row.get(1)),
        long: () => {
          const parts: string[] = [];
          for (let c = 1; ; c++) {
            const v = row.get(c);
            if (typeof v !== 'string' || v === '') break;
            parts.push(v);
          }
          return parts.length > 0 ? parts.join('').trim() : asText(row.get(1));
        },
      };
    });
}

/** Where the settings came from, for messages and tests. */
export type SettingsSource = 'add-in' | 'sheet' | 'none';

export function readPackageSettings(book: PackageWorkbook): SettingsSheetRead & { source: SettingsSource } {
  const addin = readWebExtensionSetting(book.pkg);
  if (addin) return { ...parseAddinSettings(addin.value), source: 'add-in' };
  const sheet = book.sheet(SETTINGS_SHEET_NAME);
  if (!sheet) return { settings: {}, warnings: [], unknownProfile: null, source: 'none' };
  return { ...readSettingsRows(sheet.name, settingsSheetRows(book, sheet.name)), source: 'sheet' };
}

