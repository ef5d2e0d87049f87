/**
 * How Excel stores a value written through Range.values: strings are parsed as if typed by a user
 * (formulas, numbers, percentages, booleans, dates) unless the cell is formatted as text ("@") or the
 * string starts with an apostrophe. This is the hazard the add-in must defuse for text it copies.
 */
import type { FakeCell } from './state';

export interface StoredValue {
  value: string | number | boolean;
  formula?: string;
  apostrophe?: boolean;
}

/** marker the fake stores as the value of a formula cell (it does not evaluate formulas) */
export const FORMULA_RESULT = '#FORMULA!';

const NUMBER = /^[+-]?(\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?(%?)$/;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Excel serial of a calendar date (1900 system, as Excel counts it). */
export function excelSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  return Math.round(utc / 86400000) + 25569;
}

export function storeTyped(input: unknown, numberFormat: string): StoredValue {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (input instanceof Date) return { value: excelSerial(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate()) };
  const text = input === undefined || input === null ? '' : String(input);
  if (text === '') return { value: '' };
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), apostrophe: true };
  if (text.length > 1 && (text.startsWith('=') || ((text.startsWith('+') || text.startsWith('-')) && !NUMBER.test(text)))) {
    return { value: FORMULA_RESULT, formula: text.startsWith('=') ? text : `=${text}` };
  }
  const n = NUMBER.exec(text.trim());
  if (n) {
    const num = Number(text.trim().replace('%', '').replace(',', '.'));
    return { value: n[2] ? num / 100 : num };
  }
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'VERO') return { value: true };
  if (upper === 'FALSE' || upper === 'FALSO') return { value: false };
  const d = DATE.exec(text.trim());
  if (d) return { value: excelSerial(Number(d[3]), Number(d[2]), Number(d[1])) };
  return { value: text };
}

export function applyStored(cell: FakeCell, stored: StoredValue): void {
  cell.value = stored.value;
  if (stored.formula !== undefined) cell.formula = stored.formula;
  else delete cell.formula;
  if (stored.apostrophe) cell.apostrophe = true;
  else delete cell.apostrophe;
}
