/**
 * Baselines (glossary: `baseline`, "target storico / valore anno precedente") and the targets written relative
 * to them: "+10% su 2017", "+5% rispetto al 2018", "-3% rispetto al 2018", "+ 2,5 % sul 2017", "2017+10%".
 *
 * Rounding rule (RP 2018, analysis §2.3 "Baseline-relative", action 2.7a bis and Dirigente obj. 2): the report
 * works with the values as shown. 2017 = 56/109 = 0,5138 is shown 0,51; 0,51·1,10 = 0,561 -> 0,56 (100%) and
 * 0,51·1,05 = 0,5355 -> 0,54 (60%); with the unrounded baseline the target would be 0,5651 and the action 95,18%.
 * So, with d = the decimals the baseline cell shows:
 *   - d is the decimals of its number format ("0.00" -> 2, "0.0%" -> 1 in percent points), or the decimals typed
 *     in a text cell ("0,51" -> 2); a number cell in General format (all digits shown) takes d = 2, the report's;
 *   - the baseline used is the shown one: round_half_up(baseline, d);
 *   - a relative target is multiplicative on it: round_half_up(shown × (1 + p/100), max(d, 2)).
 * "+10%" is 10% of the baseline (multiplicative), never 10 percentage points, also for a baseline in percent.
 */
import Decimal from 'decimal.js';
import { formatItalianNumber, roundHalfUp } from '../format';
import type { CellInput, KpiValue, ParseResult, ValueContext, ValueProblem } from '../types';
import { parseKpiValue } from './kpiValue';
import { analyseNumberFormat } from './numberFormat';
import { formatDisplay } from './display';
import { notANumber } from './problems';
import { normaliseText, quote } from './text';

type NumberValue = Extract<KpiValue, { kind: 'number' }>;

/** A target written as a change on the baseline. */
export interface RelativeTarget {
  /** signed percent change: +10 for "+10% su 2017" */
  percent: Decimal;
  /** the year the text names, null when it names none ("rispetto all'anno precedente") */
  year: number | null;
  raw: string;
}

/** The baseline of a row, as shown in its cell. */
export interface Baseline {
  /** the value as shown (rounded to `decimals`), raw as in the cell */
  value: NumberValue;
  /** decimals shown by the cell (see the rounding rule above) */
  decimals: number;
  /** the year its column's header names ("Target storico di riferimento (anno 2018)"), else null */
  year: number | null;
}

/** Decimals of a General-format number: the report's 2 (RP 2018 analysis: "2-dp rounded values throughout"). */
export const GENERAL_BASELINE_DECIMALS = 2;
/** The resolved target keeps at least this many decimals (RP 2018: 0,56 and 0,54). */
const MIN_TARGET_DECIMALS = 2;

const CHANGE = String.raw`(?<sign>[+-])\s*(?<num>\d+(?:[.,]\d+)?)\s*%`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;
const CONNECTOR = String.raw`(?:su|sul|sullo|sulla|sull'\s*|rispetto\s+(?:al|all'\s*|alla|a|ad)|vs\.?|verso\s+(?:il|l'\s*|la))`;
const REFERENCE = String.raw`(?:(?:l'\s*)?anno\s+${YEAR}|${YEAR.replace('year', 'year2')}|(?:l'\s*)?anno\s+precedente|(?:il\s+)?(?:valore|target|dato)\s+storico|(?:la\s+)?baseline)`;
/** "+10% su 2017", "+5% rispetto al 2018", "+ 2,5 % sul 2017", "+3% rispetto all'anno precedente" */
const CHANGE_ON_RE = new RegExp(String.raw`^${CHANGE}\s*${CONNECTOR}\s*${REFERENCE}$`, 'i');
/** "2017+10%", "2017 + 5%" (RP 2018, action 2.7a bis) */
const YEAR_PLUS_RE = new RegExp(String.raw`^${YEAR}\s*${CHANGE}$`, 'i');

