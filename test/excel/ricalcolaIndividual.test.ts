/**
 * Ricalcola over the fake Excel finds the individual objectives sheet by its header and computes it in the same
 * run as the cruscotto, with no extra option (issue 9, item 1): never read as the cruscotto, even when it comes
 * first; the figures are the CLI's for the same sheets (both computed here); the round trips are counted.
 */
import * as path from 'path';
import { exampleCruscotto, exampleIndividuals } from '../../src/layout/example';
import type { JsonReport, SheetGrid } from '../../src/layout/types';
import { SONDRIO_2018_SHEET, SONDRIO_2020_SHEET, sondrio2018Grid, sondrio2020Grid } from '../fixtures/builders';
import { INDIVIDUAL_SHEET, gridOf, sondrio2018Cards, sondrio2018Individuals, sondrio2020Individuals } from '../layout/individual/sondrioIndividuals';
import { readReport, removeDir, run as runCli, tempDir, writeGrids } from '../cli/helpers';
import { generateCruscotto } from '../support/generate';
import { findSheet, sheetToGrid, snapshotWorkbook } from './fake';
import { MAX_SYNCS_WITH_NOTES, environment, hostOf } from './support';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('cruscotto-excel-indiv-');
});
afterAll(() => removeDir(dir));

const SETTINGS = { profile: 'sondrio-2020', planYear: 2020, sheetName: null };
/** Round trips of a Ricalcola on the RP 2020 cruscotto alone: it has notes to write (the OIV's motivations). */
const ALONE = MAX_SYNCS_WITH_NOTES;

/** What `cruscotto ricalcola` reports for a workbook of these sheets (run in-process on an .xlsx written from them). */
async function cliReport(name: string, grids: SheetGrid[], profile = 'sondrio-2020', year = 2020): Promise<JsonReport> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeGrids(file, grids);
  const json = path.join(dir, `${name}.json`);
  const r = await runCli(['ricalcola', file, '--profilo', profile, '--anno', String(year), '--json', json, '--output', path.join(dir, `${name}-out.xlsx`)], dir);
  expect(r.stderr).not.toMatch(/errore interno/);
  return readReport(json);
}

async function excelRun(grids: SheetGrid[], settings: { profile: string; planYear: number | null; sheetName: string | null } = SETTINGS) {
  const env = environment(grids);
  await hostOf(env).saveSettings(settings);
  env.excel.stats.reset();
  const outcome = await hostOf(env).ricalcola({ summary: false });
  return { env, outcome };
}

describe.each([
  ['after', () => [sondrio2020Grid(), sondrio2020Individuals()]],
  ['before', () => [sondrio2020Individuals(), sondrio2020Grid()]],
])('RP 2020 §3.4: the individual sheet %s the cruscotto', (_where, grids) => {
  it('is computed beside the cruscotto, never read as it, with the figures of the CLI, in one round trip more than alone', async () => {
    const cli = await cliReport(`rp2020-${_where}`, grids());
    const { outcome } = await excelRun(grids());
    expect(outcome.report.sheet).toBe(SONDRIO_2020_SHEET);
    expect(outcome.report.individuals).toBeDefined();
    expect(outcome.report.individuals).toEqual(cli.individuals);
    // the published figures (100 %, 75 % without the OIV's assignment) come out of both
    expect(outcome.report.individuals!.persons.map((p) => [p.person, p.score, p.scoreWithoutOverrides])).toEqual([['Segretario Generale', 100, 75]]);
    // outline, survey, cruscotto + individual sheet in one read, writes, notes
    expect(outcome.syncs).toBe(ALONE + 1);
    expect(outcome.source?.individualGrid?.name).toBe(INDIVIDUAL_SHEET);
    expect(outcome.diagnostics.filter((d) => d.code === 'sheet-choice')).toEqual([]);
  });
});

it('RP 2018 §5.3: an individual sheet with its own KPI, target and result columns, first, is not read as the cruscotto', async () => {
  const grids = () => [sondrio2018Individuals(), sondrio2018Grid()];
  const cli = await cliReport('rp2018', grids(), 'sondrio-2018', 2018);
  const { outcome } = await excelRun(grids(), { profile: 'sondrio-2018', planYear: 2018, sheetName: null });
  expect(outcome.report.sheet).toBe(SONDRIO_2018_SHEET);
  expect(outcome.report.individuals).toEqual(cli.individuals);
  expect(outcome.report.individuals!.persons.map((p) => [p.person, p.role, p.score])).toEqual([['Segretario Generale', 'dirigente', 100]]);
});

