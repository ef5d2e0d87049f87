/**
 * Header blocks repeated further down the sheet (page breaks of a printed cruscotto) are skipped.
 * A row is a repeat when it compares with the header rows found at the top (same texts in the same
 * columns, see headerTemplate.ts); the rows that follow it in the block ("2022 2023", "Soglie",
 * "80% 60%") go with it. A block typed again in other words (the Sondrio 2022 plan moves "Relatore"
 * and "Soglie" on its second page) is still recognised by its header wording: header words in a key
 * column and almost nothing else, where cells that repeat the top header (unknown extra columns) count
 * as header cells and bare numbers ("80%", "2023") do not, since data rows hold them too.
 */
import type { SheetGrid } from '../types';
import { cellAt, cellText } from './cellText';
import { headerRow, isSubHeaderRow, type HeaderRowInfo } from './headerCells';
import { continuesHeader, mayBeHeaderWording, repeatsHeader, type HeaderTemplate } from './headerTemplate';
import { matchHeader } from './matchHeader';
import type { MergeIndex } from './merges';

/** A block typed again may hold one unknown cell per this many header words (years moved under other columns). */
const UNKNOWN_PER_HEADER = 4;

export class RepeatedHeaderDetector {
  private inBlock = false;
  private readonly keyColumns: number[];

  constructor(
    private readonly grid: SheetGrid,
    private readonly merges: MergeIndex,
    private readonly width: number,
    keyColumns: (number | undefined)[],
    private readonly template: HeaderTemplate,
  ) {
    this.keyColumns = keyColumns.filter((c): c is number => c !== undefined);
  }

  /**
   * Cells that are neither header words nor the top header's text in their column. Bare years and
   * levels count too unless they repeat the top header: "80%" or "2023" is also a value in a data row.
   */
  private unknownCells(info: HeaderRowInfo): number {
    let n = 0;
    for (const cell of info.cells) {
      if (cell.col !== cell.left) continue;
      if (cell.match && cell.match.type !== 'attributes') continue;
      if (!this.template.agreesAt(cell.left, cell.right, cell.text)) n++;
    }
    return n;
  }

  /** True when the row belongs to a repeated header block. Call once per row, in order. */
  isHeaderRow(row: number): boolean {
    const comparison = this.template.compare(row);
    if (repeatsHeader(comparison) || (this.inBlock && continuesHeader(comparison))) {
      this.inBlock = true;
      return true;
    }
    // header wording in one of the key columns (code, title, target, perspective)
    const candidate = this.keyColumns.some((c) => {
      const text = cellText(cellAt(this.grid.cells, row, c));
      if (!mayBeHeaderWording(text)) return false;
      const m = matchHeader(text);
      return m !== null && m.type !== 'attributes';
    });
    if (!candidate && !this.inBlock) return false;
    const info = headerRow(this.grid, this.merges, row, this.width);
    const headers = info.groups + info.columns;
    if (candidate && headers >= 2 && this.unknownCells(info) <= Math.floor(headers / UNKNOWN_PER_HEADER)) {
      this.inBlock = true;
      return true;
    }
    if (this.inBlock && isSubHeaderRow(info)) return true;
    this.inBlock = false;
    return false;
  }

  /** An empty row ends a header block. */
  reset(): void {
    this.inBlock = false;
  }
}
