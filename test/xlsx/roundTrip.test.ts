import ExcelJS from 'exceljs';
import * as path from 'path';
import { exampleCruscotto, generateCruscotto } from '../support/generate';
import type { SheetGrid } from '../../src/layout/types';
import { gridFromWorksheet, loadWorkbook, saveWorkbook, worksheetFromGrid, XlsxWriteError } from '../../src/xlsx';
import { comparableGrid, sortedMerges, withTempDir } from './helpers';

async function roundTrip(grid: SheetGrid, dir: string): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, grid);
  const file = path.join(dir, 'rt.xlsx');
  await saveWorkbook(wb, file);
  const loaded = await loadWorkbook(file);
  return gridFromWorksheet(loaded.getWorksheet(grid.name)!);
}

const cases: [string, () => SheetGrid][] = [
  ['example 2022', () => exampleCruscotto().grid],
  ['2022 with every variant', () => generateCruscotto({ actions: 80, seed: 3, variant: { overrides: true, neutralised: true, extraColumns: true, headerTypos: true, emptyRows: true, repeatHeaderEvery: 25 } })],
  ['2020 annex', () => generateCruscotto({ actions: 60, seed: 4, layout: '2020' })],
  ['2018 blocks', () => generateCruscotto({ actions: 60, seed: 5, layout: '2018', variant: { mergeParents: true, neutralised: true } })],
];

describe('grid -> worksheet -> file -> workbook -> grid', () => {
  it.each(cases)('%s: values, number formats and merges survive', async (_name, build) => {
    const grid = build();
    await withTempDir(async (dir) => {
      const back = await roundTrip(grid, dir);
      const width = Math.max(...grid.cells.map((r) => r.length));
      expect(back.name).toBe(grid.name);
      expect(Math.max(...back.cells.map((r) => r.length))).toBe(width);
      const a = comparableGrid(grid, width);
      const b = comparableGrid(back, width);
      expect(b.values).toEqual(a.values);
      expect(b.formats).toEqual(a.formats);
      expect(sortedMerges(back)).toEqual(sortedMerges(grid));
    });
  });

  it('reads dates as JS dates, keeps the cells under a merge empty', async () => {
    const grid = exampleCruscotto().grid;
    await withTempDir(async (dir) => {
      const back = await roundTrip(grid, dir);
      const dates = back.cells.flat().filter((c) => c.value instanceof Date);
      expect(dates.length).toBeGreaterThan(0);
      expect((dates[0].value as Date).toISOString()).toBe('2022-09-12T00:00:00.000Z');
      const vertical = back.merges.find((m) => m.bottom > m.top)!;
      expect(back.cells[vertical.top][vertical.left].value).not.toBeNull();
      expect(back.cells[vertical.top + 1][vertical.left].value).toBeNull();
    });
  });

  it('writes the header rows bold and freezes them', async () => {
    const grid = generateCruscotto({ actions: 10, seed: 1 });
    const wb = new ExcelJS.Workbook();
    const ws = worksheetFromGrid(wb, grid);
    expect(ws.getCell('B2').font?.bold).toBe(true);
    expect(ws.getCell('A4').font?.bold).toBe(true);
    expect(ws.getCell('A5').font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const explicit = worksheetFromGrid(new ExcelJS.Workbook(), grid, { headerRows: 1 });
    expect(explicit.getCell('B2').font?.bold).toBeFalsy();
  });

  it('refuses a second sheet with the same name', () => {
    const wb = new ExcelJS.Workbook();
    const grid = generateCruscotto({ actions: 3, seed: 1 });
    worksheetFromGrid(wb, grid);
    expect(() => worksheetFromGrid(wb, { ...grid, name: grid.name.toUpperCase() })).toThrow(XlsxWriteError);
  });
});

describe('gridFromWorksheet: what Excel shows', () => {
  it('rich text, formulas, shared formulas, hyperlinks, errors, dates, booleans, merges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Valori');
    ws.getCell('A1').value = { richText: [{ text: 'Capitale ', font: { bold: true } }, { text: 'Umano' }] };
    ws.getCell('B1').value = { formula: 'C1*2', result: 42 };
    ws.getCell('C1').value = 21;
    ws.getCell('D1').value = { text: 'sito camerale', hyperlink: 'https://www.so.camcom.it' };
    ws.getCell('E1').value = { error: '#N/A' };
    ws.getCell('F1').value = new Date(Date.UTC(2020, 11, 14));
    ws.getCell('G1').value = true;
    ws.getCell('H1').value = { formula: 'CONCATENATE("a";"b")', result: 'ab' };
    ws.getCell('A2').value = 0.325;
    ws.getCell('A2').numFmt = '0.00%';
    ws.getCell('B2').value = { formula: 'C1>1', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellValue;
    ws.getCell('A3').value = 'unito';
    ws.mergeCells('A3:C4');
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'valori.xlsx');
      await saveWorkbook(wb, file);
      const grid = gridFromWorksheet((await loadWorkbook(file)).getWorksheet('Valori')!);
      expect(grid.cells[0].map((c) => c.value)).toEqual([
        'Capitale Umano', 42, 21, 'sito camerale', '#N/A', new Date(Date.UTC(2020, 11, 14)), true, 'ab',
      ]);
      expect(grid.cells[1][0]).toEqual({ value: 0.325, numberFormat: '0.00%' });
      expect(grid.cells[1][1].value).toBe('#DIV/0!');
      expect(grid.cells[2][0].value).toBe('unito');
      expect(grid.cells[2][1].value).toBeNull();
      expect(grid.cells[3][0].value).toBeNull();
      expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 2 }]);
      // rectangular: every row as wide as the widest
      expect(new Set(grid.cells.map((r) => r.length))).toEqual(new Set([8]));
    });
  });
});