it('the example individual sheet (which the cruscotto reader would take for a cruscotto), first: never chosen, no sheet-choice note', async () => {
  const { grid, planYear } = exampleCruscotto();
  const grids = () => [exampleIndividuals(), grid];
  const cli = await cliReport('example', grids(), 'sondrio-2020', planYear);
  const { outcome } = await excelRun(grids(), { profile: 'sondrio-2020', planYear, sheetName: null });
  expect(outcome.report.sheet).toBe(grid.name);
  expect(outcome.diagnostics.filter((d) => d.code === 'sheet-choice')).toEqual([]);
  expect(outcome.report.individuals).toEqual(cli.individuals);
  expect(outcome.report.individuals!.persons).toHaveLength(3);
});

describe('when the settings name the cruscotto', () => {
  const named = { ...SETTINGS, sheetName: SONDRIO_2020_SHEET };

  it('still finds the individual sheet (one round trip of its own) and computes it like the CLI', async () => {
    const grids = () => [sondrio2020Individuals(), sondrio2020Grid()];
    const cli = await cliReport('named', grids());
    const { outcome, env } = await excelRun(grids(), named);
    expect(outcome.report.sheet).toBe(SONDRIO_2020_SHEET);
    expect(outcome.report.individuals).toEqual(cli.individuals);
    // outline, cruscotto + the other sheets' top rows, individual sheet, writes, notes
    expect(outcome.syncs).toBe(ALONE + 1);
    expect(env.excel.stats.syncs).toBe(outcome.syncs);
  });

  it('keeps its round trips when no other sheet is an individual one', async () => {
    const notes = gridOf('Appunti', [['Note per la relazione'], ['Persona', 'Testo']]);
    const { outcome } = await excelRun([sondrio2020Grid(), notes], named);
    expect(outcome.report.individuals).toBeUndefined();
    expect(outcome.syncs).toBe(ALONE);
  });
});

it('a cruscotto alone keeps its round trips and reports no individuals', async () => {
  const { outcome } = await excelRun([sondrio2020Grid()]);
  expect(outcome.report.individuals).toBeUndefined();
  expect(outcome.syncs).toBe(ALONE);
});

it('two individual sheets: the first is computed, the other is named in a warning', async () => {
  const second = { ...sondrio2020Individuals(), name: 'Obiettivi PO' };
  const { outcome } = await excelRun([sondrio2020Grid(), sondrio2020Individuals(), second]);
  expect(outcome.report.sheet).toBe(SONDRIO_2020_SHEET);
  expect(outcome.report.individuals?.sheet).toBe(INDIVIDUAL_SHEET);
  const warnings = outcome.diagnostics.filter((d) => d.code === 'individual-sheet-choice');
  expect(warnings).toHaveLength(1);
  expect(warnings[0].cell).toBe('Obiettivi PO');
  expect(warnings[0].message).toContain(`«${INDIVIDUAL_SHEET}»`);
  expect(warnings[0].message).toMatch(/^'Obiettivi PO': /);
});

it('a link that points nowhere is reported with its cell; the other objectives are computed', async () => {
  const broken = sondrio2020Individuals();
  // row 5 (Excel), the link column E: "3.4.1" becomes a code the cruscotto does not have
  broken.cells[4][4] = { value: '99.9.9' };
  const cli = await cliReport('broken', [sondrio2020Grid(), broken]);
  const { outcome } = await excelRun([sondrio2020Grid(), broken]);
  const problem = outcome.diagnostics.find((d) => d.code === 'individual-broken-link');
  expect(problem?.cell).toBe(`'${INDIVIDUAL_SHEET}'!E5`);
  expect(problem?.message).toContain('99.9.9');
  expect(outcome.report.individuals).toEqual(cli.individuals);
  const objectives = outcome.report.individuals!.persons[0].objectives;
  expect(objectives.filter((o) => o.achievement !== null)).toHaveLength(3);
});

it('a workbook of only an individual sheet reads it as the sheet (nothing else to read), like the CLI', async () => {
  const { outcome } = await excelRun([sondrio2020Individuals()]);
  expect(outcome.report.sheet).toBe(INDIVIDUAL_SHEET);
  expect(outcome.report.individuals).toBeUndefined();
});

