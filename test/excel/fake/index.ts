/**
 * A typed in-memory fake of the Excel JavaScript API subset the add-in uses, with the real load/sync
 * contract (queued operations, PropertyNotLoaded, writes applied at sync) and payload accounting.
 * Browser-safe: the end-to-end test injects createFakeExcel(...) as window.Excel and createFakeOffice(...) as window.Office.
 */
import type { SheetGrid } from '../../../src/layout/types';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from './context';
import { workbookFromGrids } from './grid';
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from './office';
import type { FakeWorkbookState } from './state';

export * from './addressing';
export * from './context';
export * from './errors';
export * from './grid';
export * from './office';
export * from './state';
export * from './stats';
export { FORMULA_RESULT, applyStored, excelSerial, storeTyped } from './typedInput';
export { DEFAULT_COLUMN_WIDTH, MERGED_AREAS_LIMIT } from './range';
export { ADD_IN_AUTHOR } from './comments';

export interface FakeEnvironment {
  excel: FakeExcel;
  office: FakeOffice;
  state: FakeWorkbookState;
}

/** A workbook with these sheets, an Excel and an Office over it (same API level for both). */
export function createFakeEnvironment(
  grids: SheetGrid[],
  options: { displayLanguage?: string } & FakeExcelOptions & Omit<FakeOfficeOptions, 'excelApi'> = {},
): FakeEnvironment {
  const state = workbookFromGrids(...grids);
  const excelOptions: FakeExcelOptions = {
    apiVersion: options.apiVersion,
    payloadLimitBytes: options.payloadLimitBytes,
    listSeparator: options.listSeparator,
    commentsNotImplemented: options.commentsNotImplemented,
    mergedAreasLimitCode: options.mergedAreasLimitCode,
  };
  return {
    state,
    excel: createFakeExcel(state, excelOptions),
    office: createFakeOffice({ ...options, excelApi: options.apiVersion }),
  };
}

/** Puts the fake where the add-in's pages look for Office.js: window.Excel and window.Office. */
export function installFakeOffice(target: Record<string, unknown>, env: Pick<FakeEnvironment, 'excel' | 'office'>): void {
  target.Excel = env.excel;
  target.Office = env.office;
}
