/**
 * Write-back of the individual objectives sheet through `cruscotto ricalcola` (issue 9, item 5): the add-in's
 * own columns after the user's, each objective's % raggiungimento, the person's weighted score (RP 2020 §3.4:
 * 100 %, 75 % without the OIV's assigned value of 3.4.1), nothing of the user's overwritten, twice == once.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { sondrio2020Grid } from '../fixtures/builders';
import { gridOf, INDIVIDUAL_SHEET, sondrio2020Individuals } from '../layout/individual/sondrioIndividuals';
import { readBook, readReport, removeDir, run, sheetCells, tempDir, writeGrids } from './helpers';
import type { SheetGrid } from '../../src/layout/types';
import { XlsxPackage } from '../../src/xlsx/package/zip';

const ARGS = ['--profilo', 'sondrio-2020', '--anno', '2020'];

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

async function ricalcola(input: string, output: string, extra: string[] = []) {
  const json = `${output}.json`;
  const r = await run(['ricalcola', input, ...ARGS, '--output', output, '--json', json, ...extra], dir);
  expect(r.stderr).not.toMatch(/errore interno/);
  expect(r.code).toBe(0);
  return readReport(json);
}

async function individualCells(file: string) {
  const ws = (await readBook(file)).getWorksheet(INDIVIDUAL_SHEET)!;
  return sheetCells(ws);
}

/** The objectives' figures as the report gives them (fractions, as the sheet holds them). */
function achievements(report: Awaited<ReturnType<typeof readReport>>): number[] {
  return report.individuals!.persons[0].objectives.map((o) => o.achievement! / 100);
}

test('RP 2020 §3.4: each objective its % in F, the Segretario Generale 100 % in G and 75 % without the assigned value in H', async () => {
  const file = await writeGrids(path.join(dir, 'rp2020.xlsx'), [sondrio2020Grid(), sondrio2020Individuals()]);
  const out = path.join(dir, 'rp2020-out.xlsx');
  const report = await ricalcola(file, out);
  expect(report.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET))).toEqual([]);
  const cells = await individualCells(out);
  // the header row is row 3 (Persona / team … Collegamento al cruscotto in A:E): the add-in's columns follow
  expect(['F3', 'G3', 'H3'].map((a) => cells.get(a)?.value)).toEqual(['% raggiungimento', 'Punteggio individuale', 'Punteggio senza valori assegnati']);
  const figures = achievements(report);
  expect(figures).toHaveLength(4);
  figures.forEach((f, i) => {
    expect(cells.get(`F${4 + i}`)?.value).toBeCloseTo(f, 10);
    expect(cells.get(`F${4 + i}`)?.numFmt).toBe('0.00%');
  });
  expect(cells.get('G4')).toEqual({ value: 1, numFmt: '0.00%' });
  expect(cells.get('H4')).toEqual({ value: 0.75, numFmt: '0.00%' });
  // one score per person, on the first row of its objectives
  for (const a of ['G5', 'G6', 'G7', 'H5', 'H6', 'H7']) expect(cells.get(a)).toBeUndefined();
  // the user's cells are as they were
  const before = sheetCellsOf(sondrio2020Individuals());
  for (const [address, value] of before) expect(cells.get(address)?.value).toEqual(value);
});

/** Every part of a package with the hash of its bytes (the zip's own entry dates follow the clock). */
async function partHashes(file: string): Promise<Map<string, string>> {
  const pkg = XlsxPackage.fromBytes(await fs.readFile(file));
  return new Map(pkg.names().map((n) => [n, createHash('sha256').update(pkg.bytes(n)!).digest('hex')]));
}

test('Ricalcola twice == once: every part of the second output has the first one\'s bytes', async () => {
  const file = await writeGrids(path.join(dir, 'twice.xlsx'), [sondrio2020Grid(), sondrio2020Individuals()]);
  const once = path.join(dir, 'twice-1.xlsx');
  const twice = path.join(dir, 'twice-2.xlsx');
  await ricalcola(file, once);
  expect((await individualCells(once)).get('G4')?.value).toBe(1);
  await ricalcola(once, twice);
  expect(await partHashes(twice)).toEqual(await partHashes(once));
});

