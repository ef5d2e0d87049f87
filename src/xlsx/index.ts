/**
 * The .xlsx back end: the same write plan as the add-in, applied to files. The CLI edits the package in place
 * (./package: only the parts the plan writes change); the exceljs functions build new workbooks (examples,
 * fixtures) and the Riepilogo's content.
 */
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
export { openPackage, savePackage, PackageWorkbook } from './package/workbook';
export { applyPlanToPackage } from './package/applyPlan';
export { readPackageSettings } from './package/settingsPart';
export { readPackageLedger } from './package/ledgerPart';
