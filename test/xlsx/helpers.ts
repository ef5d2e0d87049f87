/** Test helpers for the .xlsx back end: temporary folders, reading parts of a saved .xlsx, grid comparison. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import type { CellInput } from '../../src/engine/types';
import type { SheetGrid } from '../../src/layout/types';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cruscotto-xlsx-test-'));
  try {
    return await fn(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The text of one entry of a zip archive (an .xlsx), e.g. "xl/worksheets/sheet1.xml". */
export async function zipEntry(file: string, name: string): Promise<string | null> {
  const buf = await fs.readFile(file);
  // end of central directory: signature 0x06054b50, within the last 64 KiB
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLength);
    if (entryName === name) {
      const localName = buf.readUInt16LE(local + 26);
      const localExtra = buf.readUInt16LE(local + 28);
      const start = local + 30 + localName + localExtra;
      const data = buf.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

const EPOCH = Date.UTC(1899, 11, 30);

/** A cell value as a comparable scalar: dates as Excel serials. */
export function comparable(value: CellInput['value']): string | number | boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return Math.round((value.getTime() - EPOCH) / 86_400_000);
  return value;
}

export function comparableGrid(grid: SheetGrid, width: number): { values: unknown[][]; formats: (string | null)[][] } {
  const values = grid.cells.map((row) => Array.from({ length: width }, (_, c) => comparable(row[c]?.value)));
  const formats = grid.cells.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const f = row[c]?.numberFormat;
      return f && f !== 'General' ? f : null;
    }),
  );
  // trailing empty rows do not exist in a file
  while (values.length > 0 && values[values.length - 1].every((v) => v === null) && formats[formats.length - 1].every((f) => f === null)) {
    values.pop();
    formats.pop();
  }
  return { values, formats };
}

export function sortedMerges(grid: SheetGrid) {
  return [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
}
