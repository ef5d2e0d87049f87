/**
 * Issue 11 on the command line: `cruscotto profilo <nome>` exports a built-in profile; `ricalcola --profilo
 * <file.json>` gives the same figures as the built-in one on the example workbook; a changed rule changes them;
 * an invalid file stops with exit 2 naming the field; the rules saved in a workbook apply by default.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { getProfile } from '../../src/engine';
import { profileJsonSchemaText, profileToDocument, readProfileDocument } from '../../src/engine/profile';
import { SUMMARY_SHEET_NAME, type JsonReport } from '../../src/layout/types';
import { readSettingsSheet, writeSettings } from '../../src/xlsx/settings';
import { loadWorkbook, saveWorkbook } from '../../src/xlsx';
import { removeDir, run, tempDir } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  expect((await run(['esempio', 'esempio.xlsx'], dir)).code).toBe(0);
});
afterAll(() => removeDir(dir));

/** The figures of a report, without the profile's name. */
function figures(report: JsonReport): unknown {
  return { organisation: report.organisation, nodes: report.nodes };
}

async function ricalcola(args: string[]): Promise<{ code: number; report: JsonReport | null; stderr: string }> {
  const r = await run(['ricalcola', ...args, '--json', '-'], dir);
  return { code: r.code, report: r.code === 2 ? null : (JSON.parse(r.stdout) as JsonReport), stderr: r.stderr };
}

async function writeJson(file: string, data: unknown): Promise<string> {
  await fs.writeFile(path.join(dir, file), JSON.stringify(data, null, 2), 'utf8');
  return file;
}

