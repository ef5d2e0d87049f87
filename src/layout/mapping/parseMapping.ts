/**
 * A column mapping read from JSON (a file given to the CLI, the settings of a workbook): checked field by
 * field, with Italian messages that name the field ("columns[3].role: «peso azione» non è un ruolo
 * ammesso"). A column may be given by its index (0 = A) or by its letter ("F").
 */
import { columnIndex, columnLetter } from '../address';
import type { ColumnMapping, MappedColumn } from '../types';
import { matchHeader } from '../reader/matchHeader';
import { headerComparisonKey } from './headerText';
import { isPlanYear, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../settings/planYear';
import { mappingProblems } from './checkMapping';
import { describeColumn } from './roleLabels';
import { isMappingRole, MAPPING_ROLES, YEAR_ROLES, type MappingRole } from './roles';

export type ParsedMapping = { ok: true; mapping: ColumnMapping } | { ok: false; message: string };

/** Excel's last column (XFD). */
export const MAX_COLUMN = 16383;
/** At most this many header rows in a mapping. */
export const MAX_MAPPING_HEADER_ROWS = 10;
const MAX_ROW = 1048575;

function show(value: unknown): string {
  if (typeof value === 'string') return `«${value.length > 60 ? `${value.slice(0, 59)}…` : value}»`;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : `«${text.length > 60 ? `${text.slice(0, 59)}…` : text}»`;
  } catch {
    return String(value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRow(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_ROW;
}

/** A likely role for a wrong one: an Italian description ("target (azione)") or header words ("peso azione"). */
function suggestRole(text: string): MappingRole | null {
  const key = headerComparisonKey(text);
  for (const role of MAPPING_ROLES) if (headerComparisonKey(describeColumn({ role })) === key) return role;
  const m = matchHeader(text);
  if (!m || m.type !== 'column' || !m.column) return null;
  const level = m.level && m.level !== 'own' ? m.level : 'action';
  const role = `${level}.${m.column}`;
  return isMappingRole(role) ? role : null;
}

function parseCol(raw: unknown): number | string {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= MAX_COLUMN) return raw;
  if (typeof raw === 'string' && /^[A-Za-z]{1,3}$/.test(raw.trim())) {
    const col = columnIndex(raw.trim());
    if (col <= MAX_COLUMN) return col;
  }
  if (raw === undefined) return 'manca la colonna (un numero da 0 = A, oppure la lettera, per esempio "F")';
  return `${show(raw)} non è una colonna: scrivere un numero da 0 (A) a ${MAX_COLUMN} (${columnLetter(MAX_COLUMN)}) oppure la lettera, per esempio "F"`;
}

/** One entry of `columns`: the column, or the problems of its fields (already prefixed by the field). */
function parseColumn(raw: unknown, at: string): MappedColumn | string[] {
  if (!isRecord(raw)) return [`${at}: ${show(raw)} non è una colonna: atteso un oggetto con col, header e role`];
  const problems: string[] = [];
  const col = parseCol(raw.col);
  if (typeof col === 'string') problems.push(`${at}.col: ${col}`);
  if (typeof raw.header !== 'string') {
    problems.push(`${at}.header: ${raw.header === undefined ? "manca l'intestazione della colonna (il suo testo nel foglio, anche vuoto: \"\")" : `${show(raw.header)} non è un testo`}`);
  }
  let role: MappingRole | null = null;
  if (isMappingRole(raw.role)) role = raw.role;
  else if (raw.role === undefined) problems.push(`${at}.role: manca il ruolo (per esempio "action.target", oppure "ignore" per una colonna non usata)`);
  else {
    const hint = typeof raw.role === 'string' ? suggestRole(raw.role) : null;
    problems.push(`${at}.role: ${show(raw.role)} non è un ruolo ammesso${hint ? ` (forse "${hint}"?)` : ''}`);
  }
  const column: MappedColumn = { col: typeof col === 'number' ? col : 0, header: typeof raw.header === 'string' ? raw.header : '', role: role ?? 'ignore' };
  if (raw.thresholdLevel !== undefined && raw.thresholdLevel !== null) {
    const level = raw.thresholdLevel;
    if (role !== null && role !== 'action.threshold') problems.push(`${at}.thresholdLevel: solo le soglie (action.threshold) hanno un livello`);
    else if (typeof level !== 'number' || !Number.isFinite(level) || level <= 0 || level > 100) {
      problems.push(`${at}.thresholdLevel: ${show(level)} non è un livello di soglia: scrivere un numero tra 0 e 100, per esempio 80`);
    } else column.thresholdLevel = level;
  }
  if (raw.year !== undefined && raw.year !== null) {
    if (role !== null && !YEAR_ROLES.has(role)) problems.push(`${at}.year: solo target, soglie, risultati e valore storico hanno un anno`);
    else if (!isPlanYear(raw.year)) problems.push(`${at}.year: ${show(raw.year)} non è un anno valido (tra ${PLAN_YEAR_MIN} e ${PLAN_YEAR_MAX})`);
    else column.year = raw.year as number;
  }
  return problems.length > 0 ? problems : column;
}

function parseShape(json: unknown): ColumnMapping | string[] {
  if (!isRecord(json)) return ['la mappatura deve essere un oggetto JSON con version, sheet, headerTop, headerBottom e columns'];
  const problems: string[] = [];
  if (json.version !== 1) problems.push(`version: ${json.version === undefined ? 'manca la versione (1)' : `${show(json.version)} non è una versione nota (atteso 1)`}`);
  if (typeof json.sheet !== 'string') problems.push(`sheet: ${json.sheet === undefined ? 'manca il nome del foglio' : `${show(json.sheet)} non è un nome di foglio`}`);
  if (!isRow(json.headerTop)) problems.push(`headerTop: ${json.headerTop === undefined ? 'manca la prima riga di intestazione (0 = riga 1)' : `${show(json.headerTop)} non è una riga (0 = riga 1)`}`);
  if (!isRow(json.headerBottom)) problems.push(`headerBottom: ${json.headerBottom === undefined ? "manca l'ultima riga di intestazione (0 = riga 1)" : `${show(json.headerBottom)} non è una riga (0 = riga 1)`}`);
  else if (isRow(json.headerTop)) {
    if (json.headerBottom < json.headerTop) problems.push(`headerBottom: la riga ${json.headerBottom} viene prima di headerTop (${json.headerTop})`);
    else if (json.headerBottom - json.headerTop >= MAX_MAPPING_HEADER_ROWS) problems.push(`headerBottom: al massimo ${MAX_MAPPING_HEADER_ROWS} righe di intestazione`);
  }
  const columns: MappedColumn[] = [];
  if (!Array.isArray(json.columns)) problems.push(`columns: ${json.columns === undefined ? "manca l'elenco delle colonne" : `${show(json.columns)} non è un elenco di colonne`}`);
  else {
    json.columns.forEach((raw, i) => {
      const parsed = parseColumn(raw, `columns[${i}]`);
      if (Array.isArray(parsed)) problems.push(...parsed);
      else columns.push(parsed);
    });
  }
  if (problems.length > 0) return problems;
  return { version: 1, sheet: json.sheet as string, headerTop: json.headerTop as number, headerBottom: json.headerBottom as number, columns };
}

/** Checks a mapping parsed from JSON; the message lists every problem, each introduced by its field. */
export function parseMapping(json: unknown): ParsedMapping {
  const shape = parseShape(json);
  const problems = Array.isArray(shape)
    ? shape
    : mappingProblems(shape.columns).map((p) => `${p.index === null ? 'columns' : `columns[${p.index}].${p.field}`}: ${p.text}`);
  if (problems.length > 0) return { ok: false, message: problems.join('; ') };
  return { ok: true, mapping: shape as ColumnMapping };
}
