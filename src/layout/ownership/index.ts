/** The add-in's own cells and sheets: the ledger kept in the workbook, and the guard every write goes through. */
export { cellKey, noteKey } from './cellKey';
export { gridView, type CellView } from './cellView';
export { SheetOwnership } from './ownership';
export { guardSheetPlan, type GuardedPlan } from './guard';
export { prepareWrites, type PreparedWrites } from './prepare';
export { entryOfView, nextLedgerSheet } from './record';
export { isSummarySheet, summaryTarget, SUMMARY_ALTERNATIVE_NAME, type SummaryTarget } from './summaryName';
export {
  LEDGER_SHEET_NAME,
  LEDGER_MARKER,
  emptyLedger,
  foreignLedgerSheetMessage,
  isLedgerSheetName,
  ledgerSheet,
  parseLedger,
  serialiseLedger,
  sameLedger,
  withLedgerSheet,
  type Ledger,
  type LedgerColumn,
  type LedgerSheet,
} from './ledger';
