/**
 * Recognises one header cell: a group header (Prospettiva, Obiettivi strategici, ...), a column
 * header (cod., peso, target, Soglie 80%, Risultato, ...), the add-in's own output headers, or a
 * bare year / level ("2022", "80%"). Tolerates case, accents, spaced letters, singular/plural and
 * one typo on long words. Returns null for anything else (titles, values, notes).
 */
import type { Level } from '../../engine/types';
import type { OutputKind } from '../types';
import { ALL_OWN_COLUMN_HEADERS, LEGEND_TEXTS } from '../outputColumns';
import { wordMatches } from './fuzzy';
import { headerKey } from './normalise';
import { COLUMN_WORDS, FILLER_WORDS, LEVEL_WORDS, type ColumnKind, type ColumnWord, type LevelWord } from './vocabulary';

export interface HeaderMatch {
  type: 'group' | 'column' | 'own' | 'attributes';
  /** group: the level it usually names; column: the level a qualifier names ("cod. azione") */
  level?: Level | 'own';
  /**
   * the sheet's level word behind `level` ("Programma", "Indicatore"): the slot it takes is decided
   * for the whole sheet (see levelSlots.ts). On a column without `level` ("Indicatore", the KPI column)
   * it is a level the column may head.
   */
  tier?: string;
  column?: ColumnKind;
  weak?: boolean;
  strongResult?: boolean;
  output?: OutputKind;
  /** years written in the cell ("Target 2022", "2023") */
  years: number[];
  /** levels written in the cell ("Soglie 80% / 60%", "80%") */
  levels: number[];
  /** the cell names the mid-year date 30/6 ("Target al 30/6", "al 30/6"): a target under it is the interim one */
  midYear?: boolean;
}

const LEGEND_KEYS = new Set(LEGEND_TEXTS.map((l) => headerKey(l.text)));
const OWN_KEYS = new Map<string, OutputKind>(ALL_OWN_COLUMN_HEADERS.map((h) => [headerKey(h.header), h.output]));

const DATE_RE = /\b(\d{1,2})[./](\d{1,2})(?:[./]((?:19|20)\d{2}))?\b/g;
/** 30/6, 30.06, 30 giugno: the date of the mid-year monitoring (Brescia 2019 semestrale, "Valore Target al 30/6") */
const MID_YEAR_WORDS_RE = /\b30\s+giugno\b/;
const YEAR_RE = /\b((?:19|20)\d{2})\b/g;
const LEVEL_RE = /(\d{1,3}(?:[.,]\d+)?)\s*%/g;
const WORD_RE = /[\p{L}\p{N}%]+/gu;

function phraseMatches(words: string[], phrase: string[]): boolean {
  if (words.length !== phrase.length) return false;
  for (let i = 0; i < words.length; i++) if (!wordMatches(words[i], phrase[i])) return false;
  return true;
}

function findLevel(words: string[]): LevelWord | null {
  for (const g of LEVEL_WORDS) if (phraseMatches(words, g.words)) return g;
  return null;
}

/** A level word's match: its usual slot and its name. */
function levelOf(g: LevelWord): { level: Level | 'own'; tier?: string } {
  return g.own ? { level: 'own' } : { level: g.slots[0], tier: g.name };
}

function findColumn(words: string[]): ColumnWord | null {
  for (const c of COLUMN_WORDS) if (phraseMatches(words, c.words)) return c;
  return null;
}

type PartMatch =
  | { type: 'group'; level: Level | 'own'; tier?: string }
  | { type: 'column'; word: ColumnWord; level?: Level | 'own'; tier?: string };

function columnWordOf(kind: ColumnKind): ColumnWord {
  return COLUMN_WORDS.find((c) => c.kind === kind)!;
}

