/**
 * What a worksheet part holds, read straight from its XML: the cells that are really there (a used range
 * that claims XFD1048576 costs nothing), each with its value as Excel shows it, its number format and
 * whether it holds a formula; the merged areas and the notes. Dates are numbers under a date format, as
 * in Excel (1900 or 1904 system).
 */
import type { CellInput } from '../../engine/types';
import type { GridNote, MergedArea, SheetGrid } from '../../layout/types';
import { parseA1 } from '../../layout/address';
import { parseMergeRange } from '../merges';
import { readRels, REL, resolveTarget } from './opc';
import type { XlsxPackage } from './zip';
import { child, children, decodeOoxmlText, deepText, parseXml, type XNode } from './xml';

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) as exceljs names them, so the grid is the same. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  // format codes are case-insensitive ("DD/MM/YYYY" from LibreOffice is a date)
  return /[ymdhsb]/i.test(bare);
}

export interface StylesInfo {
  /** the number format code of each cell format (cellXfs index), undefined for General */
  formats: (string | undefined)[];
  dates: boolean[];
}

export function readStylesInfo(xml: string | null): StylesInfo {
  if (xml === null) return { formats: [], dates: [] };
  const root = parseXml(xml);
  const custom = new Map<number, string>();
  const numFmts = child(root, 'numFmts');
  for (const f of numFmts ? children(numFmts, 'numFmt') : []) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const formats: (string | undefined)[] = [];
  const dates: boolean[] = [];
  const xfs = child(root, 'cellXfs');
  for (const xf of xfs ? children(xfs, "xf") : []) {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    // exceljs leaves "General" out: a cell without a format of its own
    const format = code && id !== 0 ? code : undefined;
    formats.push(format);
    dates.push(isDateFormat(format) || (id >= 14 && id <= 22) || (id >= 45 && id <= 47));
  }
  return { formats, dates };
}

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const skip = new Set(['rPh', 'phoneticPr']);
  return children(parseXml(xml), 'si').map((si) => decodeOoxmlText(deepText(si, skip)));
}

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);

// 25569 = days from 1899-12-30 to 1970-01-01; 1462 more in the 1904 date system
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;

/** An Excel day serial as the Date the grid holds (the inverse of serialOfDate). */
function excelDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + DAYS_1904 : serial;
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** A Date of the grid or the plan as an Excel day serial (the inverse of excelDate). */
export function serialOfDate(date: Date, date1904: boolean): number {
  const days = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return date1904 ? days - DAYS_1904 : days;
}

/** One cell element: value (as the grid holds it) and whether it has a formula. */
export interface CellRead {
  row: number;
  col: number;
  value: CellInput['value'];
  numberFormat?: string;
  formula: boolean;
  /** cellXfs index */
  style: number;
}

export interface WorksheetRead {
  cells: CellRead[];
  merges: MergedArea[];
  notes: GridNote[];
  /** the parsed part and its text, so a write does not parse it again */
  parsed?: { xml: string; root: XNode };
}

export interface SheetContext {
  sharedStrings: string[];
  styles: StylesInfo;
  date1904: boolean;
}

