/** `cruscotto colonne` and `ricalcola --colonne`: what the reader understood, proposals, mappings from a file or the settings. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { getProfile } from '../../src/engine';
import { generateCruscotto } from '../support/generate';
import { describeLayout } from '../../src/layout/mapping';
import { readCruscotto } from '../../src/layout/reader';
import type { ColumnMapping, SheetGrid } from '../../src/layout/types';
import { saveWorkbook, worksheetFromGrid, writeSettings } from '../../src/xlsx';
import { SETTINGS_SHEET_NAME } from '../../src/xlsx/settings';
import { readBook, readReport, removeDir, run, tempDir, writeGrids } from './helpers';

const cells = (rows: (string | number | null)[][]) => rows.map((r) => r.map((value) => ({ value })));

/** A sheet the detection does not recognise: none of its headers but "Consuntivo" is known wording. */
const UNKNOWN: SheetGrid = {
  name: 'Piano',
  cells: cells([
    ['Codice', 'Voce di piano', 'Valore programmato', 'Consuntivo'],
    ['1.1.1', 'Pratiche evase', 30, 28],
    ['1.1.2', 'Eventi organizzati', 10, 12],
  ]),
  merges: [],
};

function unknownMapping(): ColumnMapping {
  return {
    version: 1,
    sheet: 'Piano',
    headerTop: 0,
    headerBottom: 0,
    columns: [
      { col: 0, header: 'Codice', role: 'action.code' },
      { col: 1, header: 'Voce di piano', role: 'action.title' },
      { col: 2, header: 'Valore programmato', role: 'action.target' },
      { col: 3, header: 'Consuntivo', role: 'action.result' },
    ],
  };
}

async function bookWithSettings(file: string, grid: SheetGrid, settings: Parameters<typeof writeSettings>[1] | null, extra?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, grid);
  if (settings) writeSettings(wb, settings);
  if (extra) extra(wb.getWorksheet(SETTINGS_SHEET_NAME)!);
  await saveWorkbook(wb, file);
}

let dir: string;
let good: SheetGrid;
beforeAll(async () => {
  dir = await tempDir();
  good = generateCruscotto({ actions: 12, seed: 7, layout: '2022', withResults: true, variant: { extraColumns: true } });
  await writeGrids(path.join(dir, 'buono.xlsx'), [good]);
  await writeGrids(path.join(dir, 'ignoto.xlsx'), [UNKNOWN]);
  await writeGrids(path.join(dir, 'vuoto.xlsx'), [{ name: 'Vuoto', cells: [], merges: [] }]);
  await fs.writeFile(path.join(dir, 'mappa.json'), JSON.stringify(unknownMapping()));
});
afterAll(() => removeDir(dir));