/** Matches one alternative of a cell ("titolo" in "titolo / descrizione"). */
function matchPart(rawWords: string[]): PartMatch | null {
  // trailing abbreviations of two letters ("Target PP 2020") are ignored
  let words = rawWords;
  while (words.length > 1 && words[words.length - 1].length <= 2 && words[words.length - 1] !== '%') words = words.slice(0, -1);
  const group = findLevel(words);
  // "Indicatori": the KPI column, and a level where it heads columns of its own (decided per sheet)
  if (group?.alsoColumn) return { type: 'column', word: columnWordOf(group.alsoColumn), tier: group.name };
  if (group) return { type: 'group', ...levelOf(group) };
  const column = findColumn(words);
  if (column) return { type: 'column', word: column };
  // a column word qualified by a level, either order: "cod. azione", "peso ob. operativo", "azioni cod."
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k);
    const tail = words.slice(k);
    const c1 = findColumn(head);
    const g1 = c1 ? findLevel(tail) : null;
    if (c1 && g1) return { type: 'column', word: c1, ...levelOf(g1) };
    const g2 = findLevel(head);
    const c2 = g2 ? findColumn(tail) : null;
    if (g2 && c2) return { type: 'column', word: c2, ...levelOf(g2) };
  }
  return null;
}

const cache = new Map<string, HeaderMatch | null>();
const CACHE_LIMIT = 5000;

function compute(text: string): HeaderMatch | null {
  let key = headerKey(text);
  if (key === '') return null;
  const own = OWN_KEYS.get(key);
  if (own) return { type: 'own', level: 'own', output: own, years: [], levels: [] };
  // the legend of colours the add-in writes beside its columns: the add-in's, never read as data
  if (LEGEND_KEYS.has(key)) return { type: 'own', level: 'own', years: [], levels: [] };

  const years: number[] = [];
  const levels: number[] = [];
  let midYear = MID_YEAR_WORDS_RE.test(key);
  key = key.replace(DATE_RE, (_m, d: string, mo: string, y: string | undefined) => {
    if (y) years.push(Number(y));
    if (Number(d) === 30 && Number(mo) === 6) midYear = true;
    return ' ';
  });
  const period = midYear ? { midYear } : {};
  key = key.replace(LEVEL_RE, (_m, n: string) => {
    levels.push(Number(n.replace(',', '.')));
    return ' ';
  });
  key = key.replace(YEAR_RE, (_m, y: string) => {
    years.push(Number(y));
    return ' ';
  });

  const parts = key.split(/[/()\-:;,|–]+/);
  let result: PartMatch | null = null;
  let sawWords = false;
  for (const part of parts) {
    const words = (part.match(WORD_RE) ?? []).filter((w) => !FILLER_WORDS.has(w) && !/^\d+$/.test(w));
    if (words.length === 0) continue;
    sawWords = true;
    const m = matchPart(words);
    if (!m) return null; // an alternative that is not header wording: this is not a header cell
    if (!result || (result.type === 'group' && m.type === 'column')) result = m;
  }
  if (!result) {
    if (sawWords || (years.length === 0 && levels.length === 0 && !midYear)) return null;
    return { type: 'attributes', years, levels, ...period };
  }
  if (result.type === 'column' && result.word.yearOnly && years.length !== 1) return null;
  if (result.type === 'group') return { type: 'group', level: result.level, ...(result.tier ? { tier: result.tier } : {}), years, levels, ...period };
  return {
    type: 'column',
    column: midYear && result.word.kind === 'target' ? 'targetInterim' : result.word.kind,
    ...period,
    level: result.level,
    ...(result.tier ? { tier: result.tier } : {}),
    weak: result.word.weak,
    strongResult: result.word.strongResult,
    years,
    levels,
  };
}

/** Header meaning of a cell's text, or null when it is not header wording. */
export function matchHeader(text: string): HeaderMatch | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const m = text.length > 80 ? null : compute(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, m);
  return m;
}

/** True for group and (non-weak) column headers: evidence that a row is a header row. */
export function isStrongHeader(m: HeaderMatch | null): boolean {
  return !!m && (m.type === 'group' || m.type === 'own' || (m.type === 'column' && !m.weak));
}
