/** The workbook's own settings (hidden sheet written by the add-in) apply unless the command line overrides them. */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { SUMMARY_SHEET_NAME } from '../../src/layout/types';
import { saveWorkbook, worksheetFromGrid, writeSettings, SETTINGS_SHEET_NAME } from '../../src/xlsx';
import { readBook, readReport, removeDir, run, tempDir } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, { name: 'Premessa', cells: [[{ value: 'Note per la Giunta' }]], merges: [] });
  worksheetFromGrid(wb, generateCruscotto({ actions: 15, seed: 4, layout: '2018', withResults: true, sheetName: 'Piano 2018', planYear: 2018 }));
  writeSettings(wb, { profile: 'sondrio-2018', planYear: 2018, sheetName: 'Piano 2018', colours: { raggiunto: '#00AA00' } });
  await saveWorkbook(wb, path.join(dir, 'impostato.xlsx'));

  for (const [file, organisationName] of [
    ['ente.xlsx', 'Camera di commercio di Sondrio'],
    ['formula.xlsx', '=HYPERLINK("x")'],
  ]) {
    const book = new ExcelJS.Workbook();
    worksheetFromGrid(book, generateCruscotto({ actions: 10, seed: 8, planYear: 2022 }));
    writeSettings(book, { profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName });
    await saveWorkbook(book, path.join(dir, file));
  }
});
afterAll(() => removeDir(dir));

test('profile, sheet and colours come from the settings', async () => {
  const r = await run(['ricalcola', 'impostato.xlsx', '--json', 'a.json'], dir);
  expect(r.stderr).not.toContain('ERRORE');
  expect(r.code).toBe(0);
  const report = await readReport(path.join(dir, 'a.json'));
  expect(report.profile).toBe('sondrio-2018');
  expect(report.sheet).toBe('Piano 2018');
  const wb = await readBook(path.join(dir, 'impostato.ricalcolato.xlsx'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Premessa', 'Piano 2018', SETTINGS_SHEET_NAME, 'Cruscotto Registro']);
  const rules = ((wb.getWorksheet('Piano 2018') as unknown as { conditionalFormattings: { rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings ?? []).flatMap((c) => c.rules);
  const reached = rules.filter((x) => x.formulae?.some((f) => f.includes('cruscotto:raggiunto')));
  expect(reached.length).toBeGreaterThan(0);
  for (const rule of reached) expect(rule.style?.fill?.bgColor?.argb).toBe('FF00AA00');
});

test('the command line wins over the settings', async () => {
  const r = await run(['ricalcola', 'impostato.xlsx', '--profilo', 'pavia', '--output', 'b.xlsx', '--json', 'b.json'], dir);
  expect(r.code).toBeLessThan(2);
  expect((await readReport(path.join(dir, 'b.json'))).profile).toBe('pavia');
});

describe('the body name for the Riepilogo title', () => {
  async function title(output: string) {
    const wb = await readBook(path.join(dir, output));
    return wb.getWorksheet(SUMMARY_SHEET_NAME)!.getCell('A1');
  }

  test('comes from the settings sheet when --ente is not given', async () => {
    const r = await run(['ricalcola', 'ente.xlsx', '--riepilogo', '--output', 'ente-out.xlsx'], dir);
    expect(r.code).toBe(0);
    expect((await title('ente-out.xlsx')).value).toBe('Relazione sulla performance 2022 — Camera di commercio di Sondrio');
  });

  test('--ente wins over the settings sheet', async () => {
    const r = await run(['ricalcola', 'ente.xlsx', '--riepilogo', '--ente', 'CCIAA di Pavia', '--output', 'ente-pavia.xlsx'], dir);
    expect(r.code).toBe(0);
    expect((await title('ente-pavia.xlsx')).value).toBe('Relazione sulla performance 2022 — CCIAA di Pavia');
  });

  test('without a name anywhere the title has the year alone', async () => {
    const r = await run(['ricalcola', 'impostato.xlsx', '--riepilogo', '--output', 'senza-ente.xlsx'], dir);
    expect(r.code).toBe(0);
    expect((await title('senza-ente.xlsx')).value).toBe('Relazione sulla performance 2018');
  });

  test('a name that looks like a formula stays text', async () => {
    const r = await run(['ricalcola', 'formula.xlsx', '--riepilogo', '--output', 'formula-out.xlsx'], dir);
    expect(r.code).toBe(0);
    const cell = await title('formula-out.xlsx');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('Relazione sulla performance 2022 — =HYPERLINK("x")');
  });
});
