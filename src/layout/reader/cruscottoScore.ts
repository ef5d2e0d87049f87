/**
 * How much a sheet looks like a cruscotto, to choose the sheet of a workbook: 0 = not one (no header with
 * the scored rows' code or title and a target); higher = a better match. Pure: the grid only.
 *
 * Score = 1 + 2 per recognised column + 5 per usual input the sheet has (code, title, weight, target,
 * soglie, result of the scored rows; the levels above them) + 4·log2(1 + data rows with a target). The
 * columns weigh most, so a short list with a header-like row ("cod. | descrizione | target") placed before
 * the cruscotto scores lower than the cruscotto; the rows break ties between similar sheets.
 */
import type { SheetGrid } from '../types';
import { cellAt, isBlank } from './cellText';
import { searchHeader } from './findHeader';

const USUAL_ROLES = [
  'action.code',
  'action.title',
  'action.weight',
  'action.target',
  'action.threshold',
  'action.result',
  'operational.code',
  'operational.title',
  'strategic.title',
  'perspective.title',
];

export function cruscottoScore(grid: SheetGrid): number {
  const found = searchHeader(grid);
  if (!found) return 0;
  const { columns, headerBottom } = found.layout;
  const roles = new Set<string>(columns.map((c) => c.role));
  const recognised = columns.filter((c) => c.role !== 'own').length;
  const usual = USUAL_ROLES.filter((r) => roles.has(r)).length;
  const targets = columns.filter((c) => c.role === 'action.target').map((c) => c.col);
  let rows = 0;
  for (let r = headerBottom + 1; r < grid.cells.length; r++) {
    if (targets.some((c) => !isBlank(cellAt(grid.cells, r, c)))) rows++;
  }
  return 1 + 2 * recognised + 5 * usual + 4 * Math.log2(1 + rows);
}
