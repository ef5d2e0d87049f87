/**
 * Values between Excel and the layout: what Range.values returns becomes a CellInput; what the plan
 * writes becomes Range.values input. Excel parses every string written through Range.values as if
 * typed (a leading "=" makes a formula, "12" a number, "1/2" a date), so every non-empty string is
 * written with a leading apostrophe: Excel keeps it as the cell's prefix character, never in the value.
 */
import type { CellInput } from '../engine/types';
import type { CellScalar } from '../layout/types';

/** One cell of Range.values (+ numberFormat) as the reader wants it: empty cells are null. */
export function toCellInput(value: unknown, numberFormat: unknown): CellInput {
  const format = typeof numberFormat === 'string' ? numberFormat : 'General';
  if (value === '' || value === null || value === undefined) return { value: null, numberFormat: format };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { value, numberFormat: format };
  return { value: String(value), numberFormat: format };
}

/** One plan value as Range.values input: null clears the cell, strings stay text (numbers are checked by the caller). */
export function toExcelInput(value: CellScalar): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value;
}
