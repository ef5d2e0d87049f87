/** Applies a SheetWritePlan (values, formats, styles, widths, notes, conditional formats) to a worksheet. */
import type ExcelJS from 'exceljs';
import type { SheetWritePlan, ValueBlock } from '../layout/types';
import { isMergeSlave, setNumberFormat, setValue } from './cellWrite';
import { replaceOwnRules } from './conditionalFormats';
import { applyBlockStyle } from './styles';

function formatAt(block: ValueBlock, i: number, j: number): string | undefined {
  const f = block.numberFormat;
  if (f === undefined) return undefined;
  if (typeof f === 'string') return f;
  const v = f[i]?.[j];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function writeBlock(ws: ExcelJS.Worksheet, block: ValueBlock): void {
  block.values.forEach((rowValues, i) => {
    const row = ws.getRow(block.top + i + 1);
    rowValues.forEach((value, j) => {
      const cell = row.getCell(block.left + j + 1);
      // as in Excel, only the top-left cell of a merged area takes a value
      if (isMergeSlave(cell)) return;
      setValue(cell, value);
      setNumberFormat(cell, formatAt(block, i, j));
      applyBlockStyle(cell, block.style, block.bold);
    });
  });
}

export function applySheetPlan(ws: ExcelJS.Worksheet, plan: SheetWritePlan): void {
  for (const block of plan.blocks) writeBlock(ws, block);
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
