/**
 * Best guess of a sheet's header rows when the detection fails: the row among the first ones with the
 * most text cells (header words counting twice), with the rows just above and below it that look like header rows too (group headers,
 * years, "Soglie", "80% 60%"), at most MAX_HEADER_ROWS in all.
 */
import type { SheetGrid } from '../types';
import { isBlank } from '../reader/cellText';
import { HEADER_SEARCH_ROWS, MAX_HEADER_ROWS } from '../reader/findHeader';
import { gridWidth, headerRow, isSubHeaderRow, type HeaderRowInfo } from '../reader/headerCells';
import { isStrongHeader, matchHeader } from '../reader/matchHeader';
import type { MergeIndex } from '../reader/merges';

const WORDING = /^\p{L}/u;

/**
 * Text cells of a row (a merged area counts once): strings with a letter, not numbers or dates. Cells with
 * header wording count twice, so that a header row wins over a data row full of titles.
 */
function textScore(grid: SheetGrid, merges: MergeIndex, row: number): number {
  const cells = grid.cells[row];
  if (!cells) return 0;
  let n = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.value;
    if (typeof v !== 'string' || !/\p{L}/u.test(v) || merges.coveredBy(row, c)) continue;
    n += isStrongHeader(matchHeader(v)) ? 2 : 1;
  }
  return n;
}

function nonEmptyCells(grid: SheetGrid, row: number): number {
  let n = 0;
  for (const cell of grid.cells[row] ?? []) if (!isBlank(cell)) n++;
  return n;
}

/** Mostly header wording: recognised cells, and the others short words (a group name the vocabulary lacks). */
function looksLikeHeader(info: HeaderRowInfo): boolean {
  if (isSubHeaderRow(info)) return true;
  const matched = info.nonEmpty - info.unmatched;
  if (matched === 0 || info.unmatched > matched) return false;
  return info.cells.every((c) => c.match !== null || (c.text.length <= 40 && WORDING.test(c.text)));
}

/**
 * The second line of a header split over two rows ("Valore" merged over "atteso" | "minimo"): single words only,
 * each under a header cell (or a merged header) of the row above. A data row has numbers, or longer texts.
 */
function continuesHeader(grid: SheetGrid, merges: MergeIndex, row: number): boolean {
  const cells = grid.cells[row] ?? [];
  let words = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell)) continue;
    const v = cell?.value;
    if (typeof v !== 'string' || !/^\p{L}[\p{L}.%]*$/u.test(v.trim()) || v.trim().length > 20) return false;
    if (isBlank(merges.resolved(grid.cells, row - 1, c))) return false;
    words++;
  }
  return words > 0;
}

export interface GuessedRows {
  top: number;
  bottom: number;
  infos: HeaderRowInfo[];
  width: number;
}

/** The guessed header rows, or null when the sheet is empty. */
export function guessHeaderRows(grid: SheetGrid, merges: MergeIndex): GuessedRows | null {
  const rows = grid.cells.length;
  let best = -1;
  let bestCount = 0;
  const searched = Math.min(rows, HEADER_SEARCH_ROWS);
  for (let r = 0; r < searched; r++) {
    const n = textScore(grid, merges, r);
    if (n > bestCount) [best, bestCount] = [r, n];
  }
  // no text at the top: the first row holding anything
  if (best < 0) {
    for (let r = 0; r < rows && best < 0; r++) if (nonEmptyCells(grid, r) > 0) best = r;
  }
  if (best < 0) return null;
  // as wide as the detection looks (the first rows), and at least to the rows around the guess
  const width = Math.max(1, gridWidth(grid, 0, Math.min(rows - 1, Math.max(HEADER_SEARCH_ROWS + MAX_HEADER_ROWS, best + MAX_HEADER_ROWS))));
  const info = (r: number) => headerRow(grid, merges, r, width);
  let top = best;
  let bottom = best;
  const infos = [info(best)];
  while (bottom - top + 1 < MAX_HEADER_ROWS && top > 0) {
    const above = info(top - 1);
    if (above.nonEmpty === 0 || !looksLikeHeader(above)) break;
    infos.unshift(above);
    top--;
  }
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 < rows) {
    const below = info(bottom + 1);
    if (below.nonEmpty === 0 || !(looksLikeHeader(below) || continuesHeader(grid, merges, bottom + 1))) break;
    infos.push(below);
    bottom++;
  }
  return { top, bottom, infos, width };
}
