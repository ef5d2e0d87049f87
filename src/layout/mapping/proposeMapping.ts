/**
 * A best-effort column mapping for a sheet the detection did not recognise, for the user to correct:
 * the guessed header rows, and for each column the role its header words suggest (the reader's own
 * reading of those rows first, then the words of each cell), 'ignore' otherwise. A role already given
 * to a column on the left is not given again.
 */
import type { Level } from '../../engine/types';
import type { ColumnKind } from '../reader/vocabulary';
import type { ColumnInfo, ColumnMapping, MappedColumn, SheetGrid } from '../types';
import { columnRoles } from '../reader/columnRoles';
import { matchHeader } from '../reader/matchHeader';
import { MergeIndex } from '../reader/merges';
import { groupRowOf } from './groupRow';
import { ACTION_ONLY_KINDS } from '../reader/vocabulary';
import { roleKey } from './checkMapping';
import { guessHeaderRows } from './guessHeaderRows';
import { headerPieces, lastHeaderColumn, type HeaderPiece } from './headerText';
import { isMappingRole, type MappingRole } from './roles';

const SEPARATORS = /[/()\-:;,|–]+/;

interface Words {
  kind: ColumnKind | 'own' | null;
  level: Level | null;
}

/** What a header text says: a column word ("peso") and the level a qualifier or a group word names. */
function wordsOf(text: string): Words {
  const out: Words = { kind: null, level: null };
  for (const part of [text, ...text.split(SEPARATORS)]) {
    const m = matchHeader(part.trim());
    if (!m) continue;
    if (m.type === 'own') return { kind: 'own', level: null };
    if (m.type === 'column' && m.column) {
      out.kind ??= m.column;
      if (m.level && m.level !== 'own') out.level ??= m.level;
    } else if (m.type === 'group' && m.level && m.level !== 'own') {
      out.level ??= m.level;
    }
  }
  return out;
}

function roleOf(kind: ColumnKind, level: Level | null): MappingRole | null {
  const role = `${ACTION_ONLY_KINDS.has(kind) ? 'action' : level ?? 'action'}.${kind}`;
  return isMappingRole(role) ? role : null;
}

/** The role a header text suggests ("peso azione" → action.weight, "Obiettivi strategici" → strategic.title). */
export function roleFromWords(text: string): MappingRole | null {
  const w = wordsOf(text);
  if (w.kind === 'own') return 'own';
  if (w.kind) return roleOf(w.kind, w.level);
  return w.level ? roleOf('title', w.level) : null;
}

/**
 * A column the reader's reading of the rows left without a role: the kind from the column's own cells
 * (lowest first), the level from them or else from a group header above it ("Azioni" over "Peso %").
 */
function guessColumn(pieces: HeaderPiece[], col: number): MappingRole | null {
  const own = pieces.filter((p) => p.col === col);
  const whole = wordsOf(pieces.map((p) => p.text).join(' '));
  for (const p of [...own].reverse()) {
    const w = wordsOf(p.text);
    if (w.kind === 'own') return null;
    if (w.kind) return roleOf(w.kind, w.level ?? whole.level);
    // a group header of its own with nothing under it names the level's title column
    if (w.level && p === own[own.length - 1]) return roleOf('title', w.level);
  }
  return null;
}

function fromInfo(col: number, header: string, info: ColumnInfo): MappedColumn {
  const out: MappedColumn = { col, header, role: info.role };
  if (info.role === 'action.threshold' && info.level !== undefined) out.thresholdLevel = info.level;
  if (info.year !== undefined) out.year = info.year;
  return out;
}

export function proposeMapping(grid: SheetGrid): ColumnMapping | null {
  const merges = new MergeIndex(grid);
  const rows = guessHeaderRows(grid, merges);
  if (!rows) return null;
  const { top, bottom, infos } = rows;
  const groupRow = groupRowOf(infos);
  const last = Math.max(lastHeaderColumn(grid, top, bottom), 0);
  const width = Math.max(rows.width, last + 1);
  const detected = new Map<number, ColumnInfo>();
  for (const info of columnRoles({ rows: infos, groupRow, width })) detected.set(info.col, info);

  const taken = new Set<string>();
  const columns: MappedColumn[] = [];
  for (let col = 0; col <= last; col++) {
    const pieces = headerPieces(grid, merges, top, bottom, col);
    const header = pieces.map((p) => p.text).join(' ');
    const info = detected.get(col);
    let column: MappedColumn = info ? fromInfo(col, header, info) : { col, header, role: 'ignore' };
    if (!info) {
      // the column's own cells, else its whole header read together ("Valore" over "atteso": «Valore atteso»)
      const whole = pieces.length > 1 ? wordsOf(header) : null;
      const role = guessColumn(pieces, col) ?? (whole?.kind && whole.kind !== 'own' ? roleOf(whole.kind, whole.level) : null);
      if (role) column = { col, header, role };
    }
    const key = roleKey(column);
    if (key !== null && taken.has(key)) column = { col, header, role: 'ignore' };
    else if (key !== null) taken.add(key);
    columns.push(column);
  }
  return { version: 1, sheet: grid.name, headerTop: top, headerBottom: bottom, columns };
}
