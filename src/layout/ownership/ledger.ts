/**
 * The ledger ("registro"): what the add-in wrote in a workbook, kept in the workbook itself (a hidden sheet
 * of the add-in, the same for Excel and for the .xlsx back end). It is how the write layer knows its own
 * cells: a cell may be overwritten or cleared only when it is empty or still holds exactly what the ledger
 * says the add-in wrote there; a sheet may be replaced only when the ledger says the add-in created it.
 * Headers, markers or what the reader guessed never decide it.
 */

/** The add-in's hidden sheet that holds the ledger. */
export const LEDGER_SHEET_NAME = 'Cruscotto Registro';
/** First cell of the ledger sheet: says the sheet is the add-in's and which format follows. */
export const LEDGER_MARKER = 'cruscotto:registro:1';
/** Characters per cell of the ledger sheet (Excel keeps at most 32 767 in a cell). */
export const LEDGER_CHUNK = 30_000;

/** Cells the add-in wrote in one column: rows (0-based, ascending) and the key of each value (./cellKey). Stored compactly (see storeColumn). */
export interface LedgerColumn {
  col: number;
  rows: number[];
  keys: string[];
}

export interface LedgerSheet {
  name: string;
  columns: LedgerColumn[];
  /** notes the add-in put on cells, with the key of their text */
  notes: { row: number; col: number; key: string }[];
}

export interface Ledger {
  version: 1;
  /** the summary sheet the add-in created (replaced on the next run), or null */
  summarySheet: string | null;
  sheets: LedgerSheet[];
}

export function emptyLedger(): Ledger {
  return { version: 1, summarySheet: null, sheets: [] };
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function ledgerSheet(ledger: Ledger, name: string): LedgerSheet | null {
  return ledger.sheets.find((s) => sameName(s.name, name)) ?? null;
}

/** The ledger with one sheet's entry replaced (or added; an entry with nothing in it is left out). */
export function withLedgerSheet(ledger: Ledger, entry: LedgerSheet): Ledger {
  const sheets = ledger.sheets.filter((s) => !sameName(s.name, entry.name));
  if (entry.columns.length > 0 || entry.notes.length > 0) sheets.push(entry);
  return { ...ledger, sheets };
}

/** The two ledgers say the same (then there is nothing to store). */
export function sameLedger(a: Ledger, b: Ledger): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isIntArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0);
}

/** Width of a stored key: a 32-bit fingerprint in base 36 takes at most 7 characters. */
const KEY_WIDTH = 7;

/**
 * A column as stored: rows as runs of consecutive rows [first, count, first, count…] and the keys as one string of
 * fixed-width fingerprints, so the ledger of 5 000 actions stays small in the request that writes it.
 */
interface StoredColumn {
  c: number;
  r: number[];
  k: string;
}

function storeColumn(column: LedgerColumn): StoredColumn {
  const runs: number[] = [];
  for (const row of column.rows) {
    const n = runs.length;
    if (n > 0 && runs[n - 2] + runs[n - 1] === row) runs[n - 1]++;
    else runs.push(row, 1);
  }
  return { c: column.col, r: runs, k: column.keys.map((k) => k.padStart(KEY_WIDTH, '0')).join('') };
}

function parseColumn(raw: unknown): LedgerColumn | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (!Number.isInteger(r.c) || (r.c as number) < 0 || !isIntArray(r.r) || r.r.length % 2 !== 0 || typeof r.k !== 'string') return null;
  const rows: number[] = [];
  for (let i = 0; i < r.r.length; i += 2) for (let j = 0; j < r.r[i + 1]; j++) rows.push(r.r[i] + j);
  if (r.k.length !== rows.length * KEY_WIDTH || !/^[0-9a-z]*$/.test(r.k)) return null;
  const text = r.k;
  const keys = rows.map((_, i) => parseInt(text.slice(i * KEY_WIDTH, (i + 1) * KEY_WIDTH), 36).toString(36));
  return { col: r.c as number, rows, keys };
}

function parseSheet(raw: unknown): LedgerSheet | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || !Array.isArray(r.columns)) return null;
  const columns = r.columns.map(parseColumn);
  if (columns.some((c) => c === null)) return null;
  const notes: LedgerSheet['notes'] = [];
  for (const n of Array.isArray(r.notes) ? r.notes : []) {
    const note = n as Record<string, unknown>;
    if (Number.isInteger(note?.row) && Number.isInteger(note?.col) && typeof note?.key === 'string') {
      notes.push({ row: note.row as number, col: note.col as number, key: note.key });
    }
  }
  return { name: r.name, columns: columns as LedgerColumn[], notes };
}

/** `ours`: the sheet carries the add-in's marker (its content is the add-in's to rewrite even when unreadable). */
export type LedgerParse = { ok: true; ledger: Ledger } | { ok: false; message: string; ours: boolean };

/**
 * The ledger from the texts of its sheet's cells (column A, top to bottom, the marker first). An unreadable
 * ledger is reported and treated as empty: then no cell counts as the add-in's, which is the safe side.
 */
export function parseLedger(cells: readonly unknown[]): LedgerParse {
  const texts = cells.map((c) => (typeof c === 'string' ? c : ''));
  if (texts.length === 0 || texts[0] !== LEDGER_MARKER) {
    return { ok: false, ours: false, message: `il foglio «${LEDGER_SHEET_NAME}» non è del componente aggiuntivo` };
  }
  let data: unknown;
  try {
    data = JSON.parse(texts.slice(1).join(''));
  } catch {
    return { ok: false, ours: true, message: `il registro del componente aggiuntivo (foglio nascosto «${LEDGER_SHEET_NAME}») non è leggibile` };
  }
  const d = data as Record<string, unknown>;
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.sheets)) {
    return { ok: false, ours: true, message: `il registro del componente aggiuntivo (foglio nascosto «${LEDGER_SHEET_NAME}») non è leggibile` };
  }
  const sheets = d.sheets.map(parseSheet);
  if (sheets.some((s) => s === null)) {
    return { ok: false, ours: true, message: `il registro del componente aggiuntivo (foglio nascosto «${LEDGER_SHEET_NAME}») non è leggibile` };
  }
  const summarySheet = typeof d.summarySheet === 'string' ? d.summarySheet : null;
  return { ok: true, ledger: { version: 1, summarySheet, sheets: sheets as LedgerSheet[] } };
}

/** The texts of the ledger sheet's column A: the marker, then the JSON in chunks Excel can hold in a cell. */
export function serialiseLedger(ledger: Ledger): string[] {
  const stored = { ...ledger, sheets: ledger.sheets.map((s) => ({ ...s, columns: s.columns.map(storeColumn) })) };
  const json = JSON.stringify(stored);
  const out = [LEDGER_MARKER];
  for (let i = 0; i < json.length; i += LEDGER_CHUNK) out.push(json.slice(i, i + LEDGER_CHUNK));
  if (out.length === 1) out.push('');
  return out;
}

/** A sheet of this name is the add-in's ledger sheet (its first cell holds the marker). */
export function isLedgerSheetName(name: string): boolean {
  return sameName(name, LEDGER_SHEET_NAME);
}

/** Italian: a sheet of the user's has the ledger's name, so the add-in cannot keep its ledger and writes nothing. */
export function foreignLedgerSheetMessage(name: string): string {
  return `la cartella ha un foglio «${name}» che non è del componente aggiuntivo: il componente aggiuntivo usa questo nome per il registro delle celle che scrive e, per non toccarlo, non scrive nulla. Rinominare quel foglio e ripetere il calcolo.`;
}
