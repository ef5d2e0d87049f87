import ExcelJS from 'exceljs';
import * as path from 'path';
import { generateCruscotto } from '../../src/layout/generate';
import { loadWorkbook, readSettings, saveWorkbook, SETTINGS_SHEET_NAME, worksheetFromGrid, writeSettings } from '../../src/xlsx';
import { withTempDir } from './helpers';

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, generateCruscotto({ actions: 5, seed: 1 }));
  return wb;
}

describe('readSettings / writeSettings', () => {
  it('keep the settings in a hidden sheet through a file', async () => {
    const wb = workbook();
    writeSettings(wb, { profile: 'sondrio-2018', planYear: 2018, sheetName: 'Cruscotto', colours: { raggiunto: '#00B050', 'non-raggiunto': '#ff0000' } });
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'impostazioni.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      expect(readSettings(back)).toEqual({
        profile: 'sondrio-2018',
        planYear: 2018,
        sheetName: 'Cruscotto',
        colours: { raggiunto: '#00B050', 'non-raggiunto': '#FF0000' },
      });
      const sheet = back.getWorksheet(SETTINGS_SHEET_NAME)!;
      expect(sheet.state).toBe('hidden');
      expect(back.worksheets[0].name).toBe('Cruscotto');
    });
  });

  it('replaces the settings instead of adding a second sheet; null year and sheet', () => {
    const wb = workbook();
    writeSettings(wb, { profile: 'sondrio-2020', planYear: 2020, sheetName: 'Cruscotto' });
    writeSettings(wb, { profile: 'pavia', planYear: null, sheetName: null });
    expect(wb.worksheets.filter((w) => w.name === SETTINGS_SHEET_NAME)).toHaveLength(1);
    expect(readSettings(wb)).toEqual({ profile: 'pavia', planYear: null, sheetName: null });
  });

  it('reads nothing from a workbook without settings and skips malformed entries', () => {
    const wb = workbook();
    expect(readSettings(wb)).toEqual({});
    const ws = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
    ws.addRow(['Impostazione', 'Valore']);
    ws.addRow(['anno', 'duemilaventi']);
    ws.addRow(['colori', '{non json']);
    ws.addRow(['profilo', 'sondrio-2020']);
    ws.addRow(['ignota', 'x']);
    expect(readSettings(wb)).toEqual({ profile: 'sondrio-2020' });
  });
});
