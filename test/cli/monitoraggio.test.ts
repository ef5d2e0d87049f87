/**
 * Issue 9 item 3 at the CLI: `ricalcola --periodo monitoraggio` adds the monitoring section (each indicator's
 * scostamento at 30/6) to the JSON report, on Brescia's 2019 semestrale as a workbook; without it, no section.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { parseArgs, USAGE } from '../../src/cli/args';
import { parsePeriod, parseSettingsFields } from '../../src/layout/settings';
import { readSettings, saveWorkbook, worksheetFromGrid, writeSettings } from '../../src/xlsx';
import { bresciaSemestraleGrid, rowOf } from '../fixtures/brescia2019/semestrale';
import { readBook, readReport, removeDir, run, tempDir, writeGrids } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeGrids(path.join(dir, 'brescia.xlsx'), [bresciaSemestraleGrid()]);
});
afterAll(() => removeDir(dir));

describe('--periodo', () => {
  test('parsed on ricalcola; absent by default; a wrong value is said in Italian', () => {
    expect(parseArgs(['ricalcola', 'x.xlsx', '--periodo', 'monitoraggio'])).toMatchObject({ ok: true, command: { kind: 'ricalcola', period: 'monitoraggio' } });
    expect(parseArgs(['ricalcola', 'x.xlsx', '--periodo=Consuntivo'])).toMatchObject({ ok: true, command: { period: 'consuntivo' } });
    const plain = parseArgs(['ricalcola', 'x.xlsx']);
    expect(plain.ok && 'period' in plain.command).toBe(false);
    expect(parseArgs(['ricalcola', 'x.xlsx', '--periodo', 'trimestre'])).toEqual({
      ok: false,
      message: 'il periodo «trimestre» non è valido: scrivere «consuntivo» (31/12) oppure «monitoraggio» (30/6).',
    });
    expect(USAGE).toContain('--periodo consuntivo|monitoraggio');
    expect(parsePeriod('  MONITORAGGIO ')).toEqual({ ok: true, period: 'monitoraggio' });
    expect(parsePeriod('')).toEqual({ ok: true, period: null });
    expect(parsePeriod(3).ok).toBe(false);
  });

  test('ricalcola --periodo monitoraggio: the scostamenti in the JSON report, the count on stdout', async () => {
    const r = await run(['ricalcola', 'brescia.xlsx', '--output', 'm.xlsx', '--anno', '2019', '--periodo', 'monitoraggio', '--json', 'm.json'], dir);
    // the composite card 2.1.1/2 has its scostamenti at 30/6, but its year-end target and result are not one value: an
    // error naming the cell for the year's figures (exit code 1), none for the target at 30/6
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("'Monitoraggio 30.6.2019'!K16: il risultato «3.766 e 6 riunioni» non è un numero");
    expect(r.stderr).not.toContain("'Monitoraggio 30.6.2019'!I16");
    expect(r.stdout).toMatch(/Monitoraggio al 30\/6: \d+ in linea, \d+ in ritardo, \d+ non rilevabili/);
    const report = await readReport(path.join(dir, 'm.json'));
    const rows = new Map(report.monitoring!.rows.map((x) => [x.code, x]));
    // computed from the workbook's cells (numbers as exceljs writes them, text as typed)
    expect(rows.get('1.1.1.2')).toMatchObject({ target: '15', result: '11', deviation: -4, unit: 'none', state: 'in-ritardo', stateLabel: 'in ritardo', note: null });
    expect(rows.get('1.1.1.5')).toMatchObject({ target: '10,00%', targetPeriod: 'al 31/12', deviation: 4, unit: 'percent', note: 'nessun target al 30/6: scostamento calcolato sul target al 31/12' });
    expect(rows.get('2.1.1.1')).toMatchObject({ deviation: 1027, state: 'in-linea' });
    expect(rows.get('3.1.4.5')!.deviation).toBeCloseTo(-2.01, 10);
    expect(rows.get('3.1.4.5')!.state).toBe('in-linea');
    expect(rows.get('2.1.3.1')).toMatchObject({ deviation: -251, targetPeriod: 'al 31/12' });
    // the add-in's own column «Scostamento al 30/6» in the written file
    const ws = (await readBook(path.join(dir, 'm.xlsx'))).getWorksheet('Monitoraggio 30.6.2019')!;
    let col = 0;
    ws.getRow(1).eachCell((cell, c) => {
      if (cell.value === 'Scostamento al 30/6') col = c;
    });
    expect(col).toBeGreaterThan(12);
    expect(ws.getCell(rowOf('1.1.1.2') + 1, col).value).toBe(-4);
    expect(ws.getCell(rowOf('2.1.1.1') + 1, col).value).toBe(1027);
    expect(ws.getCell(rowOf('2.1.1.2') + 1, col).value).toBe('+266 e +4');
    expect([ws.getCell(1, col + 1).value, ws.getCell(rowOf('2.1.1.2') + 1, col + 1).value, ws.getCell(rowOf('1.1.1.2') + 1, col + 1).value]).toEqual(['Stato al 30/6', 'In linea', 'In ritardo']);
    const counts = ['in-linea', 'in-ritardo', 'non-rilevabile'].map((s) => report.monitoring!.rows.filter((x) => x.state === s).length);
    expect(r.stdout).toContain(`Monitoraggio al 30/6: ${counts[0]} in linea, ${counts[1]} in ritardo, ${counts[2]} non rilevabili`);
  });

  test('without --periodo (consuntivo) the report has no monitoring section', async () => {
    await run(['ricalcola', 'brescia.xlsx', '--output', 'c.xlsx', '--anno', '2019', '--json', 'c.json'], dir);
    const report = await readReport(path.join(dir, 'c.json'));
    expect(report.monitoring).toBeUndefined();
    expect(report.nodes.length).toBeGreaterThan(0);
  });

  test('the setting «periodo» of the workbook: monitoraggio without the option; --periodo consuntivo wins', async () => {
    const wb = new ExcelJS.Workbook();
    worksheetFromGrid(wb, bresciaSemestraleGrid());
    writeSettings(wb, { profile: 'sondrio-2020', planYear: 2019, sheetName: null, period: 'monitoraggio' });
    expect(readSettings(wb).period).toBe('monitoraggio');
    await saveWorkbook(wb, path.join(dir, 's.xlsx'));
    await run(['ricalcola', 's.xlsx', '--output', 's1.xlsx', '--json', 's1.json'], dir);
    expect((await readReport(path.join(dir, 's1.json'))).monitoring?.rows.length).toBe(45);
    await run(['ricalcola', 's.xlsx', '--output', 's2.xlsx', '--json', 's2.json', '--periodo', 'consuntivo'], dir);
    expect((await readReport(path.join(dir, 's2.json'))).monitoring).toBeUndefined();
    // a stored value that is not a period is said, and the default applies
    expect(parseSettingsFields({ period: 'semestre' })).toMatchObject({ fields: {}, problems: ['il periodo «semestre» non è valido: scrivere «consuntivo» (31/12) oppure «monitoraggio» (30/6)'] });
  });
});
