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

/** Texts of percentages already written: weights and levels repeat over thousands of rows. */
const percentTexts = new Map<number, string>();
const PERCENT_TEXTS_LIMIT = 10000;

/** 0.8 -> "80%", in exact decimal arithmetic. */
function percentText(v: number): string {
  let text = percentTexts.get(v);
  if (text === undefined) {
    text = `${new Decimal(v).times(100).toString()}%`;
    if (percentTexts.size >= PERCENT_TEXTS_LIMIT) percentTexts.clear();
    percentTexts.set(v, text);
  }
  return text;
}

export function cellText(cell: CellInput | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return NEEDS_CLEANING.test(v) ? v.replace(/\s+/g, ' ').trim() : v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    if (cell.numberFormat && cell.numberFormat.includes('%')) return percentText(v);
    // the Decimal's text: a Decimal from a number writes it as String does (exponents from 1e21 and 1e-7)
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'VERO' : 'FALSO';
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? '' : `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return '';
}

const NOT_SPACE = /\S/;

/** cellText(cell) === '', without building the text. */
export function isBlank(cell: CellInput | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return !NOT_SPACE.test(v);
  if (typeof v === 'number') return !Number.isFinite(v);
  if (typeof v === 'boolean') return false;
  if (v instanceof Date) return Number.isNaN(v.getTime());
  return true;
}

/** The cell at (row, col) of a ragged grid, or undefined. */
export function cellAt(cells: CellInput[][], row: number, col: number): CellInput | undefined {
  const r = cells[row];
  return r ? r[col] : undefined;
}
