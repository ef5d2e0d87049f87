/**
 * The reader's header search answered by a saved column mapping instead of the detection: the same
 * HeaderSearch shape searchHeader returns (layout, merge index, width), with layout.fromMapping set.
 */
import type { ColumnMapping, SheetGrid, SheetLayout } from '../types';
import { headerColumns } from '../reader/columnRoles';
import { HEADER_SEARCH_ROWS, MAX_HEADER_ROWS, type HeaderSearch } from '../reader/findHeader';
import { gridWidth, headerRow } from '../reader/headerCells';
import { MergeIndex } from '../reader/merges';
import { groupRowOf } from './groupRow';
import { layoutFromMapping } from './layoutFromMapping';
import { asDiagnosticText } from './messages';

export type MappedSearch = { ok: true; search: HeaderSearch } | { ok: false; message: string; cell: string | null; /** the message after "Foglio: " */ diagnostic: string };

/** `fallbackYear`: the layout's year when no target column has one (the reader passes the current year). */
export function searchFromMapping(grid: SheetGrid, mapping: ColumnMapping, fallbackYear: number): MappedSearch {
  const fit = layoutFromMapping(grid, mapping, fallbackYear);
  if (!fit.ok) return { ok: false, message: fit.message, cell: fit.cell, diagnostic: asDiagnosticText(fit.message) };
  const last = Math.min(grid.cells.length, Math.max(HEADER_SEARCH_ROWS + MAX_HEADER_ROWS, fit.headerBottom + 1));
  let width = last > 0 ? gridWidth(grid, 0, last - 1) : 0;
  for (const c of fit.columns) width = Math.max(width, c.col + 1);
  const merges = new MergeIndex(grid);
  const layout: SheetLayout = {
    headerTop: fit.headerTop,
    headerBottom: fit.headerBottom,
    columns: fit.columns,
    repeatedHeaderRows: [],
    planYear: fit.planYear ?? fallbackYear,
    fromMapping: true,
  };
  const levelNames = sheetLevelNames(grid, merges, fit.headerTop, fit.headerBottom, width);
  if (levelNames) layout.levelNames = levelNames;
  return { ok: true, search: { layout, merges, width } };
}

/** The sheet's own names of its levels, read from the header rows as the detection reads them (for display). */
function sheetLevelNames(grid: SheetGrid, merges: MergeIndex, top: number, bottom: number, width: number): SheetLayout['levelNames'] {
  const rows = [];
  for (let r = top; r <= bottom; r++) rows.push(headerRow(grid, merges, r, width));
  return headerColumns({ rows, groupRow: groupRowOf(rows), width }).levelNames;
}
