/**
 * The add-in's own header, title and note styles. Cells sharing a style get it in one call through a
 * RangeAreas (ExcelApi 1.9); older Excel gets one call per block. Colours are "#RRGGBB" strings, sizes
 * in points, columnWidth in points (RangeFormat.columnWidth).
 */
import { a1Range } from '../layout/address';
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

/** Areas per RangeAreas call. */
const AREAS_PER_CALL = 100;
/**
 * Characters of one getRanges address. Excel refuses longer ones with InvalidArgument at about 8 192
 * characters, whatever the number of areas (office-js issue #5198); keep well below.
 */
export const MAX_RANGES_ADDRESS = 2000;

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

/** Comma-separated addresses for Worksheet.getRanges (ExcelApi 1.9), each under both limits. */
export function rangesAddresses(areas: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    if (current.length > 0 && (current.length >= AREAS_PER_CALL || length + 2 + area.length > MAX_RANGES_ADDRESS)) {
      out.push(current.join(', '));
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 2 : 0) + area.length;
    current.push(area);
  }
  if (current.length > 0) out.push(current.join(', '));
  return out;
}

/** `useRangeAreas`: Worksheet.getRanges is there (ExcelApi 1.9); otherwise one call per block. */
export function queueStyles(sheet: Excel.Worksheet, blocks: ValueBlock[], useRangeAreas: boolean): void {
  const groups = new Map<string, { spec: StyleSpec; blocks: ValueBlock[] }>();
  for (const block of blocks) {
    const spec = specOf(block);
    const w = block.values.reduce((m, line) => Math.max(m, line.length), 0);
    if (!spec || w === 0 || block.values.length === 0) continue;
    const key = JSON.stringify(spec);
    const group = groups.get(key) ?? { spec, blocks: [] };
    group.blocks.push(block);
    groups.set(key, group);
  }
  for (const { spec, blocks: list } of groups.values()) {
    const rects = list.map((b) => ({ b, w: b.values.reduce((m, line) => Math.max(m, line.length), 0) }));
    if (!useRangeAreas) {
      for (const { b, w } of rects) applySpec(sheet.getRangeByIndexes(b.top, b.left, b.values.length, w).format, spec);
      continue;
    }
    for (const address of rangesAddresses(rects.map(({ b, w }) => a1Range(b.top, b.left, b.top + b.values.length - 1, b.left + w - 1)))) {
      applySpec(sheet.getRanges(address).format, spec);
    }
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
