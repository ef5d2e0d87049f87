/**
 * Writes a SheetGrid as a new worksheet: values (strings as text), number formats, merges, a bold
 * header and readable column widths. Used for fixtures, the example workbook and benchmarks.
 */
import type ExcelJS from 'exceljs';
import type { CellInput } from '../engine/types';
import type { SheetGrid } from '../layout/types';
import { setStyle, writeInput } from './cellWrite';
import { XlsxWriteError } from './errors';

export interface WorksheetFromGridOptions {
  /** rows written bold with a fill and wrapped text; default: the leading rows that hold only text */
  headerRows?: number;
}

function isYear(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** Leading rows without numbers, dates or booleans (years such as 2022 allowed), at most 10. */
export function detectHeaderRows(grid: SheetGrid): number {
  let rows = 0;
  for (const row of grid.cells.slice(0, 10)) {
    const hasData = row.some((c) => {
      const v = c?.value;
      return (typeof v === 'number' && !isYear(v)) || v instanceof Date || typeof v === 'boolean';
    });
    const empty = row.every((c) => c?.value === null || c?.value === undefined || c?.value === '');
    if (hasData || empty) break;
    rows++;
  }
  return rows;
}

function displayLength(input: CellInput | undefined): number {
  const v = input?.value;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') return Math.max(...v.split('\n').map((line) => line.length));
  if (v instanceof Date) return 10;
  if (typeof v === 'number') return Math.min(14, String(v).length + 2);
  return 5;
}

export function worksheetFromGrid(wb: ExcelJS.Workbook, grid: SheetGrid, options: WorksheetFromGridOptions = {}): ExcelJS.Worksheet {
  const name = grid.name;
  if (wb.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase())) {
    throw new XlsxWriteError(`il foglio «${name}» esiste già nella cartella di lavoro`);
  }
  let ws: ExcelJS.Worksheet;
  try {
    ws = wb.addWorksheet(name);
  } catch (err) {
    throw new XlsxWriteError(`nome di foglio non valido «${name}»: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const headerRows = options.headerRows ?? detectHeaderRows(grid);
  const merged = new Set<string>();
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) merged.add(`${r}:${c}`);
  }
  const widths: number[] = [];
  grid.cells.forEach((row, r) => {
    if (!row) return;
    const excelRow = ws.getRow(r + 1);
    row.forEach((input, c) => {
      if (!input || merged.has(`${r}:${c}`)) return;
      if (input.value === null || input.value === undefined) {
        if (input.numberFormat) setStyle(excelRow.getCell(c + 1), { numFmt: input.numberFormat });
        return;
      }
      const cell = excelRow.getCell(c + 1);
      writeInput(cell, input);
      if (r >= headerRows || !grid.merges.some((m) => m.top === r && m.left === c && m.right > m.left)) {
        widths[c] = Math.max(widths[c] ?? 0, displayLength(input));
      }
    });
  });
  for (const m of grid.merges) {
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    // a parent merged over its rows reads from its first row, not from the bottom of the block
    if (m.bottom > m.top) setStyle(ws.getCell(m.top + 1, m.left + 1), { alignment: { vertical: 'top', wrapText: true } });
  }
  for (let r = 0; r < headerRows; r++) {
    const row = ws.getRow(r + 1);
    const width = Math.max(grid.cells[r]?.length ?? 0, ...widths.map((_, i) => i + 1));
    for (let c = 0; c < width; c++) {
      setStyle(row.getCell(c + 1), {
        font: { bold: true },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' }, bgColor: { argb: 'FFF2F2F2' } },
        alignment: { wrapText: true, vertical: 'middle' },
      });
    }
  }
  widths.forEach((w, c) => {
    if (w !== undefined) ws.getColumn(c + 1).width = Math.max(8, Math.min(50, w + 2));
  });
  if (headerRows > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRows }];
  return ws;
}
