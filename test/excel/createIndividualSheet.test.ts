/**
 * «Crea foglio obiettivi individuali» over the fake Excel (issue 9, item 1): the sheet is added after the
 * cruscotto with the example's header, recognised by the header finder, never recorded as the add-in's; a second
 * click selects it; a taken name gets «(2)»; rows the user then types are computed by Ricalcola like the CLI does.
 */
import * as path from 'path';
import { INDIVIDUAL_HEADER_ROW, INDIVIDUAL_SHEET_NAME, freeSheetName } from '../../src/excel/createIndividualSheet';
import { EXAMPLE_SHEET_NAME, INDIVIDUAL_HEADER, exampleCruscotto, exampleIndividuals } from '../../src/layout/example';
import { findIndividualHeader } from '../../src/layout/individual';
import { LEDGER_SHEET_NAME } from '../../src/layout/ownership/ledger';
import type { SheetGrid } from '../../src/layout/types';
import { readReport, removeDir, run as runCli, tempDir, writeGrids } from '../cli/helpers';
import { applyStored, ensureCell, findSheet, getCell, sheetToGrid, snapshotWorkbook, storeTyped, type FakeWorkbookState } from './fake';
import { gridOf } from '../layout/individual/sondrioIndividuals';
import { environment, hostOf } from './support';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('cruscotto-excel-create-');
});
afterAll(() => removeDir(dir));

const notes = (name = 'Note'): SheetGrid => gridOf(name, [['Appunti per la relazione']]);

function activeSheet(state: FakeWorkbookState): string | null {
  return state.sheets.find((s) => s.id === state.activeSheetId)?.name ?? null;
}

/** What a user typing `text` into the cell gets (Excel parses it; a percentage gets a percent format). */
function type(state: FakeWorkbookState, sheet: string, row: number, col: number, text: string): void {
  const cell = ensureCell(findSheet(state, sheet), row, col);
  if (text.endsWith('%')) cell.numberFormat = '0%';
  applyStored(cell, storeTyped(text, cell.numberFormat));
}

describe('a workbook without an individual sheet', () => {
  it('gets one after the cruscotto: title, instructions, the example header in bold, widths, header frozen, selected; 3 round trips', async () => {
    const { grid } = exampleCruscotto();
    const env = environment([grid, notes()]);
    env.excel.stats.reset();
    const result = await hostOf(env).createIndividualSheet();
    expect(result).toEqual({ sheet: INDIVIDUAL_SHEET_NAME, created: true });
    expect(env.excel.stats.syncs).toBe(3);
    expect(env.state.sheets.map((s) => s.name)).toEqual([EXAMPLE_SHEET_NAME, INDIVIDUAL_SHEET_NAME, 'Note']);

    const sheet = findSheet(env.state, INDIVIDUAL_SHEET_NAME);
    const created = sheetToGrid(env.state, INDIVIDUAL_SHEET_NAME);
    // the header finder recognises it, at the row of the example's header
    const layout = findIndividualHeader(created);
    expect(layout?.headerRow).toBe(INDIVIDUAL_HEADER_ROW);
    expect(layout?.headerRow).toBe(findIndividualHeader(exampleIndividuals())?.headerRow);
    expect(layout?.columns.map((c) => c.kind)).toEqual(['person', 'role', 'objective', 'weight', 'link', 'kpi', 'target', 'threshold', 'threshold', 'result']);
    const header = INDIVIDUAL_HEADER.map((_, c) => getCell(sheet, INDIVIDUAL_HEADER_ROW, c));
    expect(header.map((c) => c?.value)).toEqual([...INDIVIDUAL_HEADER]);
    for (const c of header) {
      expect(c?.bold).toBe(true);
      // text, never a formula
      expect(c?.numberFormat).toBe('@');
      expect(c?.formula).toBeUndefined();
    }
    expect(getCell(sheet, 0, 0)?.bold).toBe(true);
    expect(String(getCell(sheet, 1, 0)?.value)).toMatch(/^Una riga per obiettivo/);
    expect(String(getCell(sheet, 1, 0)?.value)).toMatch(/sommano a 100/);
    expect(String(getCell(sheet, 2, 0)?.value)).toMatch(/codice del cruscotto \(es\. 1\.1\.2\).*Relatore\/Responsabile.*Indicatore, Target, Soglie e Risultato/);
    // no example rows: the sheet ends at its header
    expect(created.cells.length).toBe(INDIVIDUAL_HEADER_ROW + 1);
    expect([...sheet.columnWidths.keys()].sort((a, b) => a - b)).toEqual(INDIVIDUAL_HEADER.map((_, c) => c));
    expect(sheet.columnWidths.get(2)).toBeGreaterThan(sheet.columnWidths.get(3)!);
    expect(sheet.frozen).toEqual({ rows: INDIVIDUAL_HEADER_ROW + 1, columns: 0 });
    expect(activeSheet(env.state)).toBe(INDIVIDUAL_SHEET_NAME);
    expect(env.state.selection).toEqual({ sheetId: sheet.id, rect: { top: INDIVIDUAL_HEADER_ROW + 1, left: 0, bottom: INDIVIDUAL_HEADER_ROW + 1, right: 0 } });
    // the user's sheet: no ledger, no setting written
    expect(env.state.sheets.some((s) => s.name === LEDGER_SHEET_NAME)).toBe(false);
    expect(env.state.settings.size).toBe(0);
  });

  it('goes after the cruscotto the settings name, or last when no sheet looks like a cruscotto', async () => {
    const env = environment([notes('Prima'), notes('Seconda'), notes('Terza')]);
    await hostOf(env).saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: 'Prima' });
    await hostOf(env).createIndividualSheet();
    expect(env.state.sheets.map((s) => s.name)).toEqual(['Prima', INDIVIDUAL_SHEET_NAME, 'Seconda', 'Terza']);

    const other = environment([notes('Prima'), notes('Seconda')]);
    await hostOf(other).createIndividualSheet();
    expect(other.state.sheets.map((s) => s.name)).toEqual(['Prima', 'Seconda', INDIVIDUAL_SHEET_NAME]);
  });

  it('takes «Obiettivi individuali (2)» (or the next free) when the name is taken, whatever its case, even by a hidden sheet', async () => {
    const env = environment([exampleCruscotto().grid, notes('obiettivi INDIVIDUALI'), notes('Obiettivi individuali (2)')]);
    findSheet(env.state, 'Obiettivi individuali (2)').visibility = 'Hidden';
    const result = await hostOf(env).createIndividualSheet();
    expect(result).toEqual({ sheet: 'Obiettivi individuali (3)', created: true });
    expect(findIndividualHeader(sheetToGrid(env.state, 'Obiettivi individuali (3)'))).not.toBeNull();
    expect(freeSheetName([])).toBe(INDIVIDUAL_SHEET_NAME);
    expect(freeSheetName(['Obiettivi Individuali'])).toBe('Obiettivi individuali (2)');
  });
});

