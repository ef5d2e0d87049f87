/** Applies the layout's write plan to an exceljs workbook; running it twice gives the same workbook. */
import type ExcelJS from 'exceljs';
import type { WritePlan } from '../layout/types';
import { XlsxWriteError } from './errors';
import { applySheetPlan } from './sheetPlan';
import { writeSummary } from './summarySheet';

export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const ws = wb.getWorksheet(plan.sheet.sheet);
  if (!ws) throw new XlsxWriteError(`il foglio «${plan.sheet.sheet}» non esiste nella cartella di lavoro`);
  applySheetPlan(ws, plan.sheet);
  if (plan.summary) writeSummary(wb, plan.summary, plan.sheet.sheet);
}
