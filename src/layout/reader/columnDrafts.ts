/**
 * First pass over the header block: what each column's header cells say (kind, level word, years,
 * soglia level), before levels get their engine slots and columns their roles (columnRoles.ts).
 *
 * - A group header (Prospettiva, Obiettivi strategici, Programma, Azioni, "Indicatori" over columns of
 *   its own) in the group row spans its merged area and every column up to the next group header.
 * - A column's kind is its lowest header cell with column wording ("target" over "Soglie" over "80%" is
 *   a soglia); a group word with nothing under it is that level's title column.
 */
import type { Level } from '../../engine/types';
import type { ColumnInfo } from '../types';
import type { HeaderCell, HeaderRowInfo } from './headerCells';
import type { HeaderMatch } from './matchHeader';
import { ACTION_ONLY_KINDS, type ColumnKind } from './vocabulary';

export type Kind = ColumnKind | 'year' | 'own';

export interface Draft {
  col: number;
  kind: Kind | null;
  level: Level | 'own' | null;
  /** the sheet's level word the column belongs to (group, qualifier, group title), before its slot is known */
  tier: string | null;
  /** "Indicatore" as a plain KPI header: a level it may head */
  latentTier: string | null;
  header: string;
  years: number[];
  level80?: number;
  strongResult: boolean;
  ownOutput?: ColumnInfo['output'];
  /** a group word with nothing under it: the level's title column */
  groupTitle: boolean;
  /** starts a level's block of columns (besides codes and group titles: the promoted "Indicatore") */
  blockStart: boolean;
  /** "Soglie 80% / 60%" in one unmerged cell: the levels to spread to the next empty columns */
  spreadLevels?: number[];
}

interface Span {
  level: Level | 'own' | null;
  tier: string | null;
}

/** A cell of the group row heading columns: a group word, or "Indicatori" with column wording under it. */
function headsGroup(cell: HeaderCell, byCol: HeaderCell[][]): boolean {
  const m = cell.match;
  if (!m) return false;
  if (m.type === 'group') return !!m.level;
  if (m.type !== 'column' || !m.tier || m.level) return false;
  for (let c = cell.left; c <= cell.right; c++) {
    if (byCol[c]?.some((below) => below.row > cell.row && below.match?.type === 'column')) return true;
  }
  return false;
}

export interface GroupSpans {
  /** level word per column (null = left of the first group) */
  spans: (Span | null)[];
  /** the group row's cells that head groups */
  heads: Set<HeaderCell>;
}

export function groupSpans(groupRow: HeaderRowInfo | null, byCol: HeaderCell[][], width: number): GroupSpans {
  const spans: (Span | null)[] = new Array(width).fill(null);
  const heads = new Set<HeaderCell>();
  if (!groupRow) return { spans, heads };
  const starts = new Map<number, Span>();
  for (const cell of groupRow.cells) {
    if (!headsGroup(cell, byCol)) continue;
    heads.add(cell);
    const m = cell.match!;
    if (!starts.has(cell.left)) starts.set(cell.left, { level: m.tier ? null : m.level ?? null, tier: m.tier ?? null });
  }
  let current: Span | null = null;
  for (let c = 0; c < width; c++) {
    const start = starts.get(c);
    if (start) current = start;
    spans[c] = current;
  }
  return { spans, heads };
}

/** The level a header cell names: its level word when it has one (slot decided later), else its level. */
function namedLevel(m: HeaderMatch): Pick<Draft, 'level' | 'tier'> {
  return m.tier ? { level: null, tier: m.tier } : { level: m.level ?? null, tier: null };
}

