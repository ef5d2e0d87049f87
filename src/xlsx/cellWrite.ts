/**
 * Writing single cells safely. exceljs shares one style object between all cells loaded with the same
 * style id, so a style is never mutated in place: a write gives the cell a new style object (the write
 * plan shares it between the cells it gives the same change, see ./styleCache). Strings are always
 * stored as text (never as { formula }), and merged non-top-left cells are left alone, as in Excel.
 */
import type ExcelJS from 'exceljs';
import type { CellInput } from '../engine/types';
import type { CellScalar } from '../layout/types';

export function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== undefined && cell.master.address !== cell.address;
}

/** A value from a write plan or a grid; strings stay text whatever they start with. */
export function setValue(cell: ExcelJS.Cell, value: CellScalar | Date | undefined): void {
  if (value === undefined || value === null) {
    cell.value = null;
  } else if (typeof value === 'number') {
    cell.value = Number.isFinite(value) ? value : null;
  } else if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) {
    cell.value = value;
  } else {
    cell.value = null;
  }
}

export function setStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

export function setNumberFormat(cell: ExcelJS.Cell, format: string | undefined): void {
  if (format) setStyle(cell, { numFmt: format });
}

export function writeInput(cell: ExcelJS.Cell, input: CellInput | undefined): void {
  if (!input || isMergeSlave(cell)) return;
  setValue(cell, input.value);
  setNumberFormat(cell, input.numberFormat);
}

/** "#RRGGBB" -> exceljs ARGB "FFRRGGBB" */
export function argb(hex: string): string {
  const h = hex.trim().replace(/^#/, '');
  const six = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  return /^[0-9a-fA-F]{6}$/.test(six) ? `FF${six.toUpperCase()}` : 'FF000000';
}