describe('a workbook that has one', () => {
  it('a second click selects the sheet created by the first, without adding or changing anything', async () => {
    const env = environment([exampleCruscotto().grid]);
    await hostOf(env).createIndividualSheet();
    env.state.activeSheetId = findSheet(env.state, EXAMPLE_SHEET_NAME).id;
    const before = snapshotWorkbook(env.state) as { active: string };
    env.excel.stats.reset();
    const again = await hostOf(env).createIndividualSheet();
    expect(again).toEqual({ sheet: INDIVIDUAL_SHEET_NAME, created: false });
    expect(env.excel.stats.syncs).toBe(3);
    expect(snapshotWorkbook(env.state)).toEqual({ ...before, active: INDIVIDUAL_SHEET_NAME });
  });

  it('selects the user\'s own individual sheet (found by its header, whatever its name), below its header', async () => {
    const mine = { ...exampleIndividuals(), name: 'Valutazione 2022' };
    const env = environment([exampleCruscotto().grid, mine]);
    const result = await hostOf(env).createIndividualSheet();
    expect(result).toEqual({ sheet: 'Valutazione 2022', created: false });
    expect(env.state.sheets).toHaveLength(2);
    const sheet = findSheet(env.state, 'Valutazione 2022');
    expect(activeSheet(env.state)).toBe('Valutazione 2022');
    const row = findIndividualHeader(mine)!.headerRow + 1;
    expect(env.state.selection).toEqual({ sheetId: sheet.id, rect: { top: row, left: 0, bottom: row, right: 0 } });
  });
});

it('created, then filled in by the user: Ricalcola finds and computes it, with the figures of the CLI on the example sheet', async () => {
  const { grid, planYear } = exampleCruscotto();
  const env = environment([grid]);
  await hostOf(env).saveSettings({ profile: 'sondrio-2020', planYear, sheetName: null });
  const { sheet } = await hostOf(env).createIndividualSheet();

  // right after creation: found and computed, nobody to score yet
  const empty = await hostOf(env).ricalcola({ summary: false });
  expect(empty.report.sheet).toBe(EXAMPLE_SHEET_NAME);
  expect(empty.report.individuals).toEqual({ sheet, persons: [] });

  // the user types the example's objectives below the header
  const example = exampleIndividuals();
  const from = findIndividualHeader(example)!.headerRow + 1;
  example.cells.slice(from).forEach((line, i) =>
    line.forEach((input, c) => {
      if (input.value !== null && input.value !== undefined) type(env.state, sheet, INDIVIDUAL_HEADER_ROW + 1 + i, c, String(input.value));
    }),
  );
  const outcome = await hostOf(env).ricalcola({ summary: false });

  const file = path.join(dir, 'example.xlsx');
  await writeGrids(file, [grid, example]);
  const json = path.join(dir, 'example.json');
  const cli = await runCli(['ricalcola', file, '--profilo', 'sondrio-2020', '--anno', String(planYear), '--json', json, '--output', path.join(dir, 'example-out.xlsx')], dir);
  expect(cli.stderr).not.toMatch(/errore interno/);
  const expected = (await readReport(json)).individuals;
  expect(expected?.persons).toHaveLength(3);
  expect(outcome.report.individuals).toEqual(expected);
  expect(outcome.diagnostics.filter((d) => d.cell?.includes(sheet))).toEqual([]);
});
