/**
 * A short fingerprint of a cell's content, so the ledger can tell, on the next run, whether a cell still
 * holds exactly what the add-in wrote there. FNV-1a (32 bit) over a canonical text of the value: equal
 * values give equal keys whatever the back end (a number read back from Excel or exceljs is the same double).
 */
import type { CellScalar } from '../types';

/** Canonical text of a value; null for an empty cell. */
export function canonicalValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  // Excel keeps 15 significant digits: a figure read back from it has the same key as the one written
  if (typeof value === 'number') return Number.isFinite(value) ? `n:${Number(value.toPrecision(15))}` : null;
  if (typeof value === 'string') return `s:${value}`;
  if (typeof value === 'boolean') return value ? 'b:1' : 'b:0';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : `d:${value.toISOString()}`;
  return `o:${String(value)}`;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The key of a non-empty value (base 36, at most 7 characters); null for an empty cell. */
export function cellKey(value: CellScalar | Date | undefined): string | null {
  const canonical = canonicalValue(value);
  return canonical === null ? null : fnv1a(canonical).toString(36);
}

/** The key of a note's text. */
export function noteKey(text: string): string {
  return fnv1a(`t:${text}`).toString(36);
}
