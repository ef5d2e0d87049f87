/**
 * The rules a column mapping must follow, whatever it comes from (the pane, a JSON file, the settings):
 * each column once; the action's code, title (or indicator) and its target present; no role on two columns, except
 * targets, soglie and results of different years and soglie of different levels. Problems are Italian
 * and name the columns by letter.
 */
import { columnLetter } from '../address';
import type { MappedColumn } from '../types';
import { describeColumn } from './roleLabels';
import { FREE_ROLES, YEAR_ROLES } from './roles';

export interface MappingProblem {
  /** index in `columns` of the column at fault, null for the mapping as a whole */
  index: number | null;
  /** the field at fault in that column */
  field: 'col' | 'role' | null;
  /** Italian, names the columns by letter: "le colonne F e H hanno lo stesso ruolo «target (azione)»" */
  text: string;
}

/** Two columns may not share this key; null = any number of columns may have the role. */
export function roleKey(column: MappedColumn): string | null {
  if (FREE_ROLES.has(column.role)) return null;
  if (column.role === 'action.threshold') {
    // soglie without a level take the profile's levels by position: any number of them is fine
    if (column.thresholdLevel === undefined) return null;
    return `${column.role}|${column.year ?? ''}|${column.thresholdLevel}`;
  }
  return YEAR_ROLES.has(column.role) ? `${column.role}|${column.year ?? ''}` : column.role;
}

export function mappingProblems(columns: readonly MappedColumn[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const byCol = new Map<number, number>();
  const byRole = new Map<string, number>();
  columns.forEach((column, index) => {
    const letter = columnLetter(column.col);
    if (byCol.has(column.col)) {
      problems.push({ index, field: 'col', text: `la colonna ${letter} compare due volte` });
      return;
    }
    byCol.set(column.col, index);
    const key = roleKey(column);
    if (key === null) return;
    const other = byRole.get(key);
    if (other !== undefined) {
      const first = columnLetter(columns[other].col);
      problems.push({ index, field: 'role', text: `le colonne ${first} e ${letter} hanno lo stesso ruolo «${describeColumn(column)}»` });
      return;
    }
    byRole.set(key, index);
  });
  const has = (role: MappedColumn['role']) => columns.some((c) => c.role === role);
  // as the detection requires (src/layout/reader/findHeader.ts hasRequiredColumns): what names the scored row
  if (!has('action.code') && !has('action.title') && !has('action.kpi')) {
    problems.push({ index: null, field: null, text: "manca la colonna del codice o del titolo dell'azione (ruolo action.code o action.title)" });
  }
  if (!has('action.target')) {
    problems.push({ index: null, field: null, text: "manca la colonna del target dell'azione (ruolo action.target)" });
  }
  return problems;
}
