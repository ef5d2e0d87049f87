/**
 * The header wording of one row: for every non-empty cell its text, its header match and, for
 * merged cells, the merged area it belongs to (so a group header or "Soglie 80% / 60%" spreads
 * across the columns it covers).
 */
import type { SheetGrid } from '../types';
import { cellText } from './cellText';
import { matchHeader, isStrongHeader, type HeaderMatch } from './matchHeader';
import type { MergeIndex } from './merges';

export interface HeaderCell {
  row: number;
  col: number;
  text: string;
  match: HeaderMatch | null;
  /** first and last column of the merged area holding the text (col, col when not merged) */
  left: number;
  right: number;
}

export interface HeaderRowInfo {
  row: number;
  cells: HeaderCell[];
  nonEmpty: number;
  groups: number;
  /** non-weak column headers */
  columns: number;
  /** cells that are neither header wording nor a bare year / level */
  unmatched: number;
}

export function gridWidth(grid: SheetGrid, fromRow: number, toRow: number): number {
  let w = 0;
  for (let r = fromRow; r <= toRow; r++) w = Math.max(w, grid.cells[r]?.length ?? 0);
  for (const m of grid.merges) if (m.bottom >= fromRow && m.top <= toRow) w = Math.max(w, m.right + 1);
  return w;
}

/** Reads a row's header cells; merged areas are resolved so every covered column sees the text. */
export function headerRow(grid: SheetGrid, merges: MergeIndex, row: number, width: number): HeaderRowInfo {
  const cells: HeaderCell[] = [];
  let nonEmpty = 0;
  let groups = 0;
  let columns = 0;
  let unmatched = 0;
  for (let c = 0; c < width; c++) {
    const area = merges.coveredBy(row, c) ?? merges.areaAt(row, c);
    const origin = area ? grid.cells[area.top]?.[area.left] : grid.cells[row]?.[c];
    const text = cellText(origin);
    if (text === '') continue;
    const match = matchHeader(text);
    cells.push({ row, col: c, text, match, left: area ? area.left : c, right: area ? area.right : c });
    // count each merged area once, in the row where it starts: a note merged down beside the header ("Note mie"
    // over rows 2–3) names its column in every row but is not wording of the rows below
    if (area && (c !== area.left || (area.top !== row && !match))) continue;
    nonEmpty++;
    if (!match) unmatched++;
    else if (match.type === 'group') groups++;
    else if (isStrongHeader(match)) columns++;
  }
  return { row, cells, nonEmpty, groups, columns, unmatched };
}

/** A row made only of header wording, years and levels ("2022 2023 2024", "Soglie", "80% 60%"). */
export function isSubHeaderRow(info: HeaderRowInfo): boolean {
  return info.nonEmpty > 0 && info.unmatched === 0;
}
