/**
 * The add-in's own header, title and note styles. Blocks sharing a style and lying one under the other
 * in the same columns are one rectangle, styled with one Range (getRangeByIndexes). Worksheet.getRanges
 * is not used: it wants the areas separated by the locale's list separator on desktop Excel (";" in
 * Italian: office-js issues #1167 and #1985) and by "," elsewhere, so no address works everywhere.
 * Colours are "#RRGGBB" strings, sizes in points, columnWidth in points (RangeFormat.columnWidth).
 */
import type { ValueBlock } from '../layout/types';

interface StyleSpec {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  wrap?: boolean;
}

const STYLES: Record<NonNullable<ValueBlock['style']>, StyleSpec> = {
  header: { fill: '#DDEBF7', bold: true, wrap: true },
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  note: { italic: true, color: '#595959' },
  normal: {},
};

function specOf(block: ValueBlock): StyleSpec | null {
  const spec: StyleSpec = { ...STYLES[block.style ?? 'normal'] };
  if (block.bold) spec.bold = true;
  return Object.keys(spec).length === 0 ? null : spec;
}

function applySpec(format: Excel.RangeFormat, spec: StyleSpec): void {
  if (spec.fill) format.fill.color = spec.fill;
  if (spec.bold) format.font.bold = true;
  if (spec.italic) format.font.italic = true;
  if (spec.size) format.font.size = spec.size;
  if (spec.color) format.font.color = spec.color;
  if (spec.wrap) format.wrapText = true;
}

export interface StyleRect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Rectangles of the same style in the same columns, one right under the other, become one. */
export function mergeRects(rects: StyleRect[]): StyleRect[] {
  const sorted = [...rects].sort((a, b) => a.left - b.left || a.cols - b.cols || a.top - b.top);
  const out: StyleRect[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.left === r.left && last.cols === r.cols && r.top >= last.top && r.top <= last.top + last.rows) {
      last.rows = Math.max(last.rows, r.top + r.rows - last.top);
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

export function queueStyles(sheet: Excel.Worksheet, blocks: ValueBlock[]): void {
  const groups = new Map<string, { spec: StyleSpec; rects: StyleRect[] }>();
  for (const block of blocks) {
    const spec = specOf(block);
    const w = block.values.reduce((m, line) => Math.max(m, line.length), 0);
    if (!spec || w === 0 || block.values.length === 0) continue;
    const key = JSON.stringify(spec);
    const group = groups.get(key) ?? { spec, rects: [] };
    group.rects.push({ top: block.top, left: block.left, rows: block.values.length, cols: w });
    groups.set(key, group);
  }
  for (const { spec, rects } of groups.values()) {
    for (const r of mergeRects(rects)) applySpec(sheet.getRangeByIndexes(r.top, r.left, r.rows, r.cols).format, spec);
  }
}

/**
 * Excel column width in points from the width the plan gives, which is the file's column width (as
 * exceljs writes it, padding included): pixels = trunc((256·w + trunc(128/7)) / 256 · 7) for Calibri 11.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return Math.round(pixels * 0.75 * 100) / 100;
}

export function queueColumnWidths(sheet: Excel.Worksheet, widths: { col: number; width: number }[] | undefined): void {
  for (const { col, width } of widths ?? []) {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width);
  }
}
