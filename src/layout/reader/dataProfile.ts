/**
 * What the data under a column looks like (codes, percentages, values, texts), so a header can be checked
 * against its data: a "cod." header over titles, a "peso" header over codes means the header is not over
 * its own data (a fuzz finding: cells inserted in the header row shift it right).
 */
import type { CellInput } from '../../engine/types';
import type { ColumnRole, SheetGrid } from '../types';
import { cellText, isBlank } from './cellText';

export interface ColumnProfile {
  filled: number;
  code: number;
  percent: number;
  value: number;
  text: number;
}

/** How many data rows are sampled. */
const SAMPLE_ROWS = 200;
const CODE = /^(?:[a-z]{1,4}[\s.-]?)?\d+(?:\s*\.\s*\d+)*\.?\s*[a-z]?(?:\s+bis)?$/i;
const STRUCTURED_CODE = /^\d+(?:\.\d+){2,}\.?[a-z]?$|^\d+(?:\.\d+)*[a-z](?:\s+bis)?$/i;
const HAS_DIGIT = /\d/;
const PERCENT_TEXT = /^[-+]?\s*\d+(?:[.,]\d+)?\s*%$/;

function classify(cell: CellInput, out: ColumnProfile): void {
  out.filled++;
  const v = cell.value;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v < 1000) out.code++;
    if ((cell.numberFormat ?? '').includes('%') || (v >= 0 && v <= 100)) out.percent++;
    out.value++;
    return;
  }
  if (v instanceof Date || typeof v === 'boolean') {
    out.value++;
    return;
  }
  const text = cellText(cell);
  if (CODE.test(text) && text.length <= 12) out.code++;
  if (PERCENT_TEXT.test(text)) out.percent++;
  const structured = STRUCTURED_CODE.test(text);
  if (!structured && ((HAS_DIGIT.test(text) && text.length <= 40) || text.length <= 20)) out.value++;
  if (!HAS_DIGIT.test(text.charAt(0)) && text.length > 2 && !CODE.test(text)) out.text++;
}

/** Profiles of the columns 0..width-1 over the first data rows below the header. */
export function columnProfiles(grid: SheetGrid, firstRow: number, width: number): ColumnProfile[] {
  const profiles: ColumnProfile[] = Array.from({ length: width }, () => ({ filled: 0, code: 0, percent: 0, value: 0, text: 0 }));
  let seen = 0;
  for (let r = firstRow; r < grid.cells.length && seen < SAMPLE_ROWS; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    let any = false;
    for (let c = 0; c < Math.min(width, row.length); c++) {
      const cell = row[c];
      if (!cell || isBlank(cell)) continue;
      any = true;
      classify(cell, profiles[c]);
    }
    if (any) seen++;
  }
  return profiles;
}

/** How well data of this profile fits a column of this role: 0 (not at all, or no data) to 1. */
export function fit(role: ColumnRole, p: ColumnProfile | undefined): number {
  if (!p || p.filled === 0) return 0;
  const kind = role.slice(role.indexOf('.') + 1);
  switch (kind) {
    case 'code':
      return p.code / p.filled;
    case 'weight':
    case 'override':
      return p.percent / p.filled;
    case 'target':
    case 'threshold':
    case 'result':
      return p.value / p.filled;
    case 'output':
      return 0;
    default:
      return p.text / p.filled;
  }
}
