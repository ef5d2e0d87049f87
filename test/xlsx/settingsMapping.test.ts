/** The column mapping in the .xlsx settings sheet: JSON text under "colonne", split over cells when long. */
import ExcelJS from 'exceljs';
import * as path from 'path';
import type { ColumnMapping, CruscottoSettings } from '../../src/layout/types';
import { loadWorkbook, saveWorkbook } from '../../src/xlsx';
import { readSettings, readSettingsSheet, SETTINGS_CELL_CHARS, SETTINGS_SHEET_NAME, splitForCells, writeSettings } from '../../src/xlsx/settings';
import { withTempDir } from './helpers';

function mapping(columns: number, header = (i: number) => `Colonna ${i}`): ColumnMapping {
  return {
    version: 1,
    sheet: 'Cruscotto',
    headerTop: 1,
    headerBottom: 2,
    columns: Array.from({ length: columns }, (_, i) => ({
      col: i,
      header: header(i),
      role: i === 0 ? 'action.code' : i === 1 ? 'action.target' : 'ignore',
    })),
  };
}

const settings = (columnMapping: ColumnMapping): CruscottoSettings => ({ profile: 'sondrio-2020', planYear: 2022, sheetName: null, columnMapping });

function colonneRow(wb: ExcelJS.Workbook): unknown[] {
  let values: unknown[] = [];
  wb.getWorksheet(SETTINGS_SHEET_NAME)!.eachRow((row) => {
    if (row.getCell(1).value === 'colonne') values = (row.values as unknown[]).slice(2);
  });
  return values;
}

describe('the column mapping in the settings sheet', () => {
  test('round-trips through a file as JSON text under "colonne"', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cruscotto');
    writeSettings(wb, settings(mapping(5)));
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'mappa.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      expect(readSettings(back)).toEqual(settings(mapping(5)));
      expect(colonneRow(back)).toEqual([JSON.stringify(mapping(5))]);
    });
  });

  test('a mapping longer than a cell holds is split over the next cells, and read back whole', async () => {
    const big = mapping(500, (i) => `Intestazione molto lunga della colonna numero ${i} ${'è'.repeat(60)}`);
    expect(JSON.stringify(big).length).toBeGreaterThan(2 * SETTINGS_CELL_CHARS);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cruscotto');
    writeSettings(wb, settings(big));
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'grande.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      const parts = colonneRow(back) as string[];
      expect(parts.length).toBe(Math.ceil(JSON.stringify(big).length / SETTINGS_CELL_CHARS));
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(32767);
      expect(readSettings(back).columnMapping).toEqual(big);
    });
  });

  test('a split never cuts a character outside the basic plane in two', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(9)}`;
    const parts = splitForCells(text, 10);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe('a'.repeat(9));
    expect(parts[1].startsWith('😀')).toBe(true);
    expect(splitForCells('')).toEqual(['']);
  });

  test('without a mapping there is no "colonne" row', () => {
    const wb = new ExcelJS.Workbook();
    writeSettings(wb, { profile: 'sondrio-2020', planYear: null, sheetName: null, columnMapping: null });
    expect(colonneRow(wb)).toEqual([]);
    expect(readSettings(wb)).toEqual({ profile: 'sondrio-2020', planYear: null, sheetName: null });
  });

  test('a malformed stored mapping is a warning and is left out; the other settings stay', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
    ws.addRow(['Impostazione', 'Valore']);
    ws.addRow(['profilo', 'pavia']);
    ws.addRow(['colonne', JSON.stringify({ ...mapping(2), columns: [{ col: 0, header: 'cod.', role: 'peso azione' }] })]);
    ws.addRow(['anno', '1995']);
    const read = readSettingsSheet(wb);
    expect(read.settings).toEqual({ profile: 'pavia' });
    expect(read.warnings).toEqual([
      "Impostazioni della cartella («Impostazioni Cruscotto»): l'anno del piano «1995» non è valido: scrivere un anno tra 2000 e 2100, per esempio 2022.",
      'Impostazioni della cartella («Impostazioni Cruscotto»): la mappatura delle colonne salvata non è leggibile (columns[0].role: «peso azione» non è un ruolo ammesso (forse "action.weight"?)) e non viene usata.',
    ]);
  });
});
