/**
 * What the reader understood, in the form of a column mapping: every column of the header block up to
 * the last one with a header (and any recognised column beyond), with its header text and its role;
 * the columns the reader does not use are 'ignore' ("non usata").
 */
import type { ColumnInfo, ColumnMapping, MappedColumn, SheetGrid, SheetLayout } from '../types';
import { MergeIndex } from '../reader/merges';
import { columnHeaderText, lastHeaderColumn } from './headerText';

function mappedColumn(col: number, header: string, info: ColumnInfo | undefined): MappedColumn {
  if (!info) return { col, header, role: 'ignore' };
  const out: MappedColumn = { col, header, role: info.role };
  if (info.role === 'action.threshold' && info.level !== undefined) out.thresholdLevel = info.level;
  if (info.year !== undefined) out.year = info.year;
  return out;
}

export function describeLayout(layout: SheetLayout, grid: SheetGrid): ColumnMapping {
  const merges = new MergeIndex(grid);
  const { headerTop, headerBottom } = layout;
  const byCol = new Map<number, ColumnInfo>();
  // a column without a valid index (never from the reader) cannot be described
  const infos = layout.columns.filter((c) => Number.isInteger(c.col) && c.col >= 0);
  for (const info of infos) if (!byCol.has(info.col)) byCol.set(info.col, info);
  let last = lastHeaderColumn(grid, headerTop, headerBottom);
  for (const info of infos) last = Math.max(last, info.col);
  const columns: MappedColumn[] = [];
  for (let col = 0; col <= last; col++) {
    columns.push(mappedColumn(col, columnHeaderText(grid, merges, headerTop, headerBottom, col), byCol.get(col)));
  }
  return { version: 1, sheet: grid.name, headerTop, headerBottom, columns };
}
