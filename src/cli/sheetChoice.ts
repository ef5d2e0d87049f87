/** Which sheet of a workbook a command reads: the one asked for, else the settings', else the mapping's, else the first cruscotto. */
import type ExcelJS from 'exceljs';
import { chooseSheet, type SheetChoice } from '../layout/pipeline';
import { SUMMARY_SHEET_NAME, type ColumnMapping } from '../layout/types';
import { gridFromWorksheet } from '../xlsx';

export function visibleSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
}

/** The sheet a mapping was made for, when the workbook still has it (a renamed sheet: the usual choice applies). */
export function mappingSheet(mapping: ColumnMapping | null | undefined, sheets: { name: string }[]): string | null {
  return mapping && sheets.some((s) => s.name === mapping.sheet) ? mapping.sheet : null;
}

export function chooseWorksheet(
  workbook: ExcelJS.Workbook,
  requested: string | null | undefined,
  mapping: ColumnMapping | null | undefined,
  /** the add-in's own summary sheet (the ledger names it): never read as the cruscotto */
  ownSummary: string | null = null,
): SheetChoice<ExcelJS.Worksheet> {
  const sheets = visibleSheets(workbook);
  return chooseSheet(sheets, (ws) => gridFromWorksheet(ws), requested ?? mappingSheet(mapping, sheets), { skip: ownSummary });
}

/** Without a cruscotto-like sheet: the first visible sheet holding anything (not the Riepilogo), for a proposal. */
export function firstSheetWithContent(workbook: ExcelJS.Workbook): SheetChoice<ExcelJS.Worksheet> | null {
  for (const ws of visibleSheets(workbook)) {
    if (ws.name === SUMMARY_SHEET_NAME || ws.actualRowCount === 0) continue;
    return { ok: true, sheet: ws, grid: gridFromWorksheet(ws) };
  }
  return null;
}
