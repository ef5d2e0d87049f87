/** The .xlsx back end: the same write plan as the add-in, applied to files with exceljs. */
export { loadWorkbook, saveWorkbook } from './workbookIo';
export { XlsxReadError, XlsxWriteError } from './errors';
export { gridFromWorksheet, plainValue } from './gridFromWorksheet';
export { worksheetFromGrid, detectHeaderRows } from './worksheetFromGrid';
export type { WorksheetFromGridOptions } from './worksheetFromGrid';
export { applyWritePlan } from './applyWritePlan';
export { readSettings, writeSettings, SETTINGS_SHEET_NAME } from './settings';
export { removeOwnRules } from './conditionalFormats';
export { readLedger, writeLedger } from './ledger';
export type { AppliedPlan } from './applyWritePlan';
