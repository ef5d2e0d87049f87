/**
 * The plan's value blocks as few Range writes as possible: blocks in the same columns become one
 * rectangle (one Range.numberFormat and one Range.values), whatever the number of rows. Rows between
 * blocks (merged cells, repeated headers) are sent as null, which Excel leaves unchanged; a null in
 * the plan means "empty" and is sent as "" (clear) (learn.microsoft.com, excel-add-ins-blank-null-values:
 * null in a 2-D array leaves the cell unchanged, "" clears it). The arrays are exactly as large as the
 * range (Excel answers InvalidArgument otherwise).
 */
import type { ValueBlock } from '../layout/types';
import { CruscottoHostError } from './errors';
import { TEXT_FORMAT, toExcelInput } from './cellValues';

export type ExcelInput = string | number | boolean | null;

export interface DenseWrite {
  top: number;
  left: number;
  values: ExcelInput[][];
  /** null when no block of the group sets a number format */
  formats: (string | null)[][] | null;
}

function width(block: ValueBlock): number {
  return block.values.reduce((w, line) => Math.max(w, line.length), 0);
}

function formatAt(block: ValueBlock, i: number, j: number): string | null {
  const f = block.numberFormat;
  if (f === undefined) return null;
  if (typeof f === 'string') return f;
  return f[i]?.[j] ?? null;
}

function checked(value: ExcelInput, block: ValueBlock): ExcelInput {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CruscottoHostError(
      'internal-error',
      `Errore interno: il piano di scrittura contiene un numero non valido nella riga ${block.top + 1}. Il foglio non è stato modificato.`,
      `Internal error: the write plan holds an invalid number at row ${block.top + 1}. The sheet was not changed.`,
    );
  }
  return value;
}

/** The number format a cell has before the write (0-based row and column), when known. */
export type ExistingFormat = (row: number, col: number) => string | null | undefined;

/**
 * Groups the blocks by their columns and lays each group out as one rectangle. `existing` tells which
 * cells are formatted as Text: a string there is written without the apostrophe (see ./cellValues).
 */
export function coalesceBlocks(blocks: ValueBlock[], existing: ExistingFormat = () => null): DenseWrite[] {
  const groups = new Map<string, ValueBlock[]>();
  for (const block of blocks) {
    const w = width(block);
    if (w === 0 || block.values.length === 0) continue;
    const key = `${block.left}:${w}`;
    const list = groups.get(key) ?? [];
    list.push(block);
    groups.set(key, list);
  }
  const writes: DenseWrite[] = [];
  for (const list of groups.values()) {
    const left = list[0].left;
    const w = width(list[0]);
    const top = Math.min(...list.map((b) => b.top));
    const bottom = Math.max(...list.map((b) => b.top + b.values.length - 1));
    const values: ExcelInput[][] = Array.from({ length: bottom - top + 1 }, () => new Array<ExcelInput>(w).fill(null));
    const hasFormats = list.some((b) => b.numberFormat !== undefined);
    const formats = hasFormats ? Array.from({ length: bottom - top + 1 }, () => new Array<string | null>(w).fill(null)) : null;
    for (const block of list) {
      block.values.forEach((line, i) => {
        for (let j = 0; j < w; j++) {
          const format = formatAt(block, i, j);
          // the format the cell has when the value lands: the plan's (written first), or the one it had
          const textFormatted = (format ?? existing(block.top + i, left + j)) === TEXT_FORMAT;
          // a short line in a ragged block: the missing cells are empty
          values[block.top - top + i][j] = checked(toExcelInput(j < line.length ? line[j] : null, textFormatted), block);
          if (formats) formats[block.top - top + i][j] = format;
        }
      });
    }
    writes.push({ top, left, values, formats });
  }
  return writes.sort((a, b) => a.left - b.left || a.top - b.top);
}

/**
 * UTF-8 bytes of a string: the 5 MB limit of Excel on the web counts bytes of the request, and "à", "è",
 * "«" take two (resource-limits-and-performance-optimization: "payload size limit for requests and responses of 5MB").
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const jsonBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value));

/** Splits a rectangle into row bands of at most `maxBytes` of JSON each (for the 5 MB request limit). */
export function splitByBytes(write: DenseWrite, maxBytes: number): DenseWrite[] {
  const rowBytes = write.values.map((line, i) => jsonBytes(line) + (write.formats ? jsonBytes(write.formats[i]) : 0) + 2);
  const parts: DenseWrite[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    if (i > start && bytes + rowBytes[i] > maxBytes) {
      parts.push(slice(write, start, i));
      start = i;
      bytes = 0;
    }
    bytes += rowBytes[i];
  }
  parts.push(slice(write, start, rowBytes.length));
  return parts;
}

function slice(write: DenseWrite, from: number, to: number): DenseWrite {
  return { top: write.top + from, left: write.left, values: write.values.slice(from, to), formats: write.formats ? write.formats.slice(from, to) : null };
}

export function estimateBytes(write: DenseWrite): number {
  return jsonBytes(write.values) + (write.formats ? jsonBytes(write.formats) : 0) + 200;
}

/** Queues the write: number formats first (so the values land in formatted cells), then the values. */
export function queueDenseWrite(sheet: Excel.Worksheet, write: DenseWrite): void {
  const range = sheet.getRangeByIndexes(write.top, write.left, write.values.length, write.values[0].length);
  if (write.formats) range.numberFormat = write.formats;
  range.values = write.values;
}
