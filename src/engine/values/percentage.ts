/**
 * parsePercentage: weights (`peso`), override percentages and soglia levels of a header.
 * Returns percent points: `80%`, `80 %`, `26,32%`, `66,7%`, the number 0.8 with a percent format, and the
 * number or text `80` all give 80. A number WITHOUT a percent format is read as percent points as it
 * stands (0.25 gives 0.25, not 25): the layout's weight-sum check reports a sheet typed that way.
 *
 * Re-parametrised weight (RP 2018, action 3.4a, Peso "(40%) - riparametrato 0%"): the weight in force
 * is the re-parametrised one, so the text gives 0; the original weight in brackets is ignored.
 * Negative percentages are refused; values above 100 are returned (the caller checks its own range).
 */
import Decimal from 'decimal.js';
import { formatItalianNumber } from '../format';
import type { CellInput, ParseResult } from '../types';
import { excelDecimal } from './excelCell';
import { analyseNumberFormat } from './numberFormat';
import { readNumberText } from './numbers';
import { badPercentage, excelError, missingPercentage } from './problems';
import { normaliseText } from './text';
import { isExcelError } from './words';

const REPARAMETRISED_RE =
  /^\(?\s*(?<original>[^()]*?)\s*\)?\s*-?\s*riparametrat[oa]\s*(?:a\s+|al\s+|:\s*)?(?<current>.+)$/i;

function readPercentText(text: string): Decimal | null {
  const n = readNumberText(text);
  if (!n || (n.unit !== 'percent' && n.unit !== 'none')) return null;
  return n.value;
}

function checked(value: Decimal, raw: string): ParseResult<Decimal> {
  if (value.isNegative() && !value.isZero()) {
    return { ok: false, problem: badPercentage(raw, 'non può essere negativa') };
  }
  return { ok: true, value: value.abs() };
}

export function parsePercentage(cell: CellInput): ParseResult<Decimal> {
  const v: unknown = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, problem: badPercentage(String(v)) };
    const format = analyseNumberFormat(cell.numberFormat);
    const value = excelDecimal(v);
    const points = format.kind === 'percent' ? value.times(100) : value;
    return points.isNegative() ? checked(points, formatItalianNumber(new Decimal(v), null, false)) : { ok: true, value: points };
  }
  if (v === null || v === undefined) return { ok: false, problem: missingPercentage() };
  if (typeof v !== 'string') return { ok: false, problem: badPercentage(String(v)) };
  const text = normaliseText(v);
  if (text === '') return { ok: false, problem: missingPercentage() };
  if (isExcelError(text)) return { ok: false, problem: excelError(v) };
  const reparametrised = REPARAMETRISED_RE.exec(text);
  const valueText = reparametrised?.groups ? reparametrised.groups.current.trim() : text;
  const value = readPercentText(valueText);
  if (value === null) return { ok: false, problem: badPercentage(v) };
  return checked(value, v);
}
