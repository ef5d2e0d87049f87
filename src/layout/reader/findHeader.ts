/**
 * Finds the cruscotto's header block in the first rows of a sheet: 1 to 4 rows (group headers,
 * column headers, years / "Soglie", "80%" / "60%"), anywhere in the first 30 rows. Used by the
 * reader and to pick which sheet of a workbook is the cruscotto.
 */
import { YEARLESS_PLAN_YEAR } from '../planYear';
import type { ColumnInfo, SheetGrid, SheetLayout } from '../types';
import { headerColumns } from './columnRoles';
import { gridWidth, headerRow, isSubHeaderRow, type HeaderRowInfo } from './headerCells';
import { MergeIndex } from './merges';

/** How far down the header block may start. */
export const HEADER_SEARCH_ROWS = 30;
/** At most this many header rows. */
export const MAX_HEADER_ROWS = 4;

function startsHeader(info: HeaderRowInfo): boolean {
  return info.groups >= 2 || info.columns >= 3 || (info.groups >= 1 && info.columns >= 2);
}

/** Enough wording for a header row: mostly recognised cells (unknown extra columns are allowed). */
function isColumnRow(info: HeaderRowInfo): boolean {
  return info.columns >= 2 && info.unmatched <= Math.max(1, Math.floor(info.columns / 2));
}

/**
 * The columns a cruscotto needs: the scored row's code, title or indicator (the KPI column of a sheet
 * whose scored rows are indicators) and a target.
 */
export function hasRequiredColumns(columns: ColumnInfo[]): boolean {
  const has = (role: string) => columns.some((c) => c.role === role);
  return (has('action.code') || has('action.title') || has('action.kpi')) && has('action.target');
}

/** First year of the target columns (actions first, then strategic objectives). */
export function firstYear(columns: ColumnInfo[]): number | null {
  for (const role of ['action.target', 'strategic.target', 'action.threshold']) {
    const years = columns.filter((c) => c.role === role && c.year !== undefined).map((c) => c.year!);
    if (years.length > 0) return Math.min(...years);
  }
  return null;
}

export interface HeaderSearch {
  layout: SheetLayout;
  merges: MergeIndex;
  width: number;
}

/** The header block and its columns, with the merge index built on the way (used by the reader). */
export function searchHeader(grid: SheetGrid, planYear?: number): HeaderSearch | null {
  const merges = new MergeIndex(grid);
  const last = Math.min(grid.cells.length, HEADER_SEARCH_ROWS + MAX_HEADER_ROWS);
  if (last === 0) return null;
  const width = gridWidth(grid, 0, last - 1);
  const infos: HeaderRowInfo[] = [];
  for (let r = 0; r < last; r++) infos.push(headerRow(grid, merges, r, width));

  for (let top = 0; top < Math.min(last, HEADER_SEARCH_ROWS); top++) {
    if (!startsHeader(infos[top])) continue;
    // a lone group row just above ("Azioni" only) belongs to the block too
    let start = top;
    if (top > 0 && infos[top - 1].groups >= 1 && isSubHeaderRow(infos[top - 1])) start = top - 1;
    let bottom = top;
    while (bottom + 1 < last && bottom + 1 - start < MAX_HEADER_ROWS) {
      const next = infos[bottom + 1];
      if (!(isSubHeaderRow(next) || isColumnRow(next))) break;
      bottom++;
    }
    const rows = infos.slice(start, bottom + 1);
    const first = rows[0];
    const groupRow =
      rows.length > 1 && first.groups >= 1 && rows[1].columns >= 2 && rows[1].columns > first.columns ? first : null;
    const { columns, levelNames } = headerColumns({ rows, groupRow, width });
    if (!hasRequiredColumns(columns)) continue;
    const year = firstYear(columns);
    const layout: SheetLayout = {
      headerTop: start,
      headerBottom: bottom,
      columns,
      repeatedHeaderRows: [],
      // provisional: readCruscotto decides the plan year (../planYear)
      planYear: planYear ?? year ?? YEARLESS_PLAN_YEAR,
    };
    if (levelNames) layout.levelNames = levelNames;
    return {
      layout,
      merges,
      width,
    };
  }
  return null;
}

/**
 * The sheet's header block and logical columns, or null when the sheet is not a cruscotto.
 * `planYear` defaults to the first year of the target columns (readCruscotto decides the run's plan year).
 * Repeated header blocks further down are listed by readCruscotto, not here.
 */
export function findHeader(grid: SheetGrid, options: { planYear?: number } = {}): SheetLayout | null {
  return searchHeader(grid, options.planYear)?.layout ?? null;
}
