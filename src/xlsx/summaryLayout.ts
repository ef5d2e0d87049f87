/**
 * Readability of the Riepilogo when it is printed or opened outside Excel (LibreOffice, PDF for the
 * Giunta): long texts in table rows wrap inside their column, rows grow to show them, and the figures
 * of `dataBarRange` get a text bar. exceljs data bars render in LibreOffice only when no other
 * conditional format covers the cells, and the Riepilogo colours those same cells by status, so the
 * bar is written as plain text values ("█" × n, computed here) in the column right of the table.
 */
import type ExcelJS from 'exceljs';
import type { SummaryPlan } from '../layout/types';
import { setStyle, setValue } from './cellWrite';
import { parseMergeRange } from './merges';

const DEFAULT_WIDTH = 9;
const LINE_HEIGHT = 15;
const BAR_CHAR = '\u2588';
export const BAR_LENGTH = 20;
export const BAR_HEADER = 'Andamento';
const BAR_COLOUR = 'FF5B9BD5';

function columnWidth(ws: ExcelJS.Worksheet, col: number): number {
  return ws.getColumn(col).width ?? DEFAULT_WIDTH;
}

function textOf(value: ExcelJS.CellValue): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * Lines a text needs in a column of this width (about one character per width unit, fewer in bold), wrapping
 * at spaces as Excel and LibreOffice do: "% raggiungimento" needs two lines even where 16 characters would fit.
 */
export function linesNeeded(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width * 1.1) / (bold ? 1.15 : 1)) - 1);
  return text.split('\n').reduce((n, part) => n + wrappedLines(part, perLine), 0);
}

function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** In rows with two or more values, texts wider than their column wrap; rows grow to fit wrapped texts. */
export function wrapAndFitRows(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    let filled = 0;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== '') filled++;
    });
    let lines = 1;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = textOf(cell.value);
      if (text === null) return;
      const width = columnWidth(ws, col);
      const needed = linesNeeded(text, width, cell.font?.bold === true);
      const wraps = cell.alignment?.wrapText === true;
      if (!wraps && filled >= 2 && needed > 1) {
        setStyle(cell, { alignment: { ...(cell.alignment ?? {}), wrapText: true, vertical: 'top' } });
      }
      if (wraps || (filled >= 2 && needed > 1)) {
        const size = cell.font?.size ?? 11;
        lines = Math.max(lines, Math.ceil((needed * size) / 11));
      }
    });
    if (lines > 1) {
      row.height = lines * LINE_HEIGHT;
      // the other cells of a tall row line up with the first line of the wrapped text
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!cell.alignment?.vertical) setStyle(cell, { alignment: { ...(cell.alignment ?? {}), vertical: 'top' } });
      });
    }
  });
}

/**
 * A text right after a figure starts one indent in: a right-aligned figure and a left-aligned text touch at
 * the cell border and read as one ("60.00%8.1", "90.00%Eccellente").
 */
export function separateTextFromFigures(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col < 2 || typeof cell.value !== 'string' || cell.value === '') return;
      if (typeof row.getCell(col - 1).value !== 'number') return;
      setStyle(cell, { alignment: { ...(cell.alignment ?? {}), indent: Math.max(1, cell.alignment?.indent ?? 0) } });
    });
  });
}

/** First column (0-based) right of everything the plan writes. */
function firstFreeColumn(plan: SummaryPlan): number {
  let right = -1;
  for (const block of plan.blocks) for (const row of block.values) right = Math.max(right, block.left + row.length - 1);
  return right + 1;
}

/** "█" repeated in proportion to the figure: 20 characters for 100 %. */
export function textBar(value: number, max: number): string {
  const ratio = Math.min(1, Math.max(0, value / max));
  return BAR_CHAR.repeat(Math.round(ratio * BAR_LENGTH));
}

/** Writes the text bars for `dataBarRange` (values 0..1 as percent cells or 0..100) beside the table. */
export function writeTextBars(ws: ExcelJS.Worksheet, plan: SummaryPlan): number | null {
  if (!plan.dataBarRange) return null;
  const bounds = parseMergeRange(plan.dataBarRange);
  if (!bounds) return null;
  const figures: (number | null)[] = [];
  let max = 0;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const v = ws.getCell(r + 1, bounds.left + 1).value;
    const n = typeof v === 'number' && Number.isFinite(v) ? v : null;
    figures.push(n);
    if (n !== null) max = Math.max(max, n);
  }
  const scale = max > 1.000001 ? 100 : 1;
  const col = Math.max(firstFreeColumn(plan), bounds.right + 1);
  if (bounds.top > 0) {
    const above = ws.getCell(bounds.top, bounds.left + 1);
    const header = ws.getCell(bounds.top, col + 1);
    if (above.value !== null && above.value !== undefined) {
      setValue(header, BAR_HEADER);
      header.style = { ...above.style };
    }
  }
  figures.forEach((n, i) => {
    const cell = ws.getCell(bounds.top + i + 1, col + 1);
    setValue(cell, n === null ? null : textBar(n, scale) || null);
    setStyle(cell, { font: { color: { argb: BAR_COLOUR } }, numFmt: '@' });
  });
  // a full block is wider than an average character
  ws.getColumn(col + 1).width = Math.ceil(BAR_LENGTH * 1.5) + 2;
  return col;
}
