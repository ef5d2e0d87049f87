/**
 * Where each figure goes: the sheet's own result columns ('<level>.output', as in the 2020 annex),
 * the add-in's columns from an earlier run ('own'), or new own columns appended at the right.
 */
import type { Level } from '../../engine/types';
import { OWN_COLUMN_HEADERS } from '../outputColumns';
import type { ColumnRole, OutputKind, SheetGrid, SheetLayout } from '../types';

export interface OutputColumn {
  kind: OutputKind;
  col: number;
  /** true for the add-in's own column (existing or appended), false for the sheet's result column */
  own: boolean;
  /** true when this run appends it (its header cells must be written) */
  appended: boolean;
  header: string;
}

const OUTPUT_ROLE_KIND: Partial<Record<ColumnRole, OutputKind>> = {
  'action.output': 'action.achievement',
  'operational.output': 'operational.achievement',
  'strategic.output': 'strategic.achievement',
  'perspective.output': 'perspective.achievement',
};

/** Kinds that hold a percentage (the others hold text). */
export function isPercentKind(kind: OutputKind): boolean {
  return kind !== 'action.esito' && kind !== 'esito';
}

/** Level whose figure a column kind holds. */
export function levelOfKind(kind: OutputKind): Level {
  if (kind === 'esito') return 'action';
  return kind.slice(0, kind.indexOf('.')) as Level;
}

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** Index of the right-most column holding anything (a value, a merge, a recognised header); -1 for an empty sheet. */
export function lastUsedColumn(grid: SheetGrid | null, layout: SheetLayout): number {
  let last = -1;
  for (const c of layout.columns) last = Math.max(last, c.col);
  if (grid) {
    for (const row of grid.cells) {
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) {
        if (row[c] && !isEmptyValue(row[c].value)) {
          last = c;
          break;
        }
      }
    }
    for (const m of grid.merges) last = Math.max(last, m.right);
  }
  return last;
}

/**
 * The output columns of this run, in column order. `needed` lists the kinds the tree has figures for;
 * an existing own column is always kept (so a second run writes the same cells), a missing needed kind
 * without a sheet column is appended at the right in OWN_COLUMN_HEADERS order.
 */
export function resolveOutputColumns(layout: SheetLayout, needed: ReadonlySet<OutputKind>, grid: SheetGrid | null): OutputColumn[] {
  const out: OutputColumn[] = [];
  const covered = new Set<OutputKind>();
  for (const info of layout.columns) {
    if (info.role === 'own') {
      if (!info.output) continue;
      out.push({ kind: info.output, col: info.col, own: true, appended: false, header: info.header });
      covered.add(info.output);
      continue;
    }
    const kind = OUTPUT_ROLE_KIND[info.role];
    if (kind) {
      out.push({ kind, col: info.col, own: false, appended: false, header: info.header });
      covered.add(kind);
    }
  }
  let next = lastUsedColumn(grid, layout) + 1;
  for (const { output, header } of OWN_COLUMN_HEADERS) {
    if (!needed.has(output) || covered.has(output)) continue;
    out.push({ kind: output, col: next++, own: true, appended: true, header });
    covered.add(output);
  }
  return out.sort((a, b) => a.col - b.col);
}

/** The column where a node's figure is shown (and where notes and report cells point): the sheet's own first, then ours. */
export function primaryColumn(columns: OutputColumn[], kind: OutputKind): OutputColumn | null {
  const candidates = columns.filter((c) => c.kind === kind);
  return candidates.find((c) => !c.own) ?? candidates[0] ?? null;
}