export function draftColumn(col: number, cells: HeaderCell[], groups: GroupSpans, groupRowIndex: number | null): Draft {
  const span = groups.spans[col];
  const draft: Draft = {
    col,
    kind: null,
    level: span?.level ?? null,
    tier: span?.tier ?? null,
    latentTier: null,
    header: '',
    years: [],
    strongResult: false,
    groupTitle: false,
    blockStart: false,
  };
  // cells under the group row, plus non-group wording in the group row ("Risultato", "Relatore")
  const own = cells.filter((c) => !groups.heads.has(c) && !(c.row === groupRowIndex && c.match?.type === 'group'));
  const texts: string[] = [];
  for (const c of own) if (texts[texts.length - 1] !== c.text) texts.push(c.text);
  draft.header = texts.join(' ');

  const ownMatch = cells.find((c) => c.match?.type === 'own');
  if (ownMatch) {
    draft.kind = 'own';
    draft.level = 'own';
    draft.tier = null;
    draft.ownOutput = ownMatch.match!.output;
    draft.header = ownMatch.text;
    return draft;
  }

  // the lowest cell with header wording wins: a column word ("Risultato") or a level word used as the
  // title column ("Prospettiva"); a word typed above it (a title row: «Consuntivo» over Prospettiva) does not
  let lowest: HeaderCell | null = null;
  for (const c of own) if (c.match?.type === 'column' || c.match?.type === 'group') lowest = c;
  const kindCell = lowest?.match?.type === 'column' ? lowest : null;
  const groupWord = lowest?.match?.type === 'group' ? lowest : null;
  const years = new Set<number>();
  for (const c of own) for (const y of c.match?.years ?? []) years.add(y);
  draft.years = [...years].sort((a, b) => a - b);

  // levels of a soglia: the lowest cell that states some
  let levelCell: HeaderCell | null = null;
  for (const c of own) if (c.match && c.match.levels.length > 0) levelCell = c;
  if (levelCell) {
    const levels = levelCell.match!.levels;
    if (levels.length === 1) draft.level80 = levels[0];
    else if (levelCell.right > levelCell.left) draft.level80 = levels[col - levelCell.left];
    else if (levelCell.col === col) {
      draft.level80 = levels[0];
      draft.spreadLevels = levels;
    }
  }

  if (kindCell) {
    const m = kindCell.match!;
    draft.kind = m.column!;
    draft.strongResult = !!m.strongResult;
    if (m.level) Object.assign(draft, namedLevel(m));
    else if (m.tier) draft.latentTier = m.tier;
  } else if (groupWord) {
    draft.kind = 'title';
    Object.assign(draft, namedLevel(groupWord.match!));
    draft.groupTitle = true;
    draft.header = groupWord.text;
  } else if (groupRowIndex !== null && own.length === 0) {
    // a group header with nothing under it names the level's title column (2022: "Prospettiva")
    const g = cells.find((c) => c.row === groupRowIndex && groups.heads.has(c) && c.left === col);
    if (g) {
      draft.kind = g.match!.type === 'group' ? 'title' : g.match!.column!;
      draft.groupTitle = true;
      draft.header = g.text;
    }
  } else if (draft.level80 !== undefined) {
    draft.kind = 'threshold';
  } else if (draft.years.length > 0) {
    draft.kind = 'year';
  }
  // "al 30/6" under a "Valore Target" group: the interim target (Brescia 2019 semestrale)
  if (draft.kind === 'target' && own.some((c) => c.match?.midYear)) draft.kind = 'targetInterim';
  if (draft.kind && ACTION_ONLY_KINDS.has(draft.kind as ColumnKind)) {
    draft.level = 'action';
    draft.tier = null;
  }
  return draft;
}

/** "Soglie 80% / 60%" in one unmerged cell: the next empty columns are the other soglie. */
export function spreadThresholdLevels(drafts: Draft[]): void {
  for (const d of drafts) {
    if (!d.spreadLevels || d.kind !== 'threshold') continue;
    for (let i = 1; i < d.spreadLevels.length; i++) {
      const next = drafts[d.col + i];
      if (!next || next.kind !== null || next.header !== '') break;
      next.kind = 'threshold';
      next.level = 'action';
      next.tier = null;
      next.level80 = d.spreadLevels[i];
      next.years = d.years;
      next.header = d.header;
    }
  }
}
