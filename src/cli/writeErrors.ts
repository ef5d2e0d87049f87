/**
 * exceljs's own errors are English ("16385 is out of bounds. Excel supports columns from 1 to 16384"): at the CLI
 * edge they are said in Italian, naming the cell or column that caused them.
 */
import { cellRef, columnLetter } from '../layout/address';
import type { SheetGrid } from '../layout/types';
import { XlsxWriteError } from '../xlsx/errors';

/** Columns of an Excel sheet: A…XFD. */
export const EXCEL_MAX_COLUMNS = 16384;

/** The first cell with a value in the sheet's last column (XFD), or null. */
function lastColumnCell(grid: SheetGrid): string | null {
  for (let r = 0; r < grid.cells.length; r++) {
    const v = grid.cells[r]?.[EXCEL_MAX_COLUMNS - 1]?.value;
    if (v !== null && v !== undefined && v !== '') return cellRef(grid.name, r, EXCEL_MAX_COLUMNS - 1);
  }
  return null;
}

/** Italian text for an error of the .xlsx back end while writing the plan of `grid`'s sheet; null when not known. */
export function explainWriteError(err: unknown, grid: SheetGrid): string | null {
  const text = err instanceof Error ? err.message : String(err);
  // the package back end's own refusal, or exceljs's English one (the Riepilogo is still built with exceljs)
  const beyond = err instanceof XlsxWriteError && err.code === 'beyond-last-column';
  const bounds = /(\d+) is out of bounds\. Excel supports columns from 1 to (\d+)/.exec(text);
  if (!beyond && !bounds) return null;
  const cell = lastColumnCell(grid);
  if (!cell && beyond) return text;
  const where = cell ? `il foglio ha un valore in ${cell}, nell'ultima colonna di Excel (${columnLetter(EXCEL_MAX_COLUMNS - 1)})` : `il foglio «${grid.name}» arriva all'ultima colonna di Excel (${columnLetter(EXCEL_MAX_COLUMNS - 1)})`;
  const need = bounds ? ` (servirebbe la colonna ${bounds[1]}, Excel ne ha ${bounds[2]})` : '';
  return `${where}: a destra non c'è posto per le colonne del calcolo${need}. Spostare o cancellare quel valore e ricalcolare. Il file non è stato scritto.`;
}
