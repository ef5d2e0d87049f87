/**
 * From the header block (1 to 4 rows) to the logical columns of the sheet.
 *
 * Rules:
 * - A group header (Prospettiva, Obiettivi strategici, Obiettivi operativi, Azioni) in the top row
 *   spans its merged area and then every column up to the next group header. Without group headers
 *   the level comes from the code columns: a lone "cod." is the action code; with several, they are
 *   read right to left as action, operational, strategic; every other column takes the level of the
 *   nearest code (or group-word) column on its left.
 * - A column's kind is its lowest header cell with column wording ("target" over "Soglie" over
 *   "80%" is a soglia); a group word with nothing under it is that level's title column.
 * - "Risultato" right after a level's block is an output of that level (2020 annex: perspective,
 *   strategic, operational and action "Risultato" columns hold percentages); for actions only the
 *   "Risultato" that does not follow the Peso column is the measured value.
 * - Years: "Target" over 2022 / 2023 / 2024 gives one target column per year; a bare year column
 *   belongs to the nearest target on its left; a target without a year takes the first year of its
 *   level that no other target column has. Soglie without a year belong to the first year.
 */
import type { Level } from '../../engine/types';
import type { ColumnInfo, ColumnRole } from '../types';
import type { HeaderCell, HeaderRowInfo } from './headerCells';
import { ACTION_ONLY_KINDS, type ColumnKind } from './vocabulary';

type Kind = ColumnKind | 'year' | 'own';

interface Draft {
  col: number;
  kind: Kind | null;
  level: Level | 'own' | null;
  /** level stated on the column itself (qualifier, group word) rather than guessed */
  explicitLevel: boolean;
  header: string;
  years: number[];
  level80?: number;
  strongResult: boolean;
  ownOutput?: ColumnInfo['output'];
  /** a group word with nothing under it: the level's title column */
  groupTitle: boolean;
  /** "Soglie 80% / 60%" in one unmerged cell: the levels to spread to the next empty columns */
  spreadLevels?: number[];
}

const VALID: Record<Level, Partial<Record<Kind, ColumnRole>>> = {
  perspective: { title: 'perspective.title', output: 'perspective.output', result: 'perspective.output' },
  strategic: {
    code: 'strategic.code',
    title: 'strategic.title',
    kpi: 'strategic.kpi',
    target: 'strategic.target',
    output: 'strategic.output',
    result: 'strategic.output',
  },
  operational: {
    code: 'operational.code',
    title: 'operational.title',
    weight: 'operational.weight',
    kpi: 'operational.kpi',
    output: 'operational.output',
    result: 'operational.output',
  },
  action: {
    code: 'action.code',
    title: 'action.title',
    weight: 'action.weight',
    kpi: 'action.kpi',
    target: 'action.target',
    threshold: 'action.threshold',
    result: 'action.result',
    output: 'action.output',
    override: 'action.override',
    motivation: 'action.motivation',
    status: 'action.status',
    direction: 'action.direction',
    method: 'action.method',
    owner: 'action.owner',
  },
};

/** Group header spans of the group row: level per column (null = left of the first group). */
function groupSpans(groupRow: HeaderRowInfo | null, width: number): (Level | 'own' | null)[] {
  const spans: (Level | 'own' | null)[] = new Array(width).fill(null);
  if (!groupRow) return spans;
  const starts = new Map<number, Level | 'own'>();
  for (const cell of groupRow.cells) {
    if (cell.match?.type === 'group' && cell.match.level) starts.set(cell.col, cell.match.level);
  }
  let current: Level | 'own' | null = null;
  for (let c = 0; c < width; c++) {
    const start = starts.get(c);
    if (start) current = start;
    spans[c] = current;
  }
  return spans;
}

function cellsByColumn(rows: HeaderRowInfo[], width: number): HeaderCell[][] {
  const byCol: HeaderCell[][] = Array.from({ length: width }, () => []);
  for (const row of rows) for (const cell of row.cells) if (cell.col < width) byCol[cell.col].push(cell);
  return byCol;
}

function draftColumn(col: number, cells: HeaderCell[], groupRowIndex: number | null, span: Level | 'own' | null): Draft {
  const draft: Draft = {
    col,
    kind: null,
    level: span,
    explicitLevel: false,
    header: '',
    years: [],
    strongResult: false,
    groupTitle: false,
  };
  // cells under the group row, plus non-group wording in the group row ("Risultato", "Relatore")
  const own = cells.filter((c) => !(c.row === groupRowIndex && c.match?.type === 'group'));
  const texts: string[] = [];
  for (const c of own) if (texts[texts.length - 1] !== c.text) texts.push(c.text);
  draft.header = texts.join(' ');

  const ownMatch = cells.find((c) => c.match?.type === 'own');
  if (ownMatch) {
    draft.kind = 'own';
    draft.level = 'own';
    draft.ownOutput = ownMatch.match!.output;
    draft.header = ownMatch.text;
    return draft;
  }

  let kindCell: HeaderCell | null = null;
  for (const c of own) if (c.match?.type === 'column') kindCell = c; // the lowest one wins
  const groupWord = own.find((c) => c.match?.type === 'group');
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
    if (m.level) {
      draft.level = m.level;
      draft.explicitLevel = true;
    }
  } else if (groupWord) {
    draft.kind = 'title';
    draft.level = groupWord.match!.level ?? null;
    draft.explicitLevel = true;
    draft.groupTitle = true;
    draft.header = groupWord.text;
  } else if (groupRowIndex !== null && own.length === 0) {
    // a group header with nothing under it names the level's title column (2022: "Prospettiva")
    const g = cells.find((c) => c.row === groupRowIndex && c.match?.type === 'group' && c.left === col);
    if (g) {
      draft.kind = 'title';
      draft.groupTitle = true;
      draft.header = g.text;
    }
  } else if (draft.level80 !== undefined) {
    draft.kind = 'threshold';
  } else if (draft.years.length > 0) {
    draft.kind = 'year';
  }
  if (draft.kind && ACTION_ONLY_KINDS.has(draft.kind as ColumnKind)) {
    draft.level = 'action';
    draft.explicitLevel = true;
  }
  return draft;
}

