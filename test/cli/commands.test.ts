/** `cruscotto esempio` and `cruscotto demo`, in-process. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { readBook, readReport, removeDir, run, tempDir } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

test('esempio writes the example workbook, which then recalculates cleanly', async () => {
  const r = await run(['esempio', 'esempio.xlsx'], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`Cruscotto di esempio scritto: ${path.join(dir, 'esempio.xlsx')}`);
  const wb = await readBook(path.join(dir, 'esempio.xlsx'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Cruscotto 2022', 'Obiettivi individuali']);
  const again = await run(['ricalcola', 'esempio.xlsx', '--json', 'esempio.json'], dir);
  expect(again.code).toBe(0);
  const report = await readReport(path.join(dir, 'esempio.json'));
  expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(report.organisation.achievement).not.toBeNull();
  // the individual objectives sheet is found by its headers and computed in the same run (issue 9)
  expect(report.individuals?.persons.map((p) => p.role)).toEqual(['dirigente', 'po', 'personale']);
});

test('demo writes the example into a folder, recalculates it with the Riepilogo and prints a summary', async () => {
  const folder = path.join(dir, 'dimostrazione');
  for (let i = 0; i < 2; i++) {
    // twice: the demo folder is rewritten
    const r = await run(['demo', '--cartella', folder], dir);
    expect(r.stderr).not.toContain('ERRORE');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Performance di ente: \d{1,3},\d{2}% \(\w+\)\./);
    expect(r.stdout).toMatch(/\d+ obiettiv[oi] strategic[oi] su \d+ raggiunt[oi]\./);
    expect(r.stdout).toMatch(/Segnalazioni: /);
    expect(r.stdout).toContain(`File scritto: ${path.join(folder, 'cruscotto-esempio.ricalcolato.xlsx')}`);
  }
  expect((await fs.readdir(folder)).sort()).toEqual(['cruscotto-esempio.json', 'cruscotto-esempio.ricalcolato.xlsx', 'cruscotto-esempio.xlsx']);
  const wb = await readBook(path.join(folder, 'cruscotto-esempio.ricalcolato.xlsx'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Cruscotto 2022', 'Obiettivi individuali', 'Riepilogo', 'Cruscotto Registro']);
  const title = wb.getWorksheet('Riepilogo')!.getCell('A1').value;
  expect(String(title)).toMatch(/^Relazione sulla performance 2022 — Camera di commercio/);
});

test('demo defaults to ./demo-output in the working directory', async () => {
  const cwd = path.join(dir, 'qui');
  await fs.mkdir(cwd);
  const r = await run(['demo'], cwd);
  expect(r.code).toBe(0);
  await fs.access(path.join(cwd, 'demo-output', 'cruscotto-esempio.ricalcolato.xlsx'));
});
