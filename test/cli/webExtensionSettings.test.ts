/**
 * The settings the add-in saved with workbook.settings (Excel keeps them in the package's web-extension
 * part) are the CLI's too: the same workbook gives the same figures in Excel and from the command line,
 * without a hidden sheet. The command line still wins; a workbook with only the older hidden sheet is read
 * as before; the web-extension part is carried to the output unchanged.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { SUMMARY_SHEET_NAME } from '../../src/layout/types';
import { worksheetFromGrid, writeSettings } from '../../src/xlsx';
import { XlsxPackage } from '../../src/xlsx/package/zip';
import { getProfile } from '../../src/engine';
import { profileToDocument } from '../../src/engine/profile';
import { withWebExtension } from '../fixtures/xlsx-sources/webExtension';
import { readBook, readReport, removeDir, run, tempDir } from './helpers';

/** As src/excel/settings.ts serialiseSettings writes them. */
const ADDIN_SETTINGS = JSON.stringify({
  version: 1,
  profile: 'sondrio-2018',
  planYear: 2018,
  sheetName: 'Piano 2018',
  colours: { raggiunto: '#00AA00' },
  organisationName: 'Camera di commercio di Prova',
});

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const build = async (withSheet: boolean) => {
    const wb = new ExcelJS.Workbook();
    worksheetFromGrid(wb, { name: 'Premessa', cells: [[{ value: 'Note per la Giunta' }]], merges: [] });
    worksheetFromGrid(wb, generateCruscotto({ actions: 15, seed: 4, layout: '2018', withResults: true, sheetName: 'Piano 2018', planYear: 2018 }));
    // an older hidden sheet that says otherwise: the add-in's own settings win
    if (withSheet) writeSettings(wb, { profile: 'pavia', planYear: 2019, sheetName: 'Premessa' });
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };
  await fs.writeFile(path.join(dir, 'addin.xlsx'), withWebExtension(await build(false), { 'cruscotto.impostazioni': ADDIN_SETTINGS }));
  await fs.writeFile(path.join(dir, 'entrambi.xlsx'), withWebExtension(await build(true), { 'cruscotto.impostazioni': ADDIN_SETTINGS, 'altra.chiave': 42 }));
  // the body's own rules saved by the pane's «Regole di calcolo» (settings key `rules`, issue 11): operational
  // objectives as the plain mean of their actions instead of the weighted sum
  const doc = profileToDocument(getProfile('sondrio-2018')!);
  const rules = { ...doc, nome: 'ente-prova', aggregazione: { ...doc.aggregazione, operativo: 'media' } };
  await fs.writeFile(path.join(dir, 'regole.xlsx'), withWebExtension(await build(false), { 'cruscotto.impostazioni': JSON.stringify({ ...JSON.parse(ADDIN_SETTINGS), rules }) }));
  await fs.writeFile(path.join(dir, 'regole.json'), JSON.stringify(rules));
  await fs.writeFile(path.join(dir, 'illeggibile.xlsx'), withWebExtension(await build(false), { 'cruscotto.impostazioni': '{non json' }));
});
afterAll(() => removeDir(dir));

test.each(['addin.xlsx', 'entrambi.xlsx'])('%s: profile, sheet, colours and body name come from the add-in’s web-extension part', async (file) => {
  const out = file.replace('.xlsx', '.out.xlsx');
  const r = await run(['ricalcola', file, '--riepilogo', '--output', out, '--json', `${file}.json`], dir);
  expect(r.stderr).not.toContain('ERRORE');
  expect(r.code).toBe(0);
  const report = await readReport(path.join(dir, `${file}.json`));
  expect(report.profile).toBe('sondrio-2018');
  expect(report.sheet).toBe('Piano 2018');
  const wb = await readBook(path.join(dir, out));
  expect(wb.getWorksheet(SUMMARY_SHEET_NAME)!.getCell('A1').value).toBe('Relazione sulla performance 2018 — Camera di commercio di Prova');
  const rules = ((wb.getWorksheet('Piano 2018') as unknown as { conditionalFormattings: { rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings ?? []).flatMap((c) => c.rules);
  const reached = rules.filter((x) => x.formulae?.some((f) => f.includes('cruscotto:raggiunto')));
  expect(reached.length).toBeGreaterThan(0);
  for (const rule of reached) expect(rule.style?.fill?.bgColor?.argb).toBe('FF00AA00');
  // the add-in's parts are in the output as they were
  const before = XlsxPackage.fromBytes(await fs.readFile(path.join(dir, file)));
  const after = XlsxPackage.fromBytes(await fs.readFile(path.join(dir, out)));
  for (const part of ['xl/webextensions/webextension1.xml', 'xl/webextensions/taskpanes.xml', 'xl/webextensions/_rels/taskpanes.xml.rels', '_rels/.rels']) {
    expect(Buffer.compare(Buffer.from(after.bytes(part)!), Buffer.from(before.bytes(part)!))).toBe(0);
  }
});

test('the command line still wins over the add-in’s settings', async () => {
  const r = await run(['ricalcola', 'addin.xlsx', '--profilo', 'pavia', '--foglio', 'Piano 2018', '--output', 'cli.xlsx', '--json', 'cli.json'], dir);
  expect(r.code).toBeLessThan(2);
  expect((await readReport(path.join(dir, 'cli.json'))).profile).toBe('pavia');
});

test('settings the add-in saved but that cannot be read: a warning, and the defaults', async () => {
  const r = await run(['ricalcola', 'illeggibile.xlsx', '--foglio', 'Piano 2018', '--output', 'ill.xlsx', '--json', 'ill.json'], dir);
  expect(r.code).toBeLessThan(2);
  expect(r.stderr).toContain('Impostazioni del componente aggiuntivo salvate nella cartella non leggibili');
  expect((await readReport(path.join(dir, 'ill.json'))).profile).toBe('sondrio-2020');
});

test('the rules the pane saved in the workbook are the CLI’s, as if given with --profilo', async () => {
  const saved = await run(['ricalcola', 'regole.xlsx', '--output', 'r1.xlsx', '--json', 'r1.json'], dir);
  expect(saved.code).toBeLessThan(2);
  const asFile = await run(['ricalcola', 'addin.xlsx', '--profilo', 'regole.json', '--output', 'r2.xlsx', '--json', 'r2.json'], dir);
  expect(asFile.code).toBeLessThan(2);
  await run(['ricalcola', 'addin.xlsx', '--output', 'r3.xlsx', '--json', 'r3.json'], dir);
  const [fromWorkbook, fromFile, builtIn] = await Promise.all(['r1.json', 'r2.json', 'r3.json'].map((f) => readReport(path.join(dir, f))));
  expect(fromWorkbook.organisation).toEqual(fromFile.organisation);
  expect(fromWorkbook.nodes).toEqual(fromFile.nodes);
  expect(fromWorkbook.organisation.achievement).not.toBe(builtIn.organisation.achievement);
});

test('cruscotto profilo <file.xlsx> prints the rules the add-in saved in the workbook', async () => {
  const r = await run(['profilo', 'regole.xlsx'], dir);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ nome: 'ente-prova', aggregazione: { operativo: 'media' } });
});
