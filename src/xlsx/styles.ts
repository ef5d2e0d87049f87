/** The add-in's own cell styles (only ever applied to the cells the add-in writes). */
import type ExcelJS from 'exceljs';
import type { ValueBlock } from '../layout/types';
import { setStyle } from './cellWrite';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' }, bgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9BC2E6' } };

/** Style patches per block style; each call builds fresh objects (a write plan shares its result between the cells it restyles alike). */
export function stylePatch(style: ValueBlock['style'], bold: boolean | undefined): Partial<ExcelJS.Style> | null {
  switch (style) {
    case 'header':
      return {
        font: { bold: true },
        fill: { ...HEADER_FILL },
        alignment: { wrapText: true, vertical: 'middle' },
        border: { top: { ...THIN }, bottom: { ...THIN }, left: { ...THIN }, right: { ...THIN } },
      };
    case 'title':
      return { font: { bold: true, size: 14, color: { argb: 'FF1F4E79' } }, alignment: { vertical: 'middle' } };
    case 'subtitle':
      return { font: { bold: true, size: 12, color: { argb: 'FF1F4E79' } }, alignment: { vertical: 'middle' } };
    case 'note':
      // no wrap: a note is one line that may run over the empty cells on its right
      return { font: { italic: true, color: { argb: 'FF595959' } }, alignment: { vertical: 'top' } };
    case 'normal':
      return bold ? { font: { bold: true } } : { font: { bold: false } };
    default:
      return bold === undefined ? null : { font: { bold } };
  }
}

/** The whole style change of a block (its style, with its bold flag on the font); null when it has none. */
export function blockStylePatch(style: ValueBlock['style'], bold: boolean | undefined): Partial<ExcelJS.Style> | null {
  const patch = stylePatch(style, bold);
  if (!patch) return null;
  if (bold !== undefined && patch.font) patch.font = { ...patch.font, bold };
  return patch;
}

export function applyBlockStyle(cell: ExcelJS.Cell, style: ValueBlock['style'], bold: boolean | undefined): void {
  const patch = blockStylePatch(style, bold);
  if (patch) setStyle(cell, patch);
}
