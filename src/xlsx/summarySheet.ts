/**
 * The Riepilogo sheet: replaced on every run (the old one removed, the new one put at the same
 * position), its blocks written, text bars beside the achievement figures (see ./summaryLayout),
 * wrapped long texts and an A4 landscape page one page wide.
 */
import type ExcelJS from 'exceljs';
import { SUMMARY_SHEET_NAME, type PageHeaderFooter, type SummaryPlan } from '../layout/types';
import { XlsxWriteError } from './errors';
import { applySheetPlan } from './sheetPlan';
import { separateTextFromFigures, wrapAndFitRows, writeTextBars } from './summaryLayout';

/** ExcelJS paperSize code of A4 */
const PAPER_A4 = 9;

interface Ordered {
  orderNo: number;
}

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

/**
 * Removes the add-in's old summary sheet (`replaces`, which the write guard has checked is the add-in's) and
 * adds an empty one at its position (or at the end). A sheet not named by `replaces` is never removed.
 */
export function replaceSummarySheet(wb: ExcelJS.Workbook, name: string, replaces: string | null): ExcelJS.Worksheet {
  const old = (replaces === null ? undefined : findSheet(wb, replaces)) as (ExcelJS.Worksheet & Ordered) | undefined;
  if (!old && findSheet(wb, name)) throw new XlsxWriteError(`il foglio «${name}» esiste già e non è del componente aggiuntivo: il riepilogo non è stato scritto`);
  const orderNo = old?.orderNo;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name) as ExcelJS.Worksheet & Ordered;
  // exceljs orders the sheets by the (untyped) orderNo: the new sheet takes the old one's place
  if (orderNo !== undefined) ws.orderNo = orderNo;
  return ws;
}

/** One header or footer in the file's form: "&L<left>&R<right>" (the texts already use Excel's codes). */
export function headerFooterText(part: PageHeaderFooter['header']): string {
  return `${part.left !== null ? `&L${part.left}` : ''}${part.right !== null ? `&R${part.right}` : ''}`;
}

export function writeSummary(wb: ExcelJS.Workbook, plan: SummaryPlan, cruscottoSheet: string, replaces: string | null): ExcelJS.Worksheet {
  const name = plan.sheet || SUMMARY_SHEET_NAME;
  if (name.toLowerCase() === cruscottoSheet.toLowerCase()) {
    throw new XlsxWriteError(`il foglio del cruscotto si chiama «${cruscottoSheet}», come il riepilogo: rinominarlo prima di generare il riepilogo`);
  }
  const ws = replaceSummarySheet(wb, name, replaces);
  applySheetPlan(ws, plan);
  writeTextBars(ws, plan);
  wrapAndFitRows(ws);
  separateTextFromFigures(ws);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: plan.page.orientation,
    fitToPage: true,
    fitToWidth: plan.page.fitToWidth,
    fitToHeight: 0,
  };
  const hf = plan.page.headerFooter;
  if (hf) ws.headerFooter = { ...ws.headerFooter, oddHeader: headerFooterText(hf.header), oddFooter: headerFooterText(hf.footer) };
  return ws;
}