/** "Soglie 80% / 60%" in one unmerged cell: the next empty columns are the other soglie. */
function spreadThresholdLevels(drafts: Draft[]): void {
  for (const d of drafts) {
    if (!d.spreadLevels || d.kind !== 'threshold') continue;
    for (let i = 1; i < d.spreadLevels.length; i++) {
      const next = drafts[d.col + i];
      if (!next || next.kind !== null || next.header !== '') break;
      next.kind = 'threshold';
      next.level = 'action';
      next.level80 = d.spreadLevels[i];
      next.years = d.years;
      next.header = d.header;
    }
  }
}

/** Levels of code columns without a group or qualifier: right to left action, operational, strategic. */
function assignCodeLevels(drafts: Draft[]): void {
  const taken = new Set<Level | 'own'>();
  const loose: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'code') continue;
    if (d.level) taken.add(d.level);
    else loose.push(d);
  }
  const free = (['strategic', 'operational', 'action'] as Level[]).filter((l) => !taken.has(l));
  for (let i = loose.length - 1, j = free.length - 1; i >= 0; i--, j--) {
    loose[i].level = j >= 0 ? free[j] : null;
    loose[i].explicitLevel = j >= 0;
    if (j < 0) loose[i].kind = null;
  }
}

/** Columns without a level take the level of the nearest code / group-word column on their left. */
function assignBlockLevels(drafts: Draft[]): void {
  let current: Level | 'own' | null = null;
  const waiting: Draft[] = [];
  for (const d of drafts) {
    if (d.level && (d.kind === 'code' || d.groupTitle)) current = d.level;
    if (!d.level && d.kind) {
      if (current) d.level = current;
      else waiting.push(d);
    }
    if (current && waiting.length > 0) {
      for (const w of waiting) w.level = current;
      waiting.length = 0;
    }
  }
}

function toRole(d: Draft, drafts: Draft[]): ColumnRole | null {
  if (!d.kind || !d.level || d.level === 'own' || d.kind === 'own' || d.kind === 'year') return null;
  if (d.level === 'action' && d.kind === 'result' && !d.strongResult) {
    // 2020 annex: the "Risultato" right after an action's Peso is the action's percentage (output)
    const left = drafts[d.col - 1];
    if (left && left.level === 'action' && left.kind === 'weight') return 'action.output';
  }
  return VALID[d.level][d.kind] ?? null;
}

/** Bare year columns become targets of the nearest target column on their left, same level. */
function resolveYearColumns(drafts: Draft[], roles: (ColumnRole | null)[]): void {
  let lastTarget: ColumnRole | null = null;
  let lastLevel: Level | 'own' | null = null;
  for (const d of drafts) {
    const role = roles[d.col];
    if (role === 'strategic.target' || role === 'action.target') {
      lastTarget = role;
      lastLevel = d.level;
    } else if (d.kind === 'year' && lastTarget && (d.level === null || d.level === lastLevel)) {
      roles[d.col] = lastTarget;
    }
  }
}

/** Targets without a year in a level that has year columns get the first unused year. */
function fillTargetYears(infos: ColumnInfo[]): void {
  for (const prefix of ['strategic.', 'action.']) {
    const ofLevel = infos.filter((c) => c.role.startsWith(prefix));
    const years = new Set<number>();
    for (const c of ofLevel) if (c.year !== undefined) years.add(c.year);
    if (years.size === 0) continue;
    const targetRole = `${prefix}target`;
    const used = new Set(ofLevel.filter((c) => c.role === targetRole && c.year !== undefined).map((c) => c.year!));
    const sorted = [...years].sort((a, b) => a - b);
    for (const c of ofLevel) {
      if (c.role !== targetRole || c.year !== undefined) continue;
      const free = sorted.find((y) => !used.has(y));
      if (free === undefined) continue;
      c.year = free;
      used.add(free);
    }
  }
}

export interface HeaderBlockRows {
  rows: HeaderRowInfo[];
  groupRow: HeaderRowInfo | null;
  width: number;
}

/** The columns the reader recognises in a header block; unknown columns are left out. */
export function columnRoles(block: HeaderBlockRows): ColumnInfo[] {
  const { rows, groupRow, width } = block;
  const spans = groupSpans(groupRow, width);
  const byCol = cellsByColumn(rows, width);
  const drafts = byCol.map((cells, col) => draftColumn(col, cells, groupRow ? groupRow.row : null, spans[col]));
  spreadThresholdLevels(drafts);
  assignCodeLevels(drafts);
  assignBlockLevels(drafts);
  const roles = drafts.map((d) => toRole(d, drafts));
  resolveYearColumns(drafts, roles);

  const infos: ColumnInfo[] = [];
  for (const d of drafts) {
    if (d.kind === 'own') {
      infos.push({ col: d.col, role: 'own', header: d.header, output: d.ownOutput });
      continue;
    }
    const role = roles[d.col];
    if (!role) continue;
    const info: ColumnInfo = { col: d.col, role, header: d.header };
    if (role === 'action.threshold' && d.level80 !== undefined) info.level = d.level80;
    if (d.years.length > 0 && (role.endsWith('.target') || role === 'action.threshold' || role === 'action.result')) {
      info.year = d.years[0];
    }
    infos.push(info);
  }
  fillTargetYears(infos);
  return infos;
}
