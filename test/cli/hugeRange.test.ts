/**
 * Reading costs what the data costs: one space typed in XFD1048576 (the used range then claims every cell
 * of the sheet) made the exceljs reader die of out-of-memory; a value in the last column must not stop the
 * write with an English library message. Control characters written the way Excel writes them (_x0007_)
 * survive, and two runs give the same file.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { worksheetFromGrid } from '../../src/xlsx';
import { PackageWorkbook } from '../../src/xlsx/package/workbook';
import { XlsxPackage } from '../../src/xlsx/package/zip';
import { removeDir, run, tempDir } from './helpers';

const SHEET = 'xl/worksheets/sheet1.xml';

async function cruscotto(): Promise<XlsxPackage> {
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, generateCruscotto({ actions: 20, seed: 11, layout: '2022', withResults: true }));
  return XlsxPackage.fromBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function addCells(pkg: XlsxPackage, rows: string): void {
  pkg.setText(SHEET, pkg.text(SHEET)!.replace('</sheetData>', `${rows}</sheetData>`));
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const spaced = await cruscotto();
  addCells(spaced, '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row>');
  await fs.writeFile(path.join(dir, 'spazio.xlsx'), spaced.toBytes());

  const full = await cruscotto();
  addCells(full, '<row r="100"><c r="XFD100" t="inlineStr"><is><t>fine</t></is></c></row>');
  await fs.writeFile(path.join(dir, 'ultima.xlsx'), full.toBytes());

  const control = await cruscotto();
  const strings = control.text('xl/sharedStrings.xml')!;
  const first = /<si><t[^>]*>([^<]*)<\/t><\/si>/.exec(strings)!;
  control.setText('xl/sharedStrings.xml', strings.replace(first[0], first[0].replace(first[1], `${first[1]}_x0007_`)));
  addCells(control, '<row r="200"><c r="A200" t="inlineStr"><is><t>campanello_x0007_fine</t></is></c></row>');
  await fs.writeFile(path.join(dir, 'controllo.xlsx'), control.toBytes());
});
afterAll(() => removeDir(dir));

test('a space in XFD1048576: the run completes, the cell is kept', async () => {
  const before = process.memoryUsage().rss;
  const r = await run(['ricalcola', 'spazio.xlsx', '--riepilogo', '--output', 'spazio-out.xlsx'], dir);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  // far below what a grid of every cell of the sheet would take (the exceljs reader went past 4 GB)
  expect(process.memoryUsage().rss - before).toBeLessThan(1024 * 1024 * 1024);
  const out = PackageWorkbook.fromBytes(await fs.readFile(path.join(dir, 'spazio-out.xlsx')));
  expect(out.pkg.text(SHEET)).toContain('<c r="XFD1048576" t="inlineStr"><is><t xml:space="preserve"> </t></is></c>');
});

test('a value in column XFD: an Italian message (no room right of the sheet), exit 2, no file written', async () => {
  const r = await run(['ricalcola', 'ultima.xlsx', '--output', 'ultima-out.xlsx'], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("nell'ultima colonna di Excel (XFD): a destra non c'è posto");
  await expect(fs.stat(path.join(dir, 'ultima-out.xlsx'))).rejects.toThrow();
});

test('control characters written as _x0007_ survive, in shared and in inline strings; two runs = one', async () => {
  expect((await run(['ricalcola', 'controllo.xlsx', '--output', 'c1.xlsx'], dir)).code).toBe(0);
  expect((await run(['ricalcola', 'c1.xlsx', '--output', 'c2.xlsx'], dir)).code).toBe(0);
  const one = XlsxPackage.fromBytes(await fs.readFile(path.join(dir, 'c1.xlsx')));
  const two = XlsxPackage.fromBytes(await fs.readFile(path.join(dir, 'c2.xlsx')));
  expect(one.text('xl/sharedStrings.xml')).toContain('_x0007_');
  expect(one.text(SHEET)).toContain('campanello_x0007_fine');
  expect(two.names().sort()).toEqual(one.names().sort());
  for (const part of one.names()) expect({ part, text: two.text(part) }).toEqual({ part, text: one.text(part) });
  const grid = PackageWorkbook.fromBytes(await fs.readFile(path.join(dir, 'c2.xlsx'))).grid('Cruscotto');
  expect(grid.cells[199][0].value).toBe('campanello\u0007fine');
});
