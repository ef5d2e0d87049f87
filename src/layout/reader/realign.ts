/**
 * A header row shifted right of its data (fuzz finding: cells inserted in the header row, or a header
 * typed one or two cells off): every header then sits over its left neighbour's data and the reader would
 * read strategic titles, targets and weights from the wrong columns. The header's columns are moved back
 * over the data they fit (codes under "cod.", percentages under "peso", texts under "descrizione") when
 * that fits clearly better, and a warning points at the header cells; a key column that still reads
 * nothing while a neighbour has data gets a warning at its header cell.
 *
 * The choice is a small dynamic programme over the header's columns in order: each is read at 0, 1 or 2
 * columns to its left, data columns stay in order and distinct, and every change of shift costs
 * SHIFT_COST (so one lucky column never moves a header).
 */
import type { ColumnInfo, SheetGrid, SheetLayout } from '../types';
import { columnLetter } from '../address';
import { columnProfiles, fit, type ColumnProfile } from './dataProfile';
import { quoted, type DiagnosticList } from './diagnostics';

const SHIFTS = [0, 1, 2];
const SHIFT_COST = 1.5;

interface Step {
  score: number;
  prev: number;
}

/** Best shift per column (columns sorted by col). */
function bestShifts(columns: ColumnInfo[], profiles: ColumnProfile[]): number[] {
  const n = columns.length;
  const table: Step[][] = [];
  for (let i = 0; i < n; i++) {
    const row: Step[] = [];
    for (const s of SHIFTS) {
      const data = columns[i].col - s;
      if (data < 0) {
        row.push({ score: -Infinity, prev: -1 });
        continue;
      }
      const gain = fit(columns[i].role, profiles[data]);
      let best: Step = { score: -Infinity, prev: -1 };
      if (i === 0) best = { score: gain - (s === 0 ? 0 : SHIFT_COST), prev: -1 };
      else {
        for (const p of SHIFTS) {
          const before = table[i - 1][p];
          if (before.score === -Infinity || columns[i - 1].col - p >= data) continue;
          const score = before.score + gain - (p === s ? 0 : SHIFT_COST);
          if (score > best.score) best = { score, prev: p };
        }
      }
      row.push(best);
    }
    table.push(row);
  }
  const shifts = new Array<number>(n).fill(0);
  if (n === 0) return shifts;
  let s = 0;
  for (const t of SHIFTS) if (table[n - 1][t].score > table[n - 1][s].score) s = t;
  for (let i = n - 1; i >= 0; i--) {
    shifts[i] = s;
    s = table[i][s].prev;
  }
  return shifts;
}

/** The header row of a column: the lowest header row with text in it. */
function headerRowOf(grid: SheetGrid, layout: SheetLayout, col: number): number {
  for (let r = layout.headerBottom; r > layout.headerTop; r--) {
    const v = grid.cells[r]?.[col]?.value;
    if (v !== null && v !== undefined && v !== '') return r;
  }
  return layout.headerTop;
}

const KEY_ROLES = new Set(['perspective.title', 'strategic.code', 'strategic.title', 'operational.code', 'operational.title', 'action.code', 'action.title', 'action.target']);

/** Moves the layout's columns over their data when the header is shifted right; warns at the header cells. */
export function realignColumns(grid: SheetGrid, layout: SheetLayout, width: number, diags: DiagnosticList): void {
  // the user's input columns only: figure columns (the add-in's own, "% raggiungimento") stay where they are
  const columns = layout.columns.filter((c) => c.io !== 'output').sort((a, b) => a.col - b.col);
  const profiles = columnProfiles(grid, layout.headerBottom + 1, width);
  const shifts = bestShifts(columns, profiles);
  let runStart = -1;
  for (let i = 0; i <= columns.length; i++) {
    const s = i < columns.length ? shifts[i] : 0;
    if (runStart >= 0 && (i === columns.length || s !== shifts[runStart])) {
      const first = columns[runStart];
      const last = columns[i - 1];
      const k = shifts[runStart];
      const from = columnLetter(first.col - k);
      const to = columnLetter(last.col - k);
      diags.warning(
        'header-shifted',
        headerRowOf(grid, layout, first.col),
        first.col,
        `${last !== first ? `le intestazioni da ${quoted(first.header)} a ${quoted(last.header)} sono spostate` : `l'intestazione ${quoted(first.header)} è spostata`} di ${k === 1 ? 'una colonna' : `${k} colonne`} a destra rispetto ai dati: si leggono i dati ${from === to ? `della colonna ${from}` : `delle colonne ${from}-${to}`}. Controllare l'intestazione (celle inserite o spostate?)`,
      );
      runStart = -1;
    }
    if (i < columns.length && s !== 0 && runStart < 0) runStart = i;
  }
  const moved = new Map<ColumnInfo, number>();
  columns.forEach((c, i) => moved.set(c, c.col - shifts[i]));
  layout.columns = layout.columns.map((c) => {
    const col = moved.get(c);
    return col === undefined || col === c.col ? c : { ...c, col };
  });

  // a key column that still reads nothing while a neighbour has data
  const used = new Set(layout.columns.map((c) => c.col));
  for (const c of layout.columns) {
    if (!KEY_ROLES.has(c.role) || (profiles[c.col]?.filled ?? 0) > 0) continue;
    const neighbour = [c.col - 1, c.col + 1, c.col - 2, c.col + 2].find((n) => n >= 0 && !used.has(n) && (profiles[n]?.filled ?? 0) > 0);
    if (neighbour === undefined) continue;
    diags.warning(
      'column-empty',
      headerRowOf(grid, layout, c.col),
      c.col,
      `la colonna ${quoted(c.header)} non ha dati, mentre la colonna ${columnLetter(neighbour)} accanto ne ha: l'intestazione potrebbe essere spostata rispetto ai dati`,
    );
  }
}
