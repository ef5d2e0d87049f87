import ExcelJS from 'exceljs';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
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

describe('the body name ("ente") in the settings sheet', () => {
  const SONDRIO = 'Camera di commercio di Sondrio';

  it('round-trips through a file, trimmed, under the key "ente"', async () => {
    const wb = workbook();
    writeSettings(wb, { profile: 'sondrio-2020', planYear: 2022, sheetName: null, organisationName: `  ${SONDRIO}  ` });
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'ente.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      expect(readSettings(back)).toEqual({ profile: 'sondrio-2020', planYear: 2022, sheetName: null, organisationName: SONDRIO });
      const sheet = back.getWorksheet(SETTINGS_SHEET_NAME)!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
      expect(rows).toContainEqual(['ente', SONDRIO]);
    });
  });

  it('writes a name that looks like a formula as text and reads it back as typed', async () => {
    const name = '=HYPERLINK("x")';
    const wb = workbook();
    writeSettings(wb, { profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName: name });
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'formula.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      const sheet = back.getWorksheet(SETTINGS_SHEET_NAME)!;
      let cell: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === 'ente') cell = row.getCell(2);
      });
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(name);
      expect(cell?.formula).toBeUndefined();
      expect(readSettings(back).organisationName).toBe(name);
    });
  });

  it('leaves the row out without a name; an empty "ente" reads as no name', () => {
    const wb = workbook();
    writeSettings(wb, { profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName: '   ' });
    const keys: unknown[] = [];
    wb.getWorksheet(SETTINGS_SHEET_NAME)!.eachRow((row) => keys.push(row.getCell(1).value));
    expect(keys).not.toContain('ente');
    expect(readSettings(wb)).toEqual({ profile: 'sondrio-2020', planYear: null, sheetName: null });

    const other = workbook();
    const ws = other.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
    ws.addRow(['Impostazione', 'Valore']);
    ws.addRow(['ENTE', '']);
    expect(readSettings(other)).toEqual({ organisationName: null });
  });

  it('refuses a name over 120 characters when writing (leaving the old settings) and skips one when reading', () => {
    const wb = workbook();
    writeSettings(wb, { profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName: SONDRIO });
    expect(() => writeSettings(wb, { profile: 'pavia', planYear: null, sheetName: null, organisationName: 'x'.repeat(121) })).toThrow(
      "il nome dell'ente è troppo lungo (121 caratteri, al massimo 120).",
    );
    expect(readSettings(wb)).toMatchObject({ profile: 'sondrio-2020', organisationName: SONDRIO });
    writeSettings(wb, { profile: 'pavia', planYear: null, sheetName: null, organisationName: 'x'.repeat(120) });
    expect(readSettings(wb).organisationName).toBe('x'.repeat(120));

    const other = workbook();
    const ws = other.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
    ws.addRow(['ente', 'y'.repeat(121)]);
    ws.addRow(['profilo', 'pavia']);
    expect(readSettings(other)).toEqual({ profile: 'pavia' });
  });

  it('reads a name retyped with mixed formatting (rich text), but never a formula', () => {
    const wb = workbook();
    const ws = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: 'hidden' });
    ws.addRow(['ente', { richText: [{ text: 'Camera di commercio ' }, { font: { bold: true }, text: 'di Sondrio ' }] }]);
    expect(readSettings(wb)).toEqual({ organisationName: SONDRIO });
    ws.getCell(1, 2).value = { formula: 'A1', result: SONDRIO } as ExcelJS.CellFormulaValue;
    expect(readSettings(wb)).toEqual({});
  });
});
