/**
 * Issue 8, item 2, at the CLI: the add-in's Riepilogo is rewritten by a ricalcola without --riepilogo; a Riepilogo
 * of a sheet with errors says so at the top; output paths are checked before anything is written; exceljs's English
 * errors are said in Italian with the cell; the print header/footer of the Riepilogo.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { exampleCruscotto, EXAMPLE_SHEET_NAME } from '../support/generate';
import { findHeader } from '../../src/layout/reader';
import { readBook, readReport, removeDir, run, tempDir, writeGrids } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

function enteFigure(ws: ExcelJS.Worksheet): unknown {
  let found: unknown;
  ws.eachRow((row) => {
    if (row.getCell(2).value === 'Performance di ente') found = row.getCell(3).value;
  });
  return found;
}

test('a ricalcola without --riepilogo rewrites the Riepilogo the add-in made (never the old figures)', async () => {
  const { grid } = exampleCruscotto();
  await writeGrids(path.join(dir, 'a.xlsx'), [grid]);
  expect((await run(['ricalcola', 'a.xlsx', '--output', 'a1.xlsx', '--riepilogo'], dir)).code).toBe(0);
  const first = await readBook(path.join(dir, 'a1.xlsx'));
  const before = enteFigure(first.getWorksheet('Riepilogo')!);
  // a result lowered in the output, as a user would do before the next run
  const layout = findHeader(grid)!;
  const col = layout.columns.find((c) => c.role === 'action.result')!.col;
  const ws = first.getWorksheet(EXAMPLE_SHEET_NAME)!;
  for (let r = layout.headerBottom + 1; r < grid.cells.length; r++) {
    const cell = ws.getCell(r + 1, col + 1);
    if (typeof cell.value === 'number') cell.value = cell.value / 2;
  }
  await first.xlsx.writeFile(path.join(dir, 'a1-modificato.xlsx'));

  const r = await run(['ricalcola', 'a1-modificato.xlsx', '--output', 'a2.xlsx', '--json', 'a2.json'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Il foglio «Riepilogo», creato da un calcolo precedente, è stato aggiornato con le nuove cifre.');
  const report = await readReport(path.join(dir, 'a2.json'));
  const summary = (await readBook(path.join(dir, 'a2.xlsx'))).getWorksheet('Riepilogo')!;
  expect(enteFigure(summary)).not.toEqual(before);
  expect(enteFigure(summary) as number).toBeCloseTo(report.organisation.achievement! / 100, 10);
  // header: title and day of the figures; footer: page numbers (exceljs headerFooter)
  expect(summary.headerFooter.oddHeader).toMatch(/^&LRelazione sulla performance 2022&RCifre calcolate il \d{2}\/\d{2}\/\d{4}$/);
  expect(summary.headerFooter.oddFooter).toBe('&LRiepilogo&RPagina &P di &N');
});

test('a Riepilogo of a sheet with errors says at the top that its figures are partial, with the cells', async () => {
  const { grid } = exampleCruscotto();
  const layout = findHeader(grid)!;
  const col = layout.columns.find((c) => c.role === 'action.result')!.col;
  grid.cells[layout.headerBottom + 2][col] = { value: 'circa 30' };
  await writeGrids(path.join(dir, 'e.xlsx'), [grid]);
  const r = await run(['ricalcola', 'e.xlsx', '--riepilogo'], dir);
  expect(r.code).toBe(1);
  const ws = (await readBook(path.join(dir, 'e.ricalcolato.xlsx'))).getWorksheet('Riepilogo')!;
  // at the top: right under the title and the subtitle
  const row = [1, 2, 3, 4].find((r) => String(ws.getCell(`A${r}`).value).startsWith('ATTENZIONE'));
  expect(row).toBeDefined();
  expect(String(ws.getCell(`A${row}`).value)).toBe('ATTENZIONE: il foglio «Cruscotto 2022» ha 1 cella con errori: le cifre di questo riepilogo sono PARZIALI.');
  const list = [1, 2, 3, 4].map((n) => row! + n).find((r) => ws.getCell(`A${r}`).value === 'Cella');
  expect(list).toBeDefined();
  expect(String(ws.getCell(`B${list! + 1}`).value)).toBe('il risultato «circa 30» non è un numero');
});

test('a --json path in a missing folder: exit 2 in Italian, and no workbook written', async () => {
  await writeGrids(path.join(dir, 'j.xlsx'), [exampleCruscotto().grid]);
  const r = await run(['ricalcola', 'j.xlsx', '--json', path.join('manca', 'r.json')], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`cruscotto: il rapporto JSON «${path.join(dir, 'manca', 'r.json')}» non si può scrivere: la cartella «${path.join(dir, 'manca')}» non esiste.\n`);
  expect(r.stderr).not.toMatch(/ENOENT|no such file/);
  await expect(fs.stat(path.join(dir, 'j.ricalcolato.xlsx'))).rejects.toThrow();
});

test('an output in a missing folder: exit 2 in Italian before reading anything', async () => {
  await writeGrids(path.join(dir, 'o.xlsx'), [exampleCruscotto().grid]);
  const r = await run(['ricalcola', 'o.xlsx', '--output', path.join('manca', 'o.xlsx')], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('non si può scrivere: la cartella');
});

test('a value in column XFD: the cell named in Italian (not exceljs\'s "out of bounds")', async () => {
  const { grid } = exampleCruscotto();
  const wb = new ExcelJS.Workbook();
  await writeGrids(path.join(dir, 'x0.xlsx'), [grid]);
  await wb.xlsx.readFile(path.join(dir, 'x0.xlsx'));
  wb.getWorksheet(EXAMPLE_SHEET_NAME)!.getCell('XFD5').value = 7;
  await wb.xlsx.writeFile(path.join(dir, 'x.xlsx'));
  const r = await run(['ricalcola', 'x.xlsx'], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("il foglio ha un valore in 'Cruscotto 2022'!XFD5, nell'ultima colonna di Excel (XFD)");
  expect(r.stderr).not.toMatch(/out of bounds/);
});

test('an only sheet that is hidden, and a cruscotto named «Riepilogo»: clear messages (fixed earlier, kept)', async () => {
  const hidden = new ExcelJS.Workbook();
  await writeGrids(path.join(dir, 'h0.xlsx'), [exampleCruscotto().grid]);
  await hidden.xlsx.readFile(path.join(dir, 'h0.xlsx'));
  hidden.worksheets[0].state = 'hidden';
  await hidden.xlsx.writeFile(path.join(dir, 'h.xlsx'));
  const h = await run(['ricalcola', 'h.xlsx'], dir);
  expect(h.code).toBe(2);
  expect(h.stderr).toContain('La cartella di lavoro ha solo fogli nascosti: «Cruscotto 2022»');
  expect(h.stderr).not.toContain('non contiene fogli');

  await writeGrids(path.join(dir, 'r.xlsx'), [{ ...exampleCruscotto().grid, name: 'Riepilogo' }]);
  const r = await run(['ricalcola', 'r.xlsx', '--riepilogo'], dir);
  expect(r.code).toBe(0);
  expect(r.stderr).not.toContain('Nessun foglio sembra un cruscotto');
  expect(r.stdout).toContain('Performance di ente: 98,89%');
  expect((await readBook(path.join(dir, 'r.ricalcolato.xlsx'))).worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Riepilogo', 'Riepilogo Cruscotto']);
});

test('a ricalcola without --riepilogo never touches a «Riepilogo» of the user\'s, nor makes one', async () => {
  const mine = { name: 'Riepilogo', cells: [[{ value: 'appunti miei' }]], merges: [] };
  await writeGrids(path.join(dir, 'u.xlsx'), [exampleCruscotto().grid, mine]);
  const r = await run(['ricalcola', 'u.xlsx'], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain('aggiornato con le nuove cifre');
  const wb = await readBook(path.join(dir, 'u.ricalcolato.xlsx'));
  expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([EXAMPLE_SHEET_NAME, 'Riepilogo']);
  expect(wb.getWorksheet('Riepilogo')!.getCell('A1').value).toBe('appunti miei');
  expect(wb.getWorksheet('Riepilogo')!.rowCount).toBe(1);
});
