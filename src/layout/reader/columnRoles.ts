/**
 * From the header block (1 to 4 rows) to the logical columns of the sheet.
 *
 * Rules:
 * - What each column's header cells say: columnDrafts.ts. Without group headers the level comes from
 *   the code columns: a lone "cod." is the action code; with several, they are read right to left as
 *   action, operational, strategic; every other column takes the level of the nearest code (or
 *   group-word) column on its left.
 * - The sheet's level words take the engine's slots as levelSlots.ts decides (the level of the last
 *   target is the scored one, 'action'); layout.levelNames keeps the sheet's words.
 * - Which "Risultato" is measured and which is an output: measuredResult.ts.
 * - Years: "Target" over 2022 / 2023 / 2024 gives one target column per year; a bare year column
 *   belongs to the nearest target on its left; a target without a year takes the first year of its
 *   level that no other target column has. Soglie without a year belong to the first year.
 * - Baseline: last year's value, the reference of relative targets ("+10% su 2017") and of the 'progresso'
 *   method; its header's year ("Target storico di riferimento (anno 2018)") is kept, never taken as a plan year.
 * - Scostamento, Note: columns of the scored rows, read as the user's input and never scored.
 * - io: 'output' for the levels' figures (the result columns above the scored level and the ones
 *   measuredResult.ts names, "% raggiungimento", "Esito", "Performance") and the add-in's own
 *   columns; 'input' for everything the user types.
 */
import type { Level } from '../../engine/types';
import type { ColumnInfo, ColumnRole, SheetLayout } from '../types';
import { draftColumn, groupSpans, spreadThresholdLevels, type Draft, type Kind } from './columnDrafts';
import type { HeaderCell, HeaderRowInfo } from './headerCells';
import { resolveLevelSlots, type TierUse } from './levelSlots';
import { outputResultColumns } from './measuredResult';

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
  // five-level sheets: the Azione over its weighted Indicatori (engine Level 'leafGroup')
  leafGroup: {
    code: 'leafGroup.code',
    title: 'leafGroup.title',
    weight: 'leafGroup.weight',
    output: 'leafGroup.output',
    result: 'leafGroup.output',
  },
  action: {
    code: 'action.code',
    title: 'action.title',
    weight: 'action.weight',
    kpi: 'action.kpi',
    target: 'action.target',
    targetInterim: 'action.targetInterim',
    threshold: 'action.threshold',
    result: 'action.result',
    output: 'action.output',
    override: 'action.override',
    motivation: 'action.motivation',
    status: 'action.status',
    direction: 'action.direction',
    method: 'action.method',
    owner: 'action.owner',
    // DFP Linee guida 3/2018: baseline (read: relative targets, method 'progresso'), scostamento (read and shown, never scored)
    baseline: 'action.baseline',
    deviation: 'action.deviation',
    note: 'action.note',
  },
};

function cellsByColumn(rows: HeaderRowInfo[], width: number): HeaderCell[][] {
  const byCol: HeaderCell[][] = Array.from({ length: width }, () => []);
  for (const row of rows) for (const cell of row.cells) if (cell.col < width) byCol[cell.col].push(cell);
  return byCol;
}

/** The sheet's level words take their slots; the columns of each word take its slot. */
function resolveTiers(drafts: Draft[]): SheetLayout['levelNames'] {
  const uses: TierUse[] = [];
  for (const d of drafts) {
    if (d.tier) uses.push({ name: d.tier, start: d.col, latent: false });
    else if (d.latentTier && d.kind === 'kpi' && !d.level) uses.push({ name: d.latentTier, start: d.col, latent: true });
  }
  if (uses.length === 0) return undefined;
  let lastMeasure: number | null = null;
  for (const kinds of [['target'], ['result', 'threshold']]) {
    for (const d of drafts) if (d.kind && kinds.includes(d.kind)) lastMeasure = d.col;
    if (lastMeasure !== null) break;
  }
  const { slots, promoted } = resolveLevelSlots(uses, lastMeasure);
  for (const d of drafts) {
    if (d.tier) {
      const slot = slots.get(d.tier) ?? null;
      d.level = slot;
      d.tier = null;
      if (!slot) d.kind = null; // a level the engine has no slot for
    } else if (promoted && d.latentTier === promoted && d.kind === 'kpi' && !d.level) {
      d.level = 'action';
      d.blockStart = true;
    }
  }
  const names: NonNullable<SheetLayout['levelNames']> = {};
  for (const u of uses) {
    const slot = slots.get(u.name);
    if (slot && names[slot] === undefined && (!u.latent || u.name === promoted)) names[slot] = u.name;
  }
  return Object.keys(names).length > 0 ? names : undefined;
}

