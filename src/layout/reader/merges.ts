/**
 * Merged areas of a sheet: which merged area (if any) covers a cell. Excel keeps a merged area's
 * value in its top-left cell only; the reader uses this to spread group headers across columns and
 * to fill parent cells (perspective, strategic, operational) down.
 */
import type { CellInput } from '../../engine/types';
import type { MergedArea, SheetGrid } from '../types';
import { cellAt } from './cellText';

export class MergeIndex {
  private readonly byTopLeft = new Map<number, MergedArea>();
  private readonly width: number;
  /** per column, the areas over it sorted by top row (Excel's areas never overlap) */
  private readonly byColumn: (MergedArea[] | undefined)[] = [];
  /** per column, where the last look-up ended: the reader asks row after row */
  private readonly cursor: number[] = [];
  /** overlapping or odd areas (a hand-made grid): cell by cell, the last area listed wins */
  private readonly byCell: Map<number, MergedArea> | null = null;

  constructor(grid: SheetGrid) {
    let width = 1;
    for (const m of grid.merges) width = Math.max(width, m.right + 1);
    for (const row of grid.cells) width = Math.max(width, row ? row.length : 0);
    this.width = width;
    const valid = grid.merges.filter((m) => m.bottom >= m.top && m.right >= m.left);
    for (const m of valid) {
      this.byTopLeft.set(m.top * this.width + m.left, m);
      for (let c = m.left; c <= m.right; c++) (this.byColumn[c] ??= []).push(m);
    }
    // areas off the grid's coordinates are looked up cell by cell too
    let overlap = valid.some((m) => !(Number.isInteger(m.top) && Number.isInteger(m.left) && m.top >= 0 && m.left >= 0));
    for (const list of this.byColumn) {
      if (!list) continue;
      list.sort((a, b) => a.top - b.top);
      for (let i = 1; i < list.length && !overlap; i++) overlap = list[i].top <= list[i - 1].bottom;
    }
    if (overlap) {
      this.byCell = new Map();
      for (const m of valid) {
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) {
            if (r !== m.top || c !== m.left) this.byCell.set(r * this.width + c, m);
          }
        }
      }
    }
  }

  /** The area over (row, col) in a column without overlaps, or undefined. */
  private areaOver(row: number, col: number): MergedArea | undefined {
    const list = this.byColumn[col];
    if (!list) return undefined;
    const at = this.cursor[col] ?? 0;
    const hit = list[at];
    if (hit && hit.top <= row && row <= hit.bottom) return hit;
    // last area starting at or above the row
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top <= row) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0 || list[found].bottom < row) return undefined;
    this.cursor[col] = found;
    return list[found];
  }

  /** The merged area covering (row, col) when it is not the area's top-left cell. */
  coveredBy(row: number, col: number): MergedArea | undefined {
    if (col >= this.width) return undefined;
    if (this.byCell) return this.byCell.get(row * this.width + col);
    const m = this.areaOver(row, col);
    return m && (m.top !== row || m.left !== col) ? m : undefined;
  }

  /** The area whose top-left cell is (row, col), if any. */
  areaAt(row: number, col: number): MergedArea | undefined {
    if (col >= this.width) return undefined;
    return this.byTopLeft.get(row * this.width + col);
  }

  /** The cell's own content, or the merged area's value when the cell is covered by one. */
  resolved(cells: CellInput[][], row: number, col: number): CellInput | undefined {
    const m = this.coveredBy(row, col);
    return m ? cellAt(cells, m.top, m.left) : cellAt(cells, row, col);
  }
}
