/**
 * The add-in's ledger in the package: the very hidden sheet «Cruscotto Registro» (column A: a marker, then the
 * JSON in chunks), the same sheet the Excel back end keeps (src/layout/ownership/ledger.ts).
 */
import { emptyLedger, foreignLedgerSheetMessage, isLedgerSheetName, LEDGER_MARKER, LEDGER_SHEET_NAME, parseLedger, serialiseLedger, type Ledger } from '../../layout/ownership';
import type { LedgerRead } from '../ledger';
import { XlsxWriteError } from '../errors';
import { addSheet, columnASheetXml, replaceSheet } from './sheetsEdit';
import type { PackageWorkbook } from './workbook';

function columnA(book: PackageWorkbook, name: string): unknown[] {
  const texts: unknown[] = [];
  for (const cell of book.cells(name).cells) if (cell.col === 0) texts[cell.row] = cell.value;
  for (let i = 0; i < texts.length; i++) if (texts[i] === undefined) texts[i] = null;
  return texts;
}

export function readPackageLedger(book: PackageWorkbook): LedgerRead {
  const sheet = book.sheets.find((s) => isLedgerSheetName(s.name));
  if (!sheet) return { ledger: emptyLedger(), warning: null, foreign: null };
  const parsed = parseLedger(columnA(book, sheet.name));
  if (parsed.ok) return { ledger: parsed.ledger, warning: null, foreign: null };
  return { ledger: emptyLedger(), warning: parsed.ours ? parsed.message : null, foreign: parsed.ours ? null : sheet.name };
}

/** Writes the ledger into the add-in's hidden sheet (added when missing); a sheet of that name that is not the add-in's is never touched. */
export function writePackageLedger(book: PackageWorkbook, ledger: Ledger): void {
  const xml = columnASheetXml(serialiseLedger(ledger));
  const sheet = book.sheets.find((s) => isLedgerSheetName(s.name));
  if (!sheet) {
    addSheet(book, LEDGER_SHEET_NAME, 'veryHidden', xml);
    return;
  }
  if (columnA(book, sheet.name)[0] !== LEDGER_MARKER) throw new XlsxWriteError(foreignLedgerSheetMessage(sheet.name));
  replaceSheet(book, sheet.entry, xml, sheet.name);
}