describe('cruscotto colonne', () => {
  test('a recognised sheet: a readable table, exit 0', async () => {
    const r = await run(['colonne', 'buono.xlsx'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Foglio «Cruscotto»: colonne riconosciute, intestazione nelle righe 1–4.');
    expect(lines[1]).toMatch(/^Colonna +Intestazione +Ruolo$/);
    expect(lines[2]).toMatch(/^A +Prospettiva +titolo \(prospettiva\)$/);
    expect(r.stdout).toMatch(/\n[A-Z]+ +.*cod\. +codice \(azione\)\n/);
    expect(r.stdout).toMatch(/\nQ +Azioni 2022 Soglie 80% +soglia 80% 2022 \(azione\)\n/);
    expect(r.stdout).toMatch(/\nW +Ambito PIAO +non usata\n/);
  });

  test('--json - prints the mapping (what the reader understood) and nothing else on stdout', async () => {
    const r = await run(['colonne', 'buono.xlsx', '--json', '-'], dir);
    expect(r.code).toBe(0);
    const expected = describeLayout(readCruscotto(good, { profile: getProfile('sondrio-2020')! }).layout!, good);
    expect(JSON.parse(r.stdout)).toEqual(expected);
    expect(r.stderr).toContain('Foglio «Cruscotto»: colonne riconosciute');
  });

  test('a sheet not recognised: a proposal, what is missing, how to use it; exit 1; --json writes it', async () => {
    const r = await run(['colonne', 'ignoto.xlsx', '--json', 'proposta.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Foglio «Piano»: intestazione non riconosciuta. Proposta di mappatura (intestazione nella riga 1), da controllare:');
    expect(r.stdout).toMatch(/\nA +Codice +codice \(azione\)\nB +Voce di piano +non usata\nC +Valore programmato +non usata\nD +Consuntivo +risultato \(azione\)\n/);
    expect(r.stdout).toContain("Da completare: manca la colonna del target dell'azione (ruolo action.target).");
    expect(r.stdout).toContain('cruscotto ricalcola "ignoto.xlsx" --colonne <mappatura.json>');
    const proposal = JSON.parse(await fs.readFile(path.join(dir, 'proposta.json'), 'utf8')) as ColumnMapping;
    expect(proposal.columns.map((c) => c.role)).toEqual(['action.code', 'ignore', 'ignore', 'action.result']);
  });

  test('--colonne shows how a mapping applies; an empty sheet has nothing to propose', async () => {
    const r = await run(['colonne', 'ignoto.xlsx', '--colonne', 'mappa.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Foglio «Piano»: colonne dalla mappatura «mappa.json», intestazione nella riga 1.');
    expect(r.stdout).toMatch(/C +Valore programmato +target \(azione\)/);
    const empty = await run(['colonne', 'vuoto.xlsx', '--foglio', 'Vuoto'], dir);
    expect(empty).toMatchObject({ code: 1, stdout: "Foglio «Vuoto»: il foglio è vuoto, non c'è nulla da proporre.\n" });
  });

  test.each([
    [['colonne', 'manca.xlsx'], 'il file «manca.xlsx» non esiste'],
    [['colonne', 'buono.xlsx', '--foglio', 'Altro'], 'Il foglio «Altro» non esiste nella cartella di lavoro'],
    [['colonne', 'buono.xlsx', '--colonne', 'nessuna.json'], 'il file della mappatura «nessuna.json» non esiste.'],
  ])('%j: exit 2', async (argv, message) => {
    const r = await run(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('cruscotto ricalcola --colonne', () => {
  test('a sheet the detection does not read is computed with the mapping', async () => {
    const plain = await run(['ricalcola', 'ignoto.xlsx', '--output', 'senza.xlsx'], dir);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('Nessun foglio sembra un cruscotto');
    expect(plain.stderr).toContain('Per vedere quali colonne sono riconosciute e indicarle: cruscotto colonne "ignoto.xlsx".');
    const r = await run(['ricalcola', 'ignoto.xlsx', '--colonne', 'mappa.json', '--output', 'con.xlsx', '--json', 'con.json'], dir);
    expect(r.stderr).not.toContain('ERRORE');
    expect(r.code).toBe(0);
    const report = await readReport(path.join(dir, 'con.json'));
    expect(report.nodes.filter((n) => n.level === 'action').map((n) => n.code)).toEqual(['1.1.1', '1.1.2']);
  });

  test.each([
    ['ruolo.json', { ...unknownMapping(), columns: [{ col: 0, header: 'Codice', role: 'action.code' }, { col: 1, header: 'Voce', role: 'peso azione' }] }, 'il file della mappatura «ruolo.json» non è valido: columns[1].role: «peso azione» non è un ruolo ammesso (forse "action.weight"?)'],
    ['doppio.json', { ...unknownMapping(), columns: [...unknownMapping().columns, { col: 4, header: 'x', role: 'action.code' }] }, 'columns[4].role: le colonne A e E hanno lo stesso ruolo «codice (azione)»'],
    ['rotto.json', '{"version": 1,', 'il file della mappatura «rotto.json» non è un JSON valido'],
  ])('an invalid mapping file (%s): exit 2, the message names the field, nothing written', async (name, content, message) => {
    await fs.writeFile(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    const r = await run(['ricalcola', 'ignoto.xlsx', '--colonne', name, '--output', `${name}.xlsx`], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    await expect(fs.stat(path.join(dir, `${name}.xlsx`))).rejects.toThrow();
  });

  test('without --colonne, the mapping saved in the settings sheet is used (and picks its sheet)', async () => {
    const file = path.join(dir, 'salvata.xlsx');
    const wb = new ExcelJS.Workbook();
    worksheetFromGrid(wb, { name: 'Note', cells: cells([['Appunti']]), merges: [] });
    worksheetFromGrid(wb, UNKNOWN);
    writeSettings(wb, { profile: 'sondrio-2020', planYear: null, sheetName: null, columnMapping: unknownMapping() });
    await saveWorkbook(wb, file);
    const r = await run(['ricalcola', 'salvata.xlsx', '--json', 'salvata.json'], dir);
    expect(r.code).toBe(0);
    expect((await readReport(path.join(dir, 'salvata.json'))).nodes.filter((n) => n.level === 'action')).toHaveLength(2);
    const c = await run(['colonne', 'salvata.xlsx'], dir);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('Foglio «Piano»: colonne dalla mappatura salvata nella cartella');
  });

  test('a second run on the recalculated file with the same mapping writes the same columns', async () => {
    const first = await run(['ricalcola', 'ignoto.xlsx', '--colonne', 'mappa.json', '--output', 'giro1.xlsx', '--json', 'giro1.json'], dir);
    expect(first.code).toBe(0);
    const second = await run(['ricalcola', 'giro1.xlsx', '--colonne', 'mappa.json', '--output', 'giro2.xlsx', '--json', 'giro2.json'], dir);
    expect(second.stderr).not.toContain('ERRORE');
    expect(second.code).toBe(0);
    const [r1, r2] = [await readReport(path.join(dir, 'giro1.json')), await readReport(path.join(dir, 'giro2.json'))];
    expect(r2.nodes.map((n) => [n.code, n.cell, n.achievement])).toEqual(r1.nodes.map((n) => [n.code, n.cell, n.achievement]));
    const [b1, b2] = [await readBook(path.join(dir, 'giro1.xlsx')), await readBook(path.join(dir, 'giro2.xlsx'))];
    expect(b2.getWorksheet('Piano')!.columnCount).toBe(b1.getWorksheet('Piano')!.columnCount);
  });

  test('a saved mapping that no longer fits: an error naming the cell, the detection still computes the sheet', async () => {
    const mapping = describeLayout(readCruscotto(good, { profile: getProfile('sondrio-2020')! }).layout!, good);
    const target = mapping.columns.find((c) => c.role === 'action.target')!;
    target.header = 'Target 2019';
    await bookWithSettings(path.join(dir, 'spostata.xlsx'), good, { profile: 'sondrio-2020', planYear: null, sheetName: null, columnMapping: mapping });
    const r = await run(['ricalcola', 'spostata.xlsx', '--json', 'spostata.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ERRORE {2}Cruscotto: la mappatura delle colonne salvata non corrisponde più al foglio: in [A-Z]+\d l'intestazione era «Target 2019», ora è «.+»\. Rifare la mappatura nel pannello \(Colonne\) o eliminarla\./);
    const report = await readReport(path.join(dir, 'spostata.json'));
    expect(report.nodes.filter((n) => n.level === 'action')).toHaveLength(12);
  });

  test('a malformed mapping in the settings sheet: a warning, and the detection is used', async () => {
    await bookWithSettings(path.join(dir, 'malformata.xlsx'), good, { profile: 'sondrio-2020', planYear: null, sheetName: null }, (ws) => {
      ws.addRow(['colonne', '{"version": 1, "columns": 3']);
    });
    const r = await run(['ricalcola', 'malformata.xlsx', '--json', 'malformata.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Avviso  Impostazioni della cartella («Impostazioni Cruscotto»): la mappatura delle colonne salvata non è leggibile (JSON non valido');
    expect(r.stderr).toContain('e non viene usata.');
    expect((await readReport(path.join(dir, 'malformata.json'))).nodes.filter((n) => n.level === 'action')).toHaveLength(12);
  });

  test('an unknown profile in the settings still stops the run unless --profilo is given', async () => {
    await bookWithSettings(path.join(dir, 'profilo.xlsx'), good, { profile: 'milano', planYear: null, sheetName: null });
    const r = await run(['ricalcola', 'profilo.xlsx', '--output', 'profilo-out.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('il profilo «milano» indicato nelle impostazioni della cartella non esiste');
    const ok = await run(['ricalcola', 'profilo.xlsx', '--profilo', 'pavia', '--output', 'profilo-out.xlsx'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('Avviso  Impostazioni della cartella («Impostazioni Cruscotto»): profilo «milano» sconosciuto.');
  });
});
