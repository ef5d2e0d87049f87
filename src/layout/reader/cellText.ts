/**
 * Display text of a cell for headers, codes and titles (never for KPI values: those go to the
 * engine's value reader). Numbers formatted as percentages become "80%", like Excel shows them.
 */
import Decimal from 'decimal.js';
import type { CellInput } from '../../engine/types';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Leading / trailing / repeated whitespace, or whitespace other than a plain space. */
const NEEDS_CLEANING = /^\s|\s$|\s\s|[^\S ]/;

export function cellText(cell: CellInput | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return NEEDS_CLEANING.test(v) ? v.replace(/\s+/g, ' ').trim() : v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    if (cell.numberFormat && cell.numberFormat.includes('%')) {
      return `${new Decimal(v).times(100).toString()}%`;
    }
    return new Decimal(v).toString();
  }
  if (typeof v === 'boolean') return v ? 'VERO' : 'FALSO';
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? '' : `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return '';
}

export function isBlank(cell: CellInput | undefined): boolean {
  return cellText(cell) === '';
}

/** The cell at (row, col) of a ragged grid, or undefined. */
export function cellAt(cells: CellInput[][], row: number, col: number): CellInput | undefined {
  const r = cells[row];
  return r ? r[col] : undefined;
}
