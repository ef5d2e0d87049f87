/**
 * Applies the layout's write plan to an exceljs workbook; running it twice gives the same workbook.
 * Every write goes through the guard first (src/layout/ownership): the workbook's own ledger and what the
 * sheet holds now decide which cells and sheets are the add-in's; nothing else is overwritten, cleared or
 * deleted, whatever the plan says. The ledger is brought up to date after the writes.
 */
import type ExcelJS from 'exceljs';
import { entryOfView, foreignLedgerSheetMessage, prepareWrites, sameLedger, withLedgerSheet } from '../layout/ownership';
import { sheetPrefix } from '../layout/address';
import type { Diagnostic, WritePlan } from '../layout/types';
import { worksheetView } from './cellView';
import { XlsxWriteError } from './errors';
import { readLedger, writeLedger } from './ledger';
import { applySheetPlan } from './sheetPlan';
import { writeSummary } from './summarySheet';

export interface AppliedPlan {
  /** writes the guard refused, and a ledger that could not be read, as warnings */
  warnings: Diagnostic[];
  /** the summary sheet written, or null */
  summarySheet: string | null;
}

export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): AppliedPlan {
  const ws = wb.getWorksheet(plan.sheet.sheet);
  if (!ws) throw new XlsxWriteError(`il foglio «${plan.sheet.sheet}» non esiste nella cartella di lavoro`);
  const { ledger, warning, foreign } = readLedger(wb);
  if (foreign !== null) throw new XlsxWriteError(foreignLedgerSheetMessage(foreign));
  const sheetNamed = (name: string) => wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  const prepared = prepareWrites(plan, worksheetView(ws), ledger, wb.worksheets.map((w) => w.name), (name) => {
    const sheet = sheetNamed(name);
    return sheet ? worksheetView(sheet) : null;
  });
  const warnings: Diagnostic[] = [...prepared.refused];
  if (warning) warnings.push({ severity: 'warning', cell: null, code: 'ledger-unreadable', message: `${sheetPrefix(plan.sheet.sheet)}: ${warning}: nessuna cella è considerata del componente aggiuntivo.` });
  // the add-in's notes from an earlier run go; the plan puts back the ones still due
  for (const { row, col } of prepared.ownership.ownNotes()) ws.getCell(row + 1, col + 1).note = undefined as unknown as string;
  applySheetPlan(ws, prepared.plan.sheet);
  const summary = prepared.plan.summary;
  let next = prepared.ledger;
  if (summary) {
    const written = writeSummary(wb, summary, plan.sheet.sheet, prepared.summaryReplaces);
    // what the summary sheet holds now (its text bars too), so the next run can tell whether someone wrote in it
    next = withLedgerSheet(next, entryOfView(written.name, worksheetView(written)));
  }
  if (!sameLedger(next, ledger)) writeLedger(wb, next);
  return { warnings, summarySheet: summary ? summary.sheet : null };
}
