/**
 * The CLI on workbooks where the user's things sit where the add-in would write: a note on the % cell of an
 * overridden action, a sheet of theirs called «Riepilogo», a second sheet that looks like a cruscotto.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { runPipeline } from '../../src/layout/pipeline';
import { getProfile } from '../../src/engine';
import { saveWorkbook, worksheetFromGrid } from '../../src/xlsx';
import { readBook, readReport, removeDir, run, tempDir } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

const profile = getProfile('sondrio-2020')!;

it("keeps a user's note and puts the add-in's note beside it, on the action's Esito", async () => {
  const grid = generateCruscotto({ actions: 20, seed: 3, layout: '2022', withResults: true, variant: { overrides: true } });
  const note = runPipeline(grid, { profile }).plan.sheet.notes[0];
  const wb = new ExcelJS.Workbook();
  const ws = worksheetFromGrid(wb, grid);
  // the user has already commented the cell where the add-in's figure goes (an empty cell of its column-to-be)
  ws.getCell(note.row + 1, note.col + 1).note = 'Verificare con il dirigente';
  // exceljs keeps a note only on a cell it writes: one with a style (Excel keeps it on any cell)
  ws.getCell(note.row + 1, note.col + 1).numFmt = '0%';
  const input = path.join(dir, 'nota.xlsx');
  await saveWorkbook(wb, input);
  const r = await run(['ricalcola', input, '--output', path.join(dir, 'nota.out.xlsx')], dir);
  expect(r.code).toBe(0);
  const out = (await readBook(path.join(dir, 'nota.out.xlsx'))).getWorksheet('Cruscotto')!;
  expect(out.getCell(note.row + 1, note.col + 1).note).toBe('Verificare con il dirigente');
  expect(out.getCell(note.row + 1, note.col + 2).note).toBe(note.text);
  // a second run leaves both as they are
  const again = await run(['ricalcola', path.join(dir, 'nota.out.xlsx'), '--output', path.join(dir, 'nota.out2.xlsx')], dir);
  expect(again.code).toBe(0);
  const out2 = (await readBook(path.join(dir, 'nota.out2.xlsx'))).getWorksheet('Cruscotto')!;
  expect([out2.getCell(note.row + 1, note.col + 1).note, out2.getCell(note.row + 1, note.col + 2).note]).toEqual(['Verificare con il dirigente', note.text]);
});

it("never touches a user's «Riepilogo»: the summary goes to «Riepilogo Cruscotto», and the message says so", async () => {
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, generateCruscotto({ actions: 8, seed: 1, withResults: true }));
  wb.addWorksheet('Riepilogo').getCell('A1').value = 'i miei appunti per la Giunta';
  const input = path.join(dir, 'riepilogo.xlsx');
  await saveWorkbook(wb, input);
  const json = path.join(dir, 'riepilogo.json');
  const r = await run(['ricalcola', input, '--output', path.join(dir, 'riepilogo.out.xlsx'), '--riepilogo', '--json', json], dir);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("il foglio «Riepilogo» della cartella non è stato creato dal componente aggiuntivo e non viene toccato; il riepilogo è nel foglio «Riepilogo Cruscotto».");
  const out = await readBook(path.join(dir, 'riepilogo.out.xlsx'));
  expect(out.getWorksheet('Riepilogo')!.getCell('A1').value).toBe('i miei appunti per la Giunta');
  expect(String(out.getWorksheet('Riepilogo Cruscotto')!.getCell('A1').value)).toMatch(/^Relazione sulla performance/);
  expect((await readReport(json)).diagnostics.map((d) => d.message)).toContain(
    "'Riepilogo Cruscotto': il foglio «Riepilogo» della cartella non è stato creato dal componente aggiuntivo e non viene toccato; il riepilogo è nel foglio «Riepilogo Cruscotto».",
  );
});

it('reads the sheet that looks most like a cruscotto and says which, and how to choose another', async () => {
  const wb = new ExcelJS.Workbook();
  const list = wb.addWorksheet('Elenco');
  list.addRow(['cod.', 'descrizione', 'target']);
  list.addRow(['1', 'Sportello', 10]);
  worksheetFromGrid(wb, generateCruscotto({ actions: 8, seed: 1, withResults: true, sheetName: 'Piano 2022' }));
  const input = path.join(dir, 'due.xlsx');
  await saveWorkbook(wb, input);
  const r = await run(['ricalcola', input, '--output', path.join(dir, 'due.out.xlsx'), '--json', '-'], dir);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.sheet).toBe('Piano 2022');
  expect(r.stderr).toContain('Più fogli sembrano un cruscotto («Elenco», «Piano 2022»): è stato letto «Piano 2022», quello che lo sembra di più. Per leggerne un altro, indicarlo nelle impostazioni (Foglio del cruscotto) o con --foglio.');
});

it('reads a cruscotto called «Riepilogo»; its summary goes to another sheet', async () => {
  const input = path.join(dir, 'chiamato-riepilogo.xlsx');
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, generateCruscotto({ actions: 8, seed: 2, withResults: true, sheetName: 'Riepilogo' }));
  await saveWorkbook(wb, input);
  const r = await run(['ricalcola', input, '--output', path.join(dir, 'chiamato-riepilogo.out.xlsx'), '--riepilogo', '--json', '-'], dir);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).sheet).toBe('Riepilogo');
  const out = await readBook(path.join(dir, 'chiamato-riepilogo.out.xlsx'));
  expect(out.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name)).toEqual(['Riepilogo', 'Riepilogo Cruscotto']);
});

it('a hidden cruscotto: says it is hidden and how to read it; --foglio reads it', async () => {
  const input = path.join(dir, 'nascosto.xlsx');
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, generateCruscotto({ actions: 6, seed: 2, withResults: true, sheetName: 'Cruscotto 2022' })).state = 'hidden';
  await saveWorkbook(wb, input);
  const r = await run(['ricalcola', input, '--output', path.join(dir, 'nascosto.out.xlsx')], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('La cartella di lavoro ha solo fogli nascosti: «Cruscotto 2022». Per leggerne uno, indicarlo con --foglio');
  const named = await run(['ricalcola', input, '--output', path.join(dir, 'nascosto.out.xlsx'), '--foglio', 'Cruscotto 2022', '--json', '-'], dir);
  expect(named.code).toBe(0);
  expect(JSON.parse(named.stdout).sheet).toBe('Cruscotto 2022');
});
