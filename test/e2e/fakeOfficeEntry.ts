/**
 * Test-only stand-in for office.js, bundled by test/e2e/webpack.fake.config.js and served by the
 * end-to-end test in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 * Defines window.Office and window.Excel over an in-memory workbook holding a generated 2022
 * cruscotto (60 actions, with results) plus a few bad cells, and a body's own sheet the reader does not
 * recognise («Piano ente»), and exposes the workbook to the test.
 */
import { createFakeEnvironment, formatAddress, type FakeWorkbookState } from '../excel/fake';
import { buildE2eWorkbook, buildUnrecognisedSheet, type BadCell } from './e2eWorkbook';

export interface E2eProbe {
  /** "Cruscotto!V7": the selection, as Range.address gives it */
  selectedAddress(): string | null;
  /** the text in a cell of the fake workbook */
  cellValue(sheet: string, row: number, col: number): unknown;
  sheetNames(): string[];
  /** what the fake was given: the cells made bad on purpose */
  badCells: BadCell[];
  state: FakeWorkbookState;
}

const { grid, badCells } = buildE2eWorkbook();
// a second sheet the reader does not recognise, for the "Colonne" view (chosen in the settings by the test)
const env = createFakeEnvironment([grid, buildUnrecognisedSheet()], { apiVersion: '1.13', displayLanguage: 'it-IT' });

const probe: E2eProbe = {
  selectedAddress() {
    const sel = env.state.selection;
    if (!sel) return null;
    const sheet = env.state.sheets.find((s) => s.id === sel.sheetId);
    return sheet ? formatAddress(sheet.name, sel.rect) : null;
  },
  cellValue(sheet, row, col) {
    const s = env.state.sheets.find((x) => x.name === sheet);
    return s?.rows[row]?.[col]?.value ?? null;
  },
  sheetNames: () => env.state.sheets.map((s) => s.name),
  badCells,
  state: env.state,
};

const w = window as unknown as Record<string, unknown>;
w.Office = env.office;
w.Excel = env.excel;
w.__cruscottoE2e = probe;
