/** Merged areas of an exceljs worksheet, 0-based. */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../layout/address';
import type { MergedArea } from '../layout/types';

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D4" (a merge or any A1 range) -> 0-based area */
export function parseMergeRange(range: string): MergedArea | null {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function mergedAreas(ws: ExcelJS.Worksheet): MergedArea[] {
  // exceljs keeps merges in the private map `_merges` (master address -> Range); `model.merges` builds the
  // whole sheet model, so it is used only when the private map is missing
  const internal = (ws as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  const out: MergedArea[] = [];
  if (internal) {
    for (const range of Object.values(internal)) {
      if (range && typeof range.top === 'number') {
        out.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
      }
    }
  } else {
    for (const text of ((ws.model as unknown as { merges?: string[] }).merges ?? [])) {
      const area = parseMergeRange(text);
      if (area) out.push(area);
    }
  }
  out.sort((x, y) => x.top - y.top || x.left - y.left);
  return out;
}
