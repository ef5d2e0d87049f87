/**
 * The header text of a column as a mapping records it: the texts of its header rows, top to bottom,
 * joined by a space (a merged cell counts in every column it covers, once per column). Two headers are
 * the same when they differ only in case, spaces or accents.
 */
import type { SheetGrid } from '../types';
import { cellText } from '../reader/cellText';
import type { MergeIndex } from '../reader/merges';
import { stripAccents } from '../reader/normalise';

export interface HeaderPiece {
  text: string;
  /** the cell that holds the text (a merged area's top-left cell) */
  row: number;
  col: number;
}

/** The texts of a column's header rows, top to bottom; a text repeated by a vertical merge counts once. */
export function headerPieces(grid: SheetGrid, merges: MergeIndex, top: number, bottom: number, col: number): HeaderPiece[] {
  const pieces: HeaderPiece[] = [];
  for (let r = top; r <= bottom; r++) {
    const area = merges.coveredBy(r, col) ?? merges.areaAt(r, col);
    const row = area ? area.top : r;
    const left = area ? area.left : col;
    const text = cellText(grid.cells[row]?.[left]);
    if (text === '') continue;
    const last = pieces[pieces.length - 1];
    if (last && last.row === row && last.col === left) continue;
    pieces.push({ text, row, col: left });
  }
  return pieces;
}

export function columnHeaderText(grid: SheetGrid, merges: MergeIndex, top: number, bottom: number, col: number): string {
  return headerPieces(grid, merges, top, bottom, col)
    .map((p) => p.text)
    .join(' ');
}

/** The cell to name for a column's header: the lowest one holding text, else the column's cell in the last header row. */
export function headerCellOf(grid: SheetGrid, merges: MergeIndex, top: number, bottom: number, col: number): { row: number; col: number } {
  const pieces = headerPieces(grid, merges, top, bottom, col);
  const last = pieces[pieces.length - 1];
  return last ? { row: last.row, col: last.col } : { row: bottom, col };
}

/** Index of the right-most column with header text in rows top..bottom, -1 when they are empty. */
export function lastHeaderColumn(grid: SheetGrid, top: number, bottom: number): number {
  let last = -1;
  for (let r = top; r <= bottom; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    for (let c = row.length - 1; c > last; c--) {
      if (cellText(row[c]) !== '') {
        last = c;
        break;
      }
    }
  }
  // a merged header cell covers the columns to its right
  for (const m of grid.merges) {
    if (m.top > bottom || m.bottom < top || m.right <= last) continue;
    if (cellText(grid.cells[m.top]?.[m.left]) !== '') last = m.right;
  }
  return last;
}

/** Comparison key of a header: lower case, no accents, no spaces. */
export function headerComparisonKey(text: string): string {
  return stripAccents(text.toLowerCase()).replace(/\s+/g, '');
}

export function sameHeader(a: string, b: string): boolean {
  return headerComparisonKey(a) === headerComparisonKey(b);
}
