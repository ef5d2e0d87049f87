/** Applies a SheetWritePlan (values, formats, styles, widths, notes, conditional formats) to a worksheet. */
import type ExcelJS from 'exceljs';
import type { CellScalar, SheetWritePlan, ValueBlock } from '../layout/types';
import { isMergeSlave, setValue } from './cellWrite';
import { replaceOwnRules } from './conditionalFormats';
import { StyleCache } from './styleCache';
import { blockStylePatch } from './styles';

function formatAt(block: ValueBlock, i: number, j: number): string | undefined {
  const f = block.numberFormat;
  if (f === undefined) return undefined;
  if (typeof f === 'string') return f;
  const v = f[i]?.[j];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A row or column style that gives a new cell nothing (exceljs copies these into the cells it creates). */
function givesNothing(style: Partial<ExcelJS.Style> | undefined): boolean {
  return !style || !(style.numFmt || style.font || style.alignment || style.border || style.fill || style.protection);
}

/**
 * Writes a block: values, then number format and block style as one new style per cell (shared between
 * cells with the same old style and the same change, see ./styleCache).
 * An empty value for a cell that does not exist, in a row and column without a style, and with nothing
 * to style is nothing to write: such a cell is left uncreated (the saved sheet is the same).
 */
export function writeBlock(ws: ExcelJS.Worksheet, block: ValueBlock, cache: StyleCache = new StyleCache()): void {
  const patch = blockStylePatch(block.style, block.bold);
  const patchKey = patch ? `${block.style ?? ''}|${block.bold ?? ''}` : '';
  const width = block.values.reduce((w, r) => Math.max(w, r.length), 0);
  // per column, once: does a new cell there start with a style of its own?
  const plainColumn: boolean[] = new Array(width);
  for (let j = 0; j < width; j++) plainColumn[j] = givesNothing(ws.getColumn(block.left + j + 1).style);
  for (let i = 0; i < block.values.length; i++) {
    const rowValues = block.values[i];
    const rowNumber = block.top + i + 1;
    let row = ws.findRow(rowNumber);
    const plainRow = !row || givesNothing((row as unknown as { style?: Partial<ExcelJS.Style> }).style);
    for (let j = 0; j < rowValues.length; j++) {
      const value: CellScalar | undefined = rowValues[j];
      const format = formatAt(block, i, j) || undefined;
      const restyle = format !== undefined || patch !== null;
      const col = block.left + j + 1;
      let cell: ExcelJS.Cell | undefined;
      if ((value === null || value === undefined) && !restyle && plainRow && plainColumn[j]) {
        cell = row?.findCell(col);
        if (!cell) continue;
      } else {
        if (!row) row = ws.getRow(rowNumber);
        cell = row.getCell(col);
      }
      // as in Excel, only the top-left cell of a merged area takes a value
      if (isMergeSlave(cell)) continue;
      setValue(cell, value);
      if (restyle) {
        // the value's type is in the key: on saving, exceljs gives a style without number format a "General"
        // for numbers only, and it reuses the XML of a style object for every cell that shares it
        cell.style = cache.restyled(cell.style, `${format ?? ''}|${patchKey}|${typeof value}`, (old) => {
          const withFormat: Partial<ExcelJS.Style> = format ? { ...old, numFmt: format } : old;
          return patch ? { ...withFormat, ...patch } : withFormat;
        });
      }
    }
  }
}

export function applySheetPlan(ws: ExcelJS.Worksheet, plan: SheetWritePlan): void {
  const cache = new StyleCache();
  for (const block of plan.blocks) writeBlock(ws, block, cache);
  for (const { col, width } of plan.columnWidths ?? []) {
    if (Number.isFinite(width) && width > 0) ws.getColumn(col + 1).width = width;
  }
  for (const note of plan.notes) {
    const cell = ws.getCell(note.row + 1, note.col + 1);
    // a note is plain text: exceljs writes it as a comment, never evaluated
    cell.note = note.text;
  }
  replaceOwnRules(ws, plan.conditionalFormats);
}