/** The relative form of a target text, or null when the text is not one. */
export function readRelativeText(raw: string): RelativeTarget | null {
  const text = normaliseText(raw).replace(/[’`]/g, "'");
  const m = CHANGE_ON_RE.exec(text) ?? YEAR_PLUS_RE.exec(text);
  if (!m || !m.groups) return null;
  const { sign, num } = m.groups;
  const year = m.groups.year ?? m.groups.year2;
  const magnitude = new Decimal(num.replace(',', '.'));
  return { percent: sign === '-' ? magnitude.neg() : magnitude, year: year ? Number(year) : null, raw };
}

/** A cell's relative target, or null (a number cell, or a text that is not relative). */
export function relativeTargetOf(cell: CellInput | undefined): RelativeTarget | null {
  return cell && typeof cell.value === 'string' ? readRelativeText(cell.value) : null;
}

/** Decimals shown in a text number: the digits after the decimal comma (or a lone English decimal point). */
function typedDecimals(raw: string): number {
  const digits = /\d[\d.,]*/.exec(normaliseText(raw))?.[0] ?? '';
  const comma = digits.lastIndexOf(',');
  if (comma >= 0) return digits.length - comma - 1;
  const dot = digits.split('.');
  // one dot not followed by exactly three digits is a decimal point ("0.51"); "1.500" is a thousands group
  return dot.length === 2 && dot[1].length !== 3 ? dot[1].length : 0;
}

function shownDecimals(cell: CellInput): number {
  if (typeof cell.value === 'number') return analyseNumberFormat(cell.numberFormat).decimals ?? GENERAL_BASELINE_DECIMALS;
  return typedDecimals(String(cell.value ?? ''));
}

/**
 * Reads a baseline cell: null when blank or marked not measured ("-", "n.d."), a problem when it is not a number
 * (a date, a word), else the value as shown.
 */
export function readBaseline(cell: CellInput | undefined, ctx: ValueContext, year: number | null): ParseResult<Baseline | null> {
  if (!cell) return { ok: true, value: null };
  const parsed = parseKpiValue(cell, ctx);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (v.kind === 'empty' || v.kind === 'not-measured') return { ok: true, value: null };
  if (v.kind !== 'number') {
    return { ok: false, problem: notANumber(v.raw) };
  }
  const decimals = shownDecimals(cell);
  return { ok: true, value: { value: { ...v, value: roundHalfUp(v.value, decimals) }, decimals, year } };
}

/** The target a relative text stands for, on the baseline as shown (rounding rule above). */
export function resolveRelative(rel: RelativeTarget, baseline: Baseline): NumberValue {
  const factor = new Decimal(100).plus(rel.percent).div(100);
  const value = roundHalfUp(baseline.value.value.times(factor), Math.max(baseline.decimals, MIN_TARGET_DECIMALS));
  return { kind: 'number', value, unit: baseline.value.unit, raw: rel.raw };
}

/** "0,56" (the resolved value as a person would write it, for messages). */
export function resolvedText(v: NumberValue): string {
  return formatDisplay(v.value, { decimals: null, grouping: true, unit: v.unit });
}

export type RelativeReading = { ok: true; value: NumberValue; warning?: string } | { ok: false; problem: ValueProblem };

/**
 * Resolves a relative target or soglia against the row's baseline. `what` names the cell in the message
 * ("il target", "la soglia 60%"). Without a baseline: a problem (the layout names the cell). A year in the text
 * other than the baseline's (its header's year, else the plan year − 1): a warning, the value is still resolved.
 */
export function resolveRelativeCell(rel: RelativeTarget, baseline: Baseline | null, ctx: ValueContext, what: string): RelativeReading {
  if (!baseline) {
    return {
      ok: false,
      problem: {
        code: 'missing-baseline',
        message: `${what} ${quote(rel.raw)} si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato`,
        raw: rel.raw,
      },
    };
  }
  const value = resolveRelative(rel, baseline);
  const expected = baseline.year ?? ctx.planYear - 1;
  if (rel.year !== null && rel.year !== expected) {
    const whose = baseline.year !== null ? `il valore storico della colonna è del ${expected}` : `il valore storico dovrebbe essere del ${expected} (anno del piano ${ctx.planYear} − 1)`;
    return {
      ok: true,
      value,
      warning: `${what} ${quote(rel.raw)} si riferisce al ${rel.year}, ma ${whose}: calcolato comunque sul valore storico della riga (${formatItalianNumber(baseline.value.value, null)}), = ${resolvedText(value)}`,
    };
  }
  return { ok: true, value };
}
