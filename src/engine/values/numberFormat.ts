/**
 * Reads an Excel number format code ("0.00%", "dd/mm/yyyy", "€ #,##0.00", "0 \"gg\"") to learn how a
 * numeric cell must be understood: a fraction shown as a percentage, a date serial, an amount in euro,
 * days or months, or a plain number. Only the first section (positive numbers) is considered.
 */
import type { Unit } from '../types';

export interface NumberFormatInfo {
  kind: 'number' | 'percent' | 'date';
  /** decimals shown; null = General (all significant digits) */
  decimals: number | null;
  /** thousands separators shown ("#,##0") */
  grouping: boolean;
  /** unit of a 'number' cell: euro from a € sign, days/months from a literal ("gg", "mesi") */
  unit: Unit;
  /** for euro: whether the sign comes before the digits */
  euroFirst: boolean;
}

const GENERAL_RE = /^(?:general|generale|standard|@)?$/i;

/** The first section of a format code (up to the first ";" outside quotes, brackets and escapes). */
function firstSection(code: string): string {
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (inQuote) {
      if (c === '"') inQuote = false;
    } else if (inBracket) {
      if (c === ']') inBracket = false;
    } else if (c === '"') inQuote = true;
    else if (c === '[') inBracket = true;
    else if (c === '\\') i++;
    else if (c === ';') return code.slice(0, i);
  }
  return code;
}

interface SplitCode {
  /** the format characters outside quotes, brackets, escapes and padding */
  bare: string;
  /** quoted and escaped literal text, and bracketed parts */
  literal: string;
  /** true when a bracket is an elapsed-time token ([h], [mm], [ss]) */
  elapsed: boolean;
}

function splitCode(section: string): SplitCode {
  let bare = '';
  let literal = '';
  let elapsed = false;
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal += ` ${section.slice(i + 1, stop)} `;
      i = stop;
    } else if (c === '[') {
      const end = section.indexOf(']', i + 1);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      if (/^(?:h+|m+|s+)$/i.test(inner)) elapsed = true;
      literal += ` ${inner} `;
      i = stop;
    } else if (c === '\\' || c === '_' || c === '*') {
      if (c === '\\') literal += section[i + 1] ?? '';
      i++;
    } else {
      bare += c;
    }
  }
  return { bare, literal, elapsed };
}

/**
 * Decimals and grouping of the digit part, whichever separators it uses. Excel on the web returns the
 * format codes in the account's locale (office-js issue #2824): "0,00%" and "#.##0,00" there are
 * "0.00%" and "#,##0.00" on desktop. Both read alike: with both separators the last one is the decimal
 * separator; a lone separator is grouping when repeated or when it stands between "#" and exactly three
 * placeholders ("#,##0", "#.##0"), the decimal separator otherwise; a separator after the last
 * placeholder (thousands scaling, "#,##0,") is neither.
 */
function digitsOf(bare: string): { decimals: number; grouping: boolean } {
  const m = /[0#?](?:[.,\s\u00a0]?[0#?])*[.,]?/.exec(bare);
  const digits = m ? m[0] : '';
  // a space between placeholders is grouping in every locale that uses it ("# ##0,00")
  const spaced = /[0#?][\s\u00a0][0#?]/.test(digits);
  const inner = digits.replace(/[.,]+$/, '').replace(/[\s\u00a0]/g, '');
  const seps = [...inner].map((c, i) => ({ c, i })).filter((s) => s.c === '.' || s.c === ',');
  if (seps.length === 0) return { decimals: 0, grouping: spaced };
  const placeholdersAfter = (i: number): number => inner.slice(i + 1).replace(/[.,]/g, '').length;
  const kinds = new Set(seps.map((s) => s.c));
  let decimalAt = -1;
  if (kinds.size === 2) decimalAt = seps[seps.length - 1].i;
  else if (seps.length === 1) {
    const at = seps[0].i;
    const groupingLike = /^#+$/.test(inner.slice(0, at)) && placeholdersAfter(at) === 3 && inner[at + 1] === '#';
    if (!groupingLike) decimalAt = at;
  }
  const grouping = spaced || seps.some((s) => s.i !== decimalAt);
  return { decimals: decimalAt < 0 ? 0 : placeholdersAfter(decimalAt), grouping };
}

const PLAIN: NumberFormatInfo = Object.freeze({ kind: 'number', decimals: null, grouping: false, unit: 'none', euroFirst: false });

/** Analyses already made: a sheet has a handful of formats, repeated on thousands of cells. */
const memo = new Map<string, NumberFormatInfo>();
const MEMO_LIMIT = 1000;

/** How a numeric cell with this format code must be understood (a shared, frozen object). */
export function analyseNumberFormat(code: string | undefined): NumberFormatInfo {
  if (code === undefined) return PLAIN;
  let info = memo.get(code);
  if (info === undefined) {
    info = Object.freeze(analyse(code));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(code, info);
  }
  return info;
}

function analyse(code: string): NumberFormatInfo {
  const plain = PLAIN;
  if (GENERAL_RE.test(code.trim())) return plain;
  const split = splitCode(firstSection(code));
  const { literal, elapsed } = split;
  const bare = split.bare.replace(/general[e]?|standard/gi, '');
  const whole = `${bare} ${literal}`;
  // dates: day, year or month tokens; "m" next to hours/seconds is minutes (a time, read as a number)
  if (!elapsed && (/[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare)))) {
    return { ...plain, kind: 'date' };
  }
  const digits = digitsOf(bare);
  const decimals = /[0#?]/.test(bare) ? digits.decimals : null;
  const grouping = digits.grouping;
  if (bare.includes('%')) return { ...plain, kind: 'percent', decimals, grouping };
  const euroAt = whole.search(/€|\bEUR\b/i);
  if (euroAt >= 0) {
    const digitAt = bare.search(/[0#?]/);
    const euroInBare = bare.indexOf('€');
    const euroFirst = euroInBare >= 0 ? euroInBare < digitAt : code.search(/€|EUR/i) < code.search(/[0#?]/);
    return { ...plain, decimals, grouping, unit: 'euro', euroFirst };
  }
  if (/\b(?:gg\.?|giorni|giorno)(?=\s|$|\.)/i.test(literal)) return { ...plain, decimals, grouping, unit: 'days' };
  if (/\b(?:mesi|mese)\b/i.test(literal)) return { ...plain, decimals, grouping, unit: 'months' };
  return { ...plain, decimals, grouping };
}