test('profilo <nome> prints the built-in profile as a valid document', async () => {
  const r = await run(['profilo', 'sondrio-2020'], dir);
  expect(r.code).toBe(0);
  const read = readProfileDocument(r.stdout);
  expect(read.ok && read.profile).toEqual(getProfile('sondrio-2020'));
  expect(JSON.parse(r.stdout).aggregazione.strategico).toBe('somma ponderata');
  const bad = await run(['profilo', 'milano'], dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('profilo «milano» sconosciuto');
  const schema = await run(['profilo', '--schema'], dir);
  expect(schema.stdout).toBe(profileJsonSchemaText());
});

test('an exported profile used through --profilo file.json gives figures identical to the built-in one', async () => {
  for (const name of ['sondrio-2020', 'sondrio-2018', 'pavia']) {
    const exported = await run(['profilo', name], dir);
    await fs.writeFile(path.join(dir, `${name}.json`), exported.stdout, 'utf8');
    const builtIn = await ricalcola(['esempio.xlsx', '-o', `b-${name}.xlsx`, '--profilo', name]);
    const fromFile = await ricalcola(['esempio.xlsx', '-o', `f-${name}.xlsx`, '--profilo', `${name}.json`]);
    expect(fromFile.code).toBe(builtIn.code);
    expect(builtIn.report!.nodes.length).toBeGreaterThan(10);
    expect(figures(fromFile.report!)).toEqual(figures(builtIn.report!));
  }
});

test('a changed rule in the file changes the figures as documented', async () => {
  const doc = profileToDocument(getProfile('sondrio-2020')!);
  const builtIn = (await ricalcola(['esempio.xlsx', '-o', 'c0.xlsx'])).report!;
  // ente.valore «raggiungimento»: the ente is the plain mean of the strategic objectives' percentages
  const edited = await ricalcola(['esempio.xlsx', '-o', 'c1.xlsx', '--profilo', await writeJson('ente.json', { ...doc, ente: { ...doc.ente, valore: 'raggiungimento' } })]);
  const strategic = edited.report!.nodes.filter((n) => n.level === 'strategic' && n.achievement !== null);
  const mean = strategic.reduce((s, n) => s + n.achievement!, 0) / strategic.length;
  expect(edited.report!.organisation.achievement).toBeCloseTo(mean, 6);
  expect(edited.report!.organisation.achievement).not.toBe(builtIn.organisation.achievement);
  // metodo «binario»: every action is 100 or 0
  const binary = await ricalcola(['esempio.xlsx', '-o', 'c2.xlsx', '--profilo', await writeJson('bin.json', { ...doc, metodo: 'binario' })]);
  // an action the soglie scored at a soglia level (80 or 60) scores 0 by binario: short of the target
  const before = new Map(builtIn.nodes.map((n) => [n.cell, n]));
  const atSoglia = binary.report!.nodes.filter((n) => n.level === 'action' && [60, 80].includes(before.get(n.cell)!.formulaAchievement ?? -1));
  expect(atSoglia.length).toBeGreaterThan(0);
  expect(atSoglia.map((n) => n.formulaAchievement)).toEqual(atSoglia.map(() => 0));
  expect(figures(binary.report!)).not.toEqual(figures(builtIn));
});

test('an invalid profile file: exit 2, the message names the field', async () => {
  const doc = profileToDocument(getProfile('sondrio-2020')!);
  const file = await writeJson('rotto.json', { ...doc, aggregazione: { ...doc.aggregazione, strategico: 'media ponderata' } });
  const r = await run(['ricalcola', 'esempio.xlsx', '-o', 'x.xlsx', '--profilo', file], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('il file del profilo «rotto.json» non è valido: aggregazione.strategico: «media ponderata» non è un valore ammesso');
  const missing = await run(['ricalcola', 'esempio.xlsx', '-o', 'x.xlsx', '--profilo', 'nessuno.json'], dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('il file del profilo «nessuno.json» non esiste');
  await expect(fs.stat(path.join(dir, 'x.xlsx'))).rejects.toThrow();
});

const custom = { ...getProfile('sondrio-2020')!, name: 'ente-2024', label: 'Ente 2024', method: 'binario' as const, savedAt: '2026-12-03T10:00:00Z', basedOn: 'sondrio-2020' };

/** The example workbook with the rules above saved in its settings sheet, as the add-in would. */
async function rulesWorkbook(file: string): Promise<string> {
  const wb = await loadWorkbook(path.join(dir, 'esempio.xlsx'));
  const saved = readSettingsSheet(wb).settings;
  writeSettings(wb, { profile: 'sondrio-2020', planYear: saved.planYear ?? null, sheetName: saved.sheetName ?? null, organisationName: saved.organisationName ?? null, customProfile: custom });
  await saveWorkbook(wb, path.join(dir, file));
  return file;
}

test('the rules saved in the workbook apply by default, and --profilo still wins', async () => {
  await rulesWorkbook('regole.xlsx');
  const withRules = await ricalcola(['regole.xlsx', '-o', 'r1.xlsx']);
  const viaFile = await ricalcola(['esempio.xlsx', '-o', 'r2.xlsx', '--profilo', await writeJson('custom.json', profileToDocument(custom))]);
  expect(withRules.report!.profile).toBe('ente-2024');
  expect(figures(withRules.report!)).toEqual(figures(viaFile.report!));
  const overridden = await ricalcola(['regole.xlsx', '-o', 'r3.xlsx', '--profilo', 'sondrio-2020']);
  expect(figures(overridden.report!)).toEqual(figures((await ricalcola(['esempio.xlsx', '-o', 'r4.xlsx'])).report!));

  const shown = await run(['profilo', 'regole.xlsx'], dir);
  expect(JSON.parse(shown.stdout)).toMatchObject({ nome: 'ente-2024', metodo: 'binario', salvato_il: '2026-12-03T10:00:00Z' });
});

test('a workbook saved with a version 1 profile still opens, with a note of what changed', async () => {
  const wb = await loadWorkbook(path.join(dir, 'esempio.xlsx'));
  const v1 = JSON.stringify({ ...getProfile('pavia')!, tolerance: undefined, verbalScale: undefined, binaryWords: undefined });
  writeSettings(wb, { profile: 'sondrio-2020', planYear: null, sheetName: null });
  const ws = wb.getWorksheet('Impostazioni Cruscotto') as ExcelJS.Worksheet;
  ws.addRow(['regole', v1]);
  await saveWorkbook(wb, path.join(dir, 'v1.xlsx'));
  const r = await ricalcola(['v1.xlsx', '-o', 'v1-out.xlsx']);
  expect(r.report!.profile).toBe('pavia');
  expect(r.stderr).toMatch(/Avviso .*regole di calcolo salvate: profilo «pavia» salvato nel formato della versione 1: letto e convertito nella versione 2/);
  const pavia = await ricalcola(['esempio.xlsx', '-o', 'v1-b.xlsx', '--profilo', 'pavia']);
  expect(figures(r.report!)).toEqual(figures(pavia.report!));
});

test('the Riepilogo states which rules were used: name, date saved and the rules in one paragraph', async () => {
  const r = await run(['ricalcola', await rulesWorkbook('regole-riepilogo.xlsx'), '-o', 'riepilogo.xlsx', '--riepilogo'], dir);
  expect(r.code).not.toBe(2);
  const wb = await loadWorkbook(path.join(dir, 'riepilogo.xlsx'));
  const texts: string[] = [];
  wb.getWorksheet(SUMMARY_SHEET_NAME)!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
  // one paragraph, printed as rows of at most one line each: read back as one text
  const rules = texts.join(' ');
  expect(rules).toMatch(/Regole di calcolo: «Ente 2024» \(ente-2024, ricavato da «sondrio-2020»\), salvate il 03\/12\/2026\. 100% se il target è raggiunto, altrimenti 0; /);
});
