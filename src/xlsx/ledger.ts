/**
 * The add-in's ledger in a .xlsx workbook: the very hidden sheet «Cruscotto Registro» (column A: a marker,
 * then the JSON in chunks), the same sheet the Excel back end keeps. See src/layout/ownership/ledger.ts.
 */
import type ExcelJS from 'exceljs';
import { emptyLedger, foreignLedgerSheetMessage, isLedgerSheetName, LEDGER_MARKER, LEDGER_SHEET_NAME, parseLedger, serialiseLedger, type Ledger } from '../layout/ownership';
import { setValue } from './cellWrite';
import { XlsxWriteError } from './errors';
import { plainValue } from './gridFromWorksheet';

function findLedgerSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => isLedgerSheetName(ws.name));
}

export interface LedgerRead {
  ledger: Ledger;
  /** Italian, when a ledger sheet is there but cannot be used (then no cell counts as the add-in's) */
  warning: string | null;
  /** a sheet of the user's has the ledger's name: nothing may be written */
  foreign: string | null;
}

export function readLedger(wb: ExcelJS.Workbook): LedgerRead {
  const ws = findLedgerSheet(wb);
  if (!ws) return { ledger: emptyLedger(), warning: null, foreign: null };
  const texts: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) texts.push(plainValue(ws.getRow(r).getCell(1).value));
  const parsed = parseLedger(texts);
  if (parsed.ok) return { ledger: parsed.ledger, warning: null, foreign: null };
  return { ledger: emptyLedger(), warning: parsed.ours ? parsed.message : null, foreign: parsed.ours ? null : ws.name };
}

/** Writes the ledger into the add-in's hidden sheet (created when missing). A sheet of that name that is not the add-in's is never touched. */
export function writeLedger(wb: ExcelJS.Workbook, ledger: Ledger): void {
  let ws = findLedgerSheet(wb);
  if (ws) {
    const first = plainValue(ws.getRow(1).getCell(1).value);
    if (first !== LEDGER_MARKER) {
      throw new XlsxWriteError(foreignLedgerSheetMessage(ws.name));
    }
    const rows = ws.rowCount;
    for (let r = 1; r <= rows; r++) ws.getRow(r).getCell(1).value = null;
  } else {
    ws = wb.addWorksheet(LEDGER_SHEET_NAME, { state: 'veryHidden' });
  }
  serialiseLedger(ledger).forEach((text, i) => setValue(ws!.getRow(i + 1).getCell(1), text));
}
