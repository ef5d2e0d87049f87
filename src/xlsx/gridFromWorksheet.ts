/**
 * A worksheet as the layout reads it: values as Excel shows them (rich text as plain text, formulas
 * as their cached result, hyperlinks as their text, errors as "#N/A"...), each cell's number format,
 * and the merged areas. Only the top-left cell of a merged area holds a value, as in Excel.
 */
import type ExcelJS from 'exceljs';
import type { CellInput } from '../engine/types';
import type { GridNote, MergedArea, SheetGrid } from '../layout/types';
import { hasFormula, sheetNotes } from './noteText';
import { isMergeSlave } from './cellWrite';
import { mergedAreas } from './merges';

type Scalar = CellInput['value'];

function richTextToString(value: { richText?: { text?: string }[] }): string {
  return (value.richText ?? []).map((run) => run.text ?? '').join('');
}

/** exceljs cell value (any of its shapes) -> a plain value. */
export function plainValue(value: ExcelJS.CellValue | undefined): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richTextToString(v as { richText: { text?: string }[] });
  if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in v || 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && Array.isArray((text as { richText?: unknown }).richText)) {
      return richTextToString(text as { richText: { text?: string }[] });
    }
    return typeof v.hyperlink === 'string' ? v.hyperlink : null;
  }
  if ('error' in v && typeof v.error === 'string') return v.error;
  return null;
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellInput[][] = [];
  const formulaCells = new Set<string>();
  // notes also on cells without a value (eachCell passes those over)
  const notes: GridNote[] = sheetNotes(ws);
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // the cells under a merged area are empty (their style is the top-left cell's copy)
      if (isMergeSlave(cell)) {
        out[colNumber - 1] = { value: null };
        return;
      }
      if (hasFormula(cell)) formulaCells.add(`${rowNumber - 1}:${colNumber - 1}`);
      const value = plainValue(cell.value);
      const numFmt = cell.numFmt;
      const input: CellInput = numFmt ? { value, numberFormat: numFmt } : { value };
      out[colNumber - 1] = input;
    });
    if (out.length > width) width = out.length;
    rows[rowNumber - 1] = out;
  });
  const merges: MergedArea[] = mergedAreas(ws);
  for (const m of merges) if (m.right + 1 > width) width = m.right + 1;
  // rectangular grid: missing rows and cells are empty
  const cells: CellInput[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r] ?? [];
    const out: CellInput[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = src[c] ?? { value: null };
    cells[r] = out;
  }
  return { name: ws.name, cells, merges, formulaCells, notes };
}
