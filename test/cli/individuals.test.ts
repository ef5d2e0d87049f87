/**
 * `cruscotto ricalcola` finds the individual objectives sheet by its headers and computes it in the same run,
 * with no extra option (issue 9, item 1); the sheet is never read as the cruscotto, even when it comes first.
 */
import * as path from 'path';
import { sondrio2018Grid, sondrio2020Grid } from '../fixtures/builders';
import { sondrio2018Individuals, sondrio2020Individuals } from '../layout/individual/sondrioIndividuals';
import { readBook, readReport, removeDir, run, tempDir, workbookSnapshot, writeGrids } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

test('RP 2018 §5.3: the individual sheet before the cruscotto, read beside it: the dirigente at 100 %', async () => {
  const file = path.join(dir, '2018.xlsx');
  await writeGrids(file, [sondrio2018Individuals(), sondrio2018Grid()]);
  const json = path.join(dir, '2018.json');
  const r = await run(['ricalcola', file, '--profilo', 'sondrio-2018', '--anno', '2018', '--json', json], dir);
  expect(r.stderr).not.toMatch(/errore interno/);
  const report = await readReport(json);
  expect(report.sheet).toBe(sondrio2018Grid().name);
  expect(report.individuals?.sheet).toBe('Obiettivi individuali');
  expect(report.individuals?.persons.map((p) => [p.person, p.role, p.score])).toEqual([['Segretario Generale', 'dirigente', 100]]);
});

test('RP 2020 §3.4 with --riepilogo: the Riepilogo lists the Segretario Generale', async () => {
  const file = path.join(dir, '2020.xlsx');
  await writeGrids(file, [sondrio2020Grid(), sondrio2020Individuals()]);
  const json = path.join(dir, '2020.json');
  const out = path.join(dir, '2020-out.xlsx');
  const r = await run(['ricalcola', file, '--profilo', 'sondrio-2020', '--anno', '2020', '--riepilogo', '--json', json, '--output', out], dir);
  expect(r.code).toBe(0);
  const report = await readReport(json);
  expect(report.individuals?.persons.map((p) => [p.score, p.scoreWithoutOverrides])).toEqual([[100, 75]]);
  // stdout says it too, as the Riepilogo's table does
  expect(r.stdout).toContain('Obiettivi individuali (foglio «Obiettivi individuali»): 1 persona.\n  Segretario Generale (dirigente): 100,00% (senza i valori assegnati: 75,00%).\n');
  const wb = await readBook(out);
  const summary = wb.getWorksheet('Riepilogo')!;
  const texts: string[] = [];
  summary.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
  expect(texts).toContain('Obiettivi individuali (foglio «Obiettivi individuali»)');
  expect(texts).toContain('Segretario Generale');
});

test('Ricalcola twice == once with the individual sheet (its own columns and the Riepilogo rewritten the same)', async () => {
  const file = path.join(dir, 'twice.xlsx');
  await writeGrids(file, [sondrio2020Grid(), sondrio2020Individuals()]);
  const once = path.join(dir, 'twice-1.xlsx');
  const twice = path.join(dir, 'twice-2.xlsx');
  expect((await run(['ricalcola', file, '--profilo', 'sondrio-2020', '--anno', '2020', '--riepilogo', '--output', once], dir)).code).toBe(0);
  expect((await run(['ricalcola', once, '--profilo', 'sondrio-2020', '--anno', '2020', '--riepilogo', '--output', twice], dir)).code).toBe(0);
  const first = (await readBook(once)).getWorksheet('Obiettivi individuali')!;
  const second = (await readBook(twice)).getWorksheet('Obiettivi individuali')!;
  // the add-in's columns are there (test/cli/individualsWriteBack.test.ts checks their figures)
  expect(first.getCell('G3').value).toBe('Punteggio individuale');
  expect(workbookSnapshot({ worksheets: [second] } as never)).toEqual(workbookSnapshot({ worksheets: [first] } as never));
  expect(workbookSnapshot(await readBook(twice))).toEqual(workbookSnapshot(await readBook(once)));
});
