/**
 * The write guard's view of a worksheet as its part holds it now (src/layout/ownership CellView): built from
 * the cells that are really in the XML, so a used range that claims XFD1048576 costs only its data.
 */
import type { CellView } from '../../layout/ownership';
import type { MergedArea } from '../../layout/types';
import type { CellRead, WorksheetRead } from './cellData';

/** Merged areas up to this many cells are indexed cell by cell; bigger ones are looked up directly. */
const INDEXED_MERGE_CELLS = 10_000;

/** One number per cell (Excel has 16 384 columns): cheaper than a "row:col" string on a sheet of a million rows. */
function key(row: number, col: number): number {
  return row * 16384 + col;
}

export function mergeSlaveTest(merges: MergedArea[]): (row: number, col: number) => boolean {
  const slaves = new Set<number>();
  const big: MergedArea[] = [];
  for (const m of merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > INDEXED_MERGE_CELLS) {
      big.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slaves.add(key(r, c));
  }
  if (slaves.size === 0 && big.length === 0) return () => false;
  return (row, col) =>
    slaves.has(key(row, col)) || big.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

export function packageView(read: WorksheetRead): CellView {
  const cells = new Map<number, CellRead>();
  let rowCount = 0;
  let colCount = 0;
  for (const c of read.cells) {
    cells.set(key(c.row, c.col), c);
    if (c.value !== null || c.formula) {
      rowCount = Math.max(rowCount, c.row + 1);
      colCount = Math.max(colCount, c.col + 1);
    }
  }
  const notes = new Map<number, string>();
  for (const n of read.notes) {
    notes.set(key(n.row, n.col), n.text);
    rowCount = Math.max(rowCount, n.row + 1);
    colCount = Math.max(colCount, n.col + 1);
  }
  const slave = mergeSlaveTest(read.merges);
  return {
    rowCount,
    colCount,
    value: (row, col) => {
      const cell = cells.get(key(row, col));
      return cell === undefined || slave(row, col) ? null : cell.value;
    },
    hasFormula: (row, col) => {
      const cell = cells.get(key(row, col));
      return cell !== undefined && cell.formula && !slave(row, col);
    },
    mergeSlave: slave,
    note: (row, col) => notes.get(key(row, col)) ?? null,
  };
}