test('a value typed over the add-in\'s score is kept: the score goes to a new column and a warning names both', async () => {
  const file = await writeGrids(path.join(dir, 'typed.xlsx'), [sondrio2020Grid(), sondrio2020Individuals()]);
  const once = path.join(dir, 'typed-1.xlsx');
  await ricalcola(file, once);
  // the user types their own score over the add-in's G4
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(once);
  wb.getWorksheet(INDIVIDUAL_SHEET)!.getCell('G4').value = 0.9;
  const edited = path.join(dir, 'typed-edited.xlsx');
  await wb.xlsx.writeFile(edited);
  const twice = path.join(dir, 'typed-2.xlsx');
  const report = await ricalcola(edited, twice);
  const cells = await individualCells(twice);
  expect(cells.get('G4')?.value).toBe(0.9);
  expect(cells.get('I3')?.value).toBe('Punteggio individuale');
  expect(cells.get('I4')).toEqual({ value: 1, numFmt: '0.00%' });
  const warning = report.diagnostics.find((d) => d.cell === `'${INDIVIDUAL_SHEET}'!G3`);
  expect(warning?.message).toMatch(/colonna G .*Punteggio individuale.*colonna I/);
});

test('the user\'s own «% raggiungimento» column with their values is left alone; an empty one of theirs is filled', async () => {
  const base = sondrio2020Individuals();
  const withOwn = (values: (string | null)[]): SheetGrid =>
    gridOf(
      INDIVIDUAL_SHEET,
      base.cells.map((row, r) => {
        const texts = row.map((c) => c.value as string | number | null);
        while (texts.length < 5) texts.push(null);
        return r === 2 ? [...texts, '% raggiungimento'] : r > 2 ? [...texts, values[r - 3]] : texts;
      }),
    );
  const typed = await writeGrids(path.join(dir, 'own.xlsx'), [sondrio2020Grid(), withOwn(['80%', '10%', '100%', '100%'])]);
  const out = path.join(dir, 'own-out.xlsx');
  const report = await ricalcola(typed, out);
  const cells = await individualCells(out);
  expect(['F4', 'F5', 'F6', 'F7'].map((a) => cells.get(a)?.value)).toEqual(['80%', '10%', '100%', '100%']);
  expect(cells.get('G3')?.value).toBe('% raggiungimento');
  achievements(report).forEach((f, i) => expect(cells.get(`G${4 + i}`)?.value).toBeCloseTo(f, 10));
  expect(cells.get('H4')).toEqual({ value: 1, numFmt: '0.00%' });
  const warning = report.diagnostics.find((d) => d.cell === `'${INDIVIDUAL_SHEET}'!F3`);
  expect(warning?.message).toMatch(/colonna F \(«% raggiungimento»\).*colonna G/);

  const empty = await writeGrids(path.join(dir, 'own-empty.xlsx'), [sondrio2020Grid(), withOwn([null, null, null, null])]);
  const outEmpty = path.join(dir, 'own-empty-out.xlsx');
  const reportEmpty = await ricalcola(empty, outEmpty);
  const filled = await individualCells(outEmpty);
  achievements(reportEmpty).forEach((f, i) => expect(filled.get(`F${4 + i}`)?.value).toBeCloseTo(f, 10));
  expect(filled.get('G3')?.value).toBe('Punteggio individuale');
  expect(reportEmpty.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET))).toEqual([]);
});

function sheetCellsOf(grid: SheetGrid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  grid.cells.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c.value !== null && c.value !== undefined && c.value !== '') out.set(`${String.fromCharCode(65 + col)}${r + 1}`, c.value);
    }),
  );
  return out;
}
