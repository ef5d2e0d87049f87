/** A1 addresses of the fake: parse "A1", "B2:C9", "A:C", "3:5" (with an optional sheet) and format them. */
import { a1, columnIndex, columnLetter, sheetPrefix } from '../../../src/layout/address';
import { invalidArgument } from './errors';
import { MAX_COLUMNS, MAX_ROWS, type Rect } from './state';

export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

const SHEET = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.*)$/;

function parseEnd(part: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? parseInt(m[2], 10) - 1 : null };
}

/** A1 (up to column XFD) or R1C1 references: PEG2024, A1, R, C, R1C1, r12c3, C12. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1].toUpperCase()) < MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr](\d*)([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

export function parseAddress(address: string): ParsedAddress {
  let text = address.trim();
  let sheet: string | null = null;
  const s = SHEET.exec(text);
  if (s) {
    sheet = s[1] !== undefined ? s[1].replace(/''/g, "'") : s[2];
    // Excel reads an unquoted name that looks like a reference (PEG2024!A1, R1C1!A1) or holds a space as
    // something else: such names must be quoted ('PEG2024'!A1)
    if (s[2] !== undefined && (looksLikeReference(s[2]) || /[\s\-+&,;()]/.test(s[2]))) throw invalidArgument(`indirizzo «${address}»: nome del foglio da racchiudere tra apici`);
    text = s[3];
  }
  const [first, second = first] = text.split(':');
  const a = parseEnd(first);
  const b = parseEnd(second);
  if (!a || !b || (a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) {
    throw invalidArgument(`indirizzo «${address}»`);
  }
  const rect: Rect = {
    top: a.row ?? 0,
    bottom: b.row ?? MAX_ROWS - 1,
    left: a.col ?? 0,
    right: b.col ?? MAX_COLUMNS - 1,
  };
  if (rect.top > rect.bottom) [rect.top, rect.bottom] = [rect.bottom, rect.top];
  if (rect.left > rect.right) [rect.left, rect.right] = [rect.right, rect.left];
  if (rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) throw invalidArgument(`indirizzo «${address}»`);
  return { sheet, rect };
}

/** "Sheet1!A1:C3" as Range.address gives it; entire columns/rows as "A:C" / "3:5". */
export function formatAddress(sheet: string, rect: Rect): string {
  const prefix = `${sheetPrefix(sheet)}!`;
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) {
    if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) return `${prefix}1:${MAX_ROWS}`;
    return `${prefix}${columnLetter(rect.left)}:${columnLetter(rect.right)}`;
  }
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) return `${prefix}${rect.top + 1}:${rect.bottom + 1}`;
  const start = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? `${prefix}${start}` : `${prefix}${start}:${a1(rect.bottom, rect.right)}`;
}
