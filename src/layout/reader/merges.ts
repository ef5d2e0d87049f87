/**
 * Merged areas of a sheet: which merged area (if any) covers a cell. Excel keeps a merged area's
 * value in its top-left cell only; the reader uses this to spread group headers across columns and
 * to fill parent cells (perspective, strategic, operational) down.
 */
import type { CellInput } from '../../engine/types';
import type { MergedArea, SheetGrid } from '../types';
import { cellAt } from './cellText';

export class MergeIndex {
  private readonly byCell = new Map<number, MergedArea>();
  private readonly byTopLeft = new Map<number, MergedArea>();
  private readonly width: number;

  constructor(grid: SheetGrid) {
    let width = 1;
    for (const m of grid.merges) width = Math.max(width, m.right + 1);
    for (const row of grid.cells) width = Math.max(width, row ? row.length : 0);
    this.width = width;
    for (const m of grid.merges) {
      if (m.bottom < m.top || m.right < m.left) continue;
      this.byTopLeft.set(m.top * this.width + m.left, m);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.byCell.set(r * this.width + c, m);
        }
      }
    }
  }

  /** The merged area covering (row, col) when it is not the area's top-left cell. */
  coveredBy(row: number, col: number): MergedArea | undefined {
    if (col >= this.width) return undefined;
    return this.byCell.get(row * this.width + col);
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