it('a cruscotto too large for one response: the individual sheet, refused with it, is read on its own and computed the same', async () => {
  const grids = () => [generateCruscotto({ actions: 500, seed: 7 }), sondrio2018Individuals()];
  const plain = await hostOf(environment(grids())).ricalcola({ summary: false });
  const env = environment(grids(), { payloadLimitBytes: 150_000 });
  const outcome = await hostOf(env).ricalcola({ summary: false });
  expect(env.excel.stats.perSync.some((s) => s.failed)).toBe(true);
  for (const s of env.excel.stats.succeeded) expect(s.responseBytes).toBeLessThanOrEqual(150_000);
  expect(outcome.report.sheet).toBe('Cruscotto');
  expect(plain.report.individuals?.persons).toHaveLength(1);
  expect(plain.report.individuals?.persons[0].score).not.toBeNull();
  expect(outcome.report.individuals).toEqual(plain.report.individuals);
});

it('a hidden individual sheet is not computed', async () => {
  const env = environment([sondrio2020Grid(), sondrio2020Individuals()]);
  findSheet(env.state, INDIVIDUAL_SHEET).visibility = 'Hidden';
  const outcome = await hostOf(env).ricalcola({ summary: false });
  expect(outcome.report.sheet).toBe(SONDRIO_2020_SHEET);
  expect(outcome.report.individuals).toBeUndefined();
});

it('Ricalcola twice == once with the individual sheet, the Riepilogo listing the persons', async () => {
  const env = environment([sondrio2020Grid(), sondrio2020Individuals()]);
  await hostOf(env).saveSettings(SETTINGS);
  const first = await hostOf(env).ricalcola({ summary: true });
  expect(first.summaryWritten).toBe(true);
  const summary = sheetToGrid(env.state, first.summarySheet!);
  expect(summary.cells.some((line) => line.some((c) => c.value === 'Segretario Generale'))).toBe(true);
  const once = snapshotWorkbook(env.state);
  await hostOf(env).ricalcola({ summary: true });
  expect(snapshotWorkbook(env.state)).toEqual(once);
});

it('RP 2020 §3.4 written back in Excel as the CLI writes it: each objective its %, the person 100 % and 75 % without the assigned value; twice == once', async () => {
  const { env, outcome } = await excelRun([sondrio2020Grid(), sondrio2020Individuals()]);
  expect(outcome.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET))).toEqual([]);
  const sheet = sheetToGrid(env.state, INDIVIDUAL_SHEET);
  const value = (a1: string) => {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    return sheet.cells[row]?.[col]?.value ?? null;
  };
  // the header row is row 3 (A:E are the user's): the add-in's columns follow, as in test/cli/individualsWriteBack
  expect(['F3', 'G3', 'H3'].map(value)).toEqual(['% raggiungimento', 'Punteggio individuale', 'Punteggio senza valori assegnati']);
  const objectives = outcome.report.individuals!.persons[0].objectives;
  objectives.forEach((o, i) => expect(value(`F${4 + i}`)).toBeCloseTo(o.achievement! / 100, 10));
  expect([value('G4'), value('H4')]).toEqual([1, 0.75]);
  for (const a of ['G5', 'G6', 'G7', 'H5', 'H6', 'H7']) expect([a, value(a) === '' ? null : value(a)]).toEqual([a, null]);
  // the user's cells are untouched, and a second Ricalcola leaves the workbook as the first did
  sondrio2020Individuals().cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell.value !== null) expect([r, c, sheet.cells[r]?.[c]?.value]).toEqual([r, c, cell.value]);
    }),
  );
  const once = snapshotWorkbook(env.state);
  await hostOf(env).ricalcola({ summary: false });
  expect(snapshotWorkbook(env.state)).toEqual(once);
});

it('RP 2018 §5.4 cards through Excel: the PO and staff cards at 100 %, the card printed without a weight reported with its cell', async () => {
  const grids = () => [sondrio2018Grid(), sondrio2018Cards()];
  const cli = await cliReport('rp2018-cards', grids(), 'sondrio-2018', 2018);
  const { outcome } = await excelRun(grids(), { profile: 'sondrio-2018', planYear: 2018, sheetName: null });
  expect(outcome.report.individuals).toEqual(cli.individuals);
  expect(outcome.report.individuals!.persons.map((p) => [p.role, p.score])).toEqual([
    ['po', 100],
    ['personale', 100],
    ['personale', null],
    ['personale', 100],
  ]);
  expect(outcome.diagnostics.filter((d) => d.cell === `'${INDIVIDUAL_SHEET}'!D7`).map((d) => d.code)).toEqual(['individual-missing-weight']);
});
