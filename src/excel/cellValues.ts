/**
 * Values between Excel and the layout: what Range.values returns becomes a CellInput; what the plan
 * writes becomes Range.values input. Excel parses every string written through Range.values as if
 * typed (a leading "=" makes a formula, "12" a number, "1/2" a date; Range.values reference: "If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value
 * as a formula"), so every non-empty string is written with a leading apostrophe: Excel keeps it as the
 * cell's prefix character, never in the value. A cell formatted as Text ("@") takes what is typed
 * literally, apostrophe included, and never parses it: there the string is written as it is.
 */
import type { CellInput } from '../engine/types';
import type { CellScalar } from '../layout/types';

/** Excel's number format code of the Text format. */
export const TEXT_FORMAT = '@';

/** One cell of Range.values (+ numberFormat) as the reader wants it: empty cells are null. */
export function toCellInput(value: unknown, numberFormat: unknown): CellInput {
  const format = typeof numberFormat === 'string' ? numberFormat : 'General';
  if (value === '' || value === null || value === undefined) return { value: null, numberFormat: format };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { value, numberFormat: format };
  return { value: String(value), numberFormat: format };
}

/**
 * One plan value as Range.values input: null clears the cell ("" = clear, excel-add-ins-blank-null-values),
 * strings stay text (numbers are checked by the caller). `textFormatted`: the cell's number format when
 * the value lands is Text ("@").
 */
export function toExcelInput(value: CellScalar, textFormatted = false): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' || textFormatted ? value : `'${value}`;
  return value;
}
