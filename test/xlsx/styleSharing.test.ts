/**
 * Writing a plan shares new style objects between cells that get the same change from the same old style
 * (so exceljs turns each into XML once), never changes a style object in place, and does not create cells
 * only to write nothing into them.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import type { SheetWritePlan, ValueBlock } from '../../src/layout/types';
import { applyWritePlan, loadWorkbook, saveWorkbook } from '../../src/xlsx';
import { writeBlock } from '../../src/xlsx/sheetPlan';
import { StyleCache } from '../../src/xlsx/styleCache';
import { withTempDir, zipEntry } from './helpers';

const SHEET = 'Cruscotto';

function plan(blocks: ValueBlock[]): { sheet: SheetWritePlan; summary: null } {
  return { sheet: { sheet: SHEET, blocks, conditionalFormats: [], notes: [] }, summary: null };
}

/**
 * A saved and reloaded workbook whose empty cells B1:B4 share one style (loaded with the same style id), C1
 * another: empty, so the write guard lets the plan write them (a value typed there would be the user's).
 */
async function loadedWorkbook(dir: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  for (let r = 1; r <= 4; r++) {
    ws.getCell(r, 1).value = `riga ${r}`;
    ws.getCell(r, 2).style = { font: { italic: true } };
  }
  ws.getCell(1, 3).style = { font: { bold: true } };
  const file = path.join(dir, 'stili.xlsx');
  await saveWorkbook(wb, file);
  return loadWorkbook(file);
}

describe('style objects of written cells', () => {
  it('are shared between cells with the same old style and the same change, and the old style is left untouched', async () => {
    await withTempDir(async (dir) => {
      const wb = await loadedWorkbook(dir);
      const ws = wb.getWorksheet(SHEET)!;
      const shared = ws.getCell('B4').style;
      expect(ws.getCell('B1').style).toBe(shared); // exceljs: one object per style id
      const before = JSON.stringify(shared);
      applyWritePlan(wb, plan([{ top: 0, left: 1, values: [[0.5], [0.25], [1]], numberFormat: '0.00%' }]));
      const written = ws.getCell('B1').style;
      expect(written).not.toBe(shared);
      expect(ws.getCell('B2').style).toBe(written);
      expect(ws.getCell('B3').style).toBe(written);
      expect(written).toEqual({ ...JSON.parse(before), numFmt: '0.00%' });
      // the cell that was not written keeps the old object, unchanged
      expect(ws.getCell('B4').style).toBe(shared);
      expect(JSON.stringify(shared)).toBe(before);
      expect(ws.getCell('B4').numFmt).toBeUndefined();
    });
  });

  it('differ where the old styles, the changes or the kinds of value differ', async () => {
    await withTempDir(async (dir) => {
      const wb = await loadedWorkbook(dir);
      const ws = wb.getWorksheet(SHEET)!;
      applyWritePlan(
        wb,
        plan([
          { top: 0, left: 1, values: [[0.5], [0.25]], numberFormat: [['0.00%'], ['0.0%']] },
          { top: 0, left: 2, values: [[0.5]], numberFormat: '0.00%' },
          { top: 5, left: 0, values: [['testo', 12, 'altro']], style: 'header', bold: true },
        ]),
      );
      expect(ws.getCell('B1').style).not.toBe(ws.getCell('B2').style);
      expect(ws.getCell('B2').numFmt).toBe('0.0%');
      expect(ws.getCell('C1').style).not.toBe(ws.getCell('B1').style);
      expect(ws.getCell('C1').font?.bold).toBe(true);
      expect(ws.getCell('B1').font?.italic).toBe(true);
      // new cells with an empty style: the same change shares, a number and a text do not (exceljs styles them differently)
      expect(ws.getCell('A6').style).toBe(ws.getCell('C6').style);
      expect(ws.getCell('B6').style).not.toBe(ws.getCell('A6').style);
      expect(ws.getCell('B6').style).toEqual(ws.getCell('A6').style);
      expect(ws.getCell('A6').fill).toEqual(expect.objectContaining({ type: 'pattern' }));
    });
  });

  it('are new objects for each run: a second plan never changes what the first one wrote', async () => {
    await withTempDir(async (dir) => {
      const wb = await loadedWorkbook(dir);
      const ws = wb.getWorksheet(SHEET)!;
      applyWritePlan(wb, plan([{ top: 0, left: 1, values: [[0.5], [0.25]], numberFormat: '0.00%' }]));
      const first = ws.getCell('B1').style;
      const firstText = JSON.stringify(first);
      applyWritePlan(wb, plan([{ top: 0, left: 1, values: [[0.5]], style: 'header', bold: true }]));
      expect(ws.getCell('B1').style).not.toBe(first);
      expect(ws.getCell('B2').style).toBe(first);
      expect(JSON.stringify(first)).toBe(firstText);
      expect(ws.getCell('B1').numFmt).toBe('0.00%');
      expect(ws.getCell('B1').font?.bold).toBe(true);
    });
  });

  it('save as one style entry per distinct style', async () => {
    await withTempDir(async (dir) => {
      const wb = await loadedWorkbook(dir);
      const values = Array.from({ length: 200 }, (_, i) => [i / 200]);
      applyWritePlan(wb, plan([{ top: 10, left: 4, values, numberFormat: '0.00%' }]));
      const file = path.join(dir, 'out.xlsx');
      await saveWorkbook(wb, file);
      const styles = (await zipEntry(file, 'xl/styles.xml'))!;
      const cellXfs = /<cellXfs count="(\d+)"/.exec(styles);
      expect(Number(cellXfs![1])).toBeLessThan(10);
      const back = await loadWorkbook(file);
      expect(back.getWorksheet(SHEET)!.getCell('E200').numFmt).toBe('0.00%');
      expect(back.getWorksheet(SHEET)!.getCell('E200').value).toBe(189 / 200);
    });
  });
});

describe('empty values', () => {
  it('are not written into cells that do not exist; existing cells are cleared; styled empties are created', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.getCell('A1').value = 'vecchio';
    ws.getCell('A3').value = 'x';
    writeBlock(ws, { top: 0, left: 0, values: [[null], [null], [null]] }, new StyleCache());
    expect(ws.getCell('A1').value).toBeNull();
    expect(ws.findRow(2)).toBeUndefined();
    expect(ws.findRow(3)!.findCell(1)).toBeDefined();
    expect(ws.findRow(3)!.findCell(2)).toBeUndefined();
    writeBlock(ws, { top: 2, left: 1, values: [[null]], style: 'header' }, new StyleCache());
    expect(ws.findRow(3)!.findCell(2)!.fill).toEqual(expect.objectContaining({ type: 'pattern' }));
  });

  it('are written where the row or the column gives new cells a style of their own', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.getCell('A1').value = 'x';
    ws.getColumn(3).numFmt = '0.0';
    ws.getRow(1).font = { bold: true };
    writeBlock(ws, { top: 0, left: 1, values: [[null, null]] }, new StyleCache());
    expect(ws.findRow(1)!.findCell(2)).toBeDefined();
    expect(ws.findRow(1)!.findCell(3)).toBeDefined();
  });
});