/**
 * Levels of code columns without a group or qualifier: right to left action, operational, strategic; a
 * fourth loose code column (five-level sheets) is the level above the scored rows, right of the operational one.
 */
function assignCodeLevels(drafts: Draft[]): void {
  const taken = new Set<Level | 'own'>();
  const loose: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'code') continue;
    if (d.level) taken.add(d.level);
    else loose.push(d);
  }
  let free = (['strategic', 'operational', 'action'] as Level[]).filter((l) => !taken.has(l));
  if (loose.length > free.length && !taken.has('leafGroup')) free = (['strategic', 'operational', 'leafGroup', 'action'] as Level[]).filter((l) => !taken.has(l));
  for (let i = loose.length - 1, j = free.length - 1; i >= 0; i--, j--) {
    loose[i].level = j >= 0 ? free[j] : null;
    if (j < 0) loose[i].kind = null;
  }
}

/** Columns without a level take the level of the nearest code / group-word column on their left. */
function assignBlockLevels(drafts: Draft[]): void {
  let current: Level | 'own' | null = null;
  const waiting: Draft[] = [];
  for (const d of drafts) {
    if (d.level && (d.kind === 'code' || d.groupTitle || d.blockStart)) current = d.level;
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

function toRole(d: Draft, outputResults: Set<number>): ColumnRole | null {
  if (!d.kind || !d.level || d.level === 'own' || d.kind === 'own' || d.kind === 'year') return null;
  if (d.level === 'action' && d.kind === 'result' && outputResults.has(d.col)) return 'action.output';
  return VALID[d.level][d.kind] ?? null;
}

/** 'output': a figure column (a level's percentage or esito, the add-in's own); 'input': typed by the user. */
export function ioOf(role: ColumnRole): 'input' | 'output' {
  return role === 'own' || role.endsWith('.output') ? 'output' : 'input';
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
    // a baseline's year ("Target storico (anno 2018)") is last year's, never a plan year of the targets
    const ofLevel = infos.filter((c) => c.role.startsWith(prefix) && c.role !== 'action.baseline');
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

export interface HeaderColumns {
  columns: ColumnInfo[];
  /** the sheet's own names of its levels */
  levelNames?: SheetLayout['levelNames'];
}

/** The columns the reader recognises in a header block, and the sheet's names of its levels. */
export function headerColumns(block: HeaderBlockRows): HeaderColumns {
  const { rows, groupRow, width } = block;
  const byCol = cellsByColumn(rows, width);
  const groups = groupSpans(groupRow, byCol, width);
  const drafts = byCol.map((cells, col) => draftColumn(col, cells, groups, groupRow ? groupRow.row : null));
  spreadThresholdLevels(drafts);
  const levelNames = resolveTiers(drafts);
  assignCodeLevels(drafts);
  assignBlockLevels(drafts);
  const outputResults = outputResultColumns(drafts);
  const roles = drafts.map((d) => toRole(d, outputResults));
  resolveYearColumns(drafts, roles);

  const infos: ColumnInfo[] = [];
  for (const d of drafts) {
    if (d.kind === 'own') {
      infos.push({ col: d.col, role: 'own', io: 'output', header: d.header, output: d.ownOutput });
      continue;
    }
    const role = roles[d.col];
    if (!role) continue;
    const info: ColumnInfo = { col: d.col, role, io: ioOf(role), header: d.header };
    if (role === 'action.threshold' && d.level80 !== undefined) info.level = d.level80;
    if (d.years.length > 0 && (role.endsWith('.target') || role === 'action.threshold' || role === 'action.result' || role === 'action.baseline')) {
      info.year = d.years[0];
    }
    infos.push(info);
  }
  fillTargetYears(infos);
  return levelNames ? { columns: infos, levelNames } : { columns: infos };
}

/** The columns the reader recognises in a header block; unknown columns are left out. */
export function columnRoles(block: HeaderBlockRows): ColumnInfo[] {
  return headerColumns(block).columns;
}
