/**
 * The Sondrio workbooks rebuilt from the published reports give the published figures through the CLI's
 * JSON report: ente 96,67 % (RP 2020 L63) and 98,4 % (RP 2018 L813), every strategic and operational
 * objective, the perspectives 93,80 / 99,40 / 100 / 85 (RP 2020 L96-100).
 */
import * as path from 'path';
import { sondrio2018Expected, sondrio2018Grid, sondrio2020Expected, sondrio2020Grid } from '../fixtures/builders';
import { KNOWN_DEVIATIONS_2018, publishedLines, reportLines, type Published } from '../layout/plan/publishedFigures';
import type { SheetGrid } from '../../src/layout/types';
import { readBook, readReport, removeDir, run, tempDir, writeGrids } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

interface Case {
  name: string;
  grid: () => SheetGrid;
  expected: () => Published;
  profile: string;
  year: number;
  deviations?: Record<string, string>;
}

const CASES: Case[] = [
  { name: 'Relazione 2020', grid: sondrio2020Grid, expected: sondrio2020Expected, profile: 'sondrio-2020', year: 2020 },
  { name: 'Relazione 2018', grid: sondrio2018Grid, expected: sondrio2018Expected, profile: 'sondrio-2018', year: 2018, deviations: KNOWN_DEVIATIONS_2018 },
];

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('the JSON report gives the published figures', async () => {
    const grid = c.grid();
    const file = path.join(dir, `${c.year}.xlsx`);
    await writeGrids(file, [grid]);
    const json = path.join(dir, `${c.year}.json`);
    const r = await run(['ricalcola', file, '--profilo', c.profile, '--anno', String(c.year), '--riepilogo', '--json', json, '--ente', 'Camera di commercio di Sondrio'], dir);
    expect(r.stderr).not.toContain('ERRORE');
    expect(r.code).toBe(0);
    const report = await readReport(json);
    expect(report.sheet).toBe(grid.name);
    const expected = c.expected();
    expect(reportLines(report, expected)).toEqual(publishedLines(expected, c.deviations));
    // the Riepilogo carries the title and the ente figure
    const wb = await readBook(path.join(dir, `${c.year}.ricalcolato.xlsx`));
    const summary = wb.getWorksheet('Riepilogo')!;
    expect(summary.getCell('A1').value).toBe(`Relazione sulla performance ${c.year} — Camera di commercio di Sondrio`);
  });
});

test('the 2018 ente figure is 98,4 % (published with one decimal)', async () => {
  const file = path.join(dir, 'rp2018.xlsx');
  await writeGrids(file, [sondrio2018Grid()]);
  const r = await run(['ricalcola', file, '--profilo', 'sondrio-2018', '--json', '-'], dir);
  const report = JSON.parse(r.stdout);
  expect(Math.round(report.organisation.achievement * 10) / 10).toBe(98.4);
});

test('the 2020 ente figure is 96,67 % and the perspectives 93,80 / 99,40 / 100 / 85 (published)', async () => {
  const grid = sondrio2020Grid();
  const file = path.join(dir, 'rp2020.xlsx');
  await writeGrids(file, [grid]);
  const r = await run(['ricalcola', file, '--json', '-'], dir);
  const report = JSON.parse(r.stdout);
  expect(Math.round(report.organisation.achievement * 100) / 100).toBe(96.67);
  expect(report.organisation.band).toBe('Eccellente');
  const perspectives = report.nodes.filter((n: { level: string }) => n.level === 'perspective').map((n: { achievement: number }) => Math.round(n.achievement * 100) / 100);
  expect(perspectives).toEqual([93.8, 99.4, 100, 85]);
  expect(r.stderr).toContain('8 obiettivi strategici su 9 raggiunti');
  expect(r.stderr).toContain('22 obiettivi operativi su 23 raggiunti');
});