function cellValue(c: XNode, ctx: SheetContext, style: number): CellInput['value'] {
  const type = c.attrs.t ?? 'n';
  if (type === 'inlineStr') {
    const is = child(c, 'is');
    return is ? decodeOoxmlText(deepText(is, new Set(['rPh', 'phoneticPr']))) : null;
  }
  const v = child(c, 'v');
  if (!v) return null;
  const raw = v.text;
  switch (type) {
    case 's': {
      const s = ctx.sharedStrings[Number(raw)];
      return s === undefined ? null : s;
    }
    case 'str':
      return decodeOoxmlText(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'e':
      return ERRORS.has(raw) ? raw : raw || null;
    case 'd': {
      const d = new Date(raw);
      return Number.isNaN(d.getTime()) ? null : d;
    }
    default: {
      if (raw.trim() === '') return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      return ctx.styles.dates[style] ? excelDate(n, ctx.date1904) : n;
    }
  }
}

/** Reads the cells of a parsed worksheet; cells beyond Excel's limits are ignored. */
export function readCells(root: XNode, ctx: SheetContext): CellRead[] {
  const out: CellRead[] = [];
  const data = child(root, 'sheetData');
  if (!data) return out;
  let nextRow = 0;
  for (const row of children(data, 'row')) {
    const r = row.attrs.r ? Number(row.attrs.r) - 1 : nextRow;
    nextRow = r + 1;
    let nextCol = 0;
    for (const c of children(row, 'c')) {
      const at = c.attrs.r ? parseA1(c.attrs.r) : null;
      const col = at ? at.col : nextCol;
      nextCol = col + 1;
      const style = Number(c.attrs.s ?? 0);
      const formula = child(c, 'f') !== undefined;
      const value = cellValue(c, ctx, style);
      const numberFormat = ctx.styles.formats[style];
      out.push({ row: at ? at.row : r, col, value, numberFormat, formula, style });
    }
  }
  return out;
}

export function readMerges(root: XNode): MergedArea[] {
  const node = child(root, 'mergeCells');
  const out: MergedArea[] = [];
  for (const m of node ? children(node, 'mergeCell') : []) {
    const area = parseMergeRange(m.attrs.ref ?? '');
    if (area) out.push(area);
  }
  return out.sort((x, y) => x.top - y.top || x.left - y.left);
}

/** The comments part of a worksheet part, or null. */
export function commentsPartOf(pkg: XlsxPackage, sheetPart: string): string | null {
  const rel = readRels(pkg, sheetPart).find((r) => r.type === REL.comments || r.type.endsWith('/comments'));
  return rel ? resolveTarget(sheetPart, rel.target) : null;
}

export function readNotes(pkg: XlsxPackage, sheetPart: string): GridNote[] {
  const part = commentsPartOf(pkg, sheetPart);
  const xml = part ? pkg.text(part) : null;
  if (xml === null) return [];
  const list = child(parseXml(xml), 'commentList');
  const out: GridNote[] = [];
  for (const c of list ? children(list, 'comment') : []) {
    const at = parseA1(c.attrs.ref ?? '');
    const text = child(c, 'text');
    if (at) out.push({ row: at.row, col: at.col, text: text ? decodeOoxmlText(deepText(text, new Set(['rPh']))) : '' });
  }
  return out;
}

/** The grid the layout reads: rows as long as their last cell (ragged), the cells under a merge empty. */
function isBlank(cell: CellRead): boolean {
  return !cell.formula && (cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === ''));
}

/** Above this many cells a sparse sheet's grid keeps ragged rows. */
const RECTANGULAR_CELLS = 1_000_000;

export function gridOf(name: string, read: WorksheetRead): SheetGrid {
  const slaves = new Set<string>();
  for (const m of read.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slaves.add(`${r}:${c}`);
  }
  const cells: CellInput[][] = [];
  const formulaCells = new Set<string>();
  // blanks (spaces typed far away, empty styled cells) outside the area that holds data add nothing: a used range
  // that claims XFD1048576 because of one space costs what its data costs
  let lastRow = -1;
  let lastCol = -1;
  for (const cell of read.cells) {
    if (isBlank(cell)) continue;
    if (cell.row > lastRow) lastRow = cell.row;
    if (cell.col > lastCol) lastCol = cell.col;
  }
  for (const cell of read.cells) {
    if ((cell.value === null || cell.value === '') && !cell.numberFormat && !cell.formula) continue;
    if ((cell.row > lastRow || cell.col > lastCol) && isBlank(cell)) continue;
    const key = `${cell.row}:${cell.col}`;
    const row = (cells[cell.row] ??= []);
    if (slaves.has(key)) {
      row[cell.col] = { value: null };
      continue;
    }
    if (cell.formula) formulaCells.add(key);
    row[cell.col] = cell.numberFormat ? { value: cell.value, numberFormat: cell.numberFormat } : { value: cell.value };
  }
  // holes are empty cells; the grid is rectangular (as the exceljs reader made it) unless that would cost far
  // more than the data (a value typed in XFD1048576): then its rows stay ragged, which the layout reads alike
  let width = 0;
  for (const row of cells) if (row && row.length > width) width = row.length;
  for (const m of read.merges) if (m.right + 1 > width && m.top < cells.length) width = m.right + 1;
  const rectangular = cells.length * width <= RECTANGULAR_CELLS;
  for (let r = 0; r < cells.length; r++) {
    const row = (cells[r] ??= []);
    const end = rectangular ? width : row.length;
    for (let c = 0; c < end; c++) row[c] ??= { value: null };
  }
  return { name, cells, merges: read.merges, formulaCells, notes: read.notes };
}

export function readWorksheet(pkg: XlsxPackage, part: string, ctx: SheetContext): WorksheetRead {
  const xml = pkg.text(part);
  if (xml === null) return { cells: [], merges: [], notes: [] };
  const root = parseXml(xml);
  return { cells: readCells(root, ctx), merges: readMerges(root), notes: readNotes(pkg, part), parsed: { xml, root } };
}

