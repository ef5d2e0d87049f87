/**
 * parseKpiValue: what a target, soglia or result cell holds. Order of reading a text:
 * empty -> Excel error -> markers ("-", "n.d.", "=") -> yes/no -> comparison sign + date/number ->
 * qualitative words (no digits) -> problem. A text with digits that reads as nothing is a problem,
 * never a silent 0.
 */
import type { Direction, KpiValue, ParseResult, ValueContext, CellInput } from '../types';
import { readDateText } from './dateText';
import { readBooleanCell, readDateCell, readNumberCell } from './excelCell';
import { readNumberText } from './numbers';
import { badDate, excelError, notANumber, unreadable } from './problems';
import { splitComparison } from './comparison';
import { hasDigit, normaliseText } from './text';
import { isExcelError, isNotDone, isNotMeasured, isQualitative, qualitativeLabel, readYesNo } from './words';

/** A value read from text, with the direction stated by a comparison sign in front of it. */
export interface TextReading {
  value: KpiValue;
  direction?: Direction;
}

/** Date or number after an optional comparison sign; null when the text is neither. */
function readMeasure(text: string, raw: string, ctx: ValueContext): ParseResult<TextReading> | null {
  const { direction, rest } = splitComparison(text);
  if (rest === '') return null;
  const date = readDateText(rest, ctx.planYear);
  if (date) {
    if (!date.ok) return { ok: false, problem: badDate(raw, date.detail) };
    return { ok: true, value: { value: { kind: 'date', date: date.date, raw }, direction } };
  }
  const number = readNumberText(rest);
  if (number) {
    return { ok: true, value: { value: { kind: 'number', value: number.value, unit: number.unit, raw }, direction } };
  }
  return null;
}

/** Reads the text of a cell; `raw` is kept as typed. */
export function readKpiText(raw: string, ctx: ValueContext): ParseResult<TextReading> {
  const text = normaliseText(raw);
  if (text === '') return { ok: true, value: { value: { kind: 'empty', raw: '' } } };
  if (isExcelError(text)) return { ok: false, problem: excelError(raw) };
  if (isNotMeasured(text)) return { ok: true, value: { value: { kind: 'not-measured', raw } } };
  if (isNotDone(text)) return { ok: true, value: { value: { kind: 'not-done', raw } } };
  const yesNo = readYesNo(text);
  if (yesNo !== null) return { ok: true, value: { value: { kind: 'boolean', value: yesNo, raw } } };
  const measure = readMeasure(text, raw, ctx);
  if (measure) return measure;
  if (isQualitative(text)) {
    return { ok: true, value: { value: { kind: 'qualitative', label: qualitativeLabel(text), raw } } };
  }
  if (!hasDigit(text)) return { ok: false, problem: unreadable(raw) };
  return { ok: false, problem: notANumber(raw) };
}

export function parseKpiValue(cell: CellInput, ctx: ValueContext): ParseResult<KpiValue> {
  const v: unknown = cell.value;
  if (v === null || v === undefined) return { ok: true, value: { kind: 'empty', raw: '' } };
  if (typeof v === 'number') return readNumberCell(v, cell.numberFormat);
  if (typeof v === 'boolean') return readBooleanCell(v);
  if (v instanceof Date) return readDateCell(v);
  if (typeof v === 'string') {
    const read = readKpiText(v, ctx);
    return read.ok ? { ok: true, value: read.value.value } : read;
  }
  return { ok: false, problem: unreadable(describeUnknown(v)) };
}

/** Text for a value of an unexpected type (a rich-text or formula object that was not flattened). */
function describeUnknown(v: unknown): string {
  const s = String(v);
  return s.startsWith('[object') ? `valore di tipo ${typeof v}` : s;
}
