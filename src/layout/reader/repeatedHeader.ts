/**
 * Header blocks repeated further down the sheet (page breaks of a printed cruscotto): a row whose
 * key cells hold header wording, and the year / "Soglie" / "80%" rows that follow it, are skipped.
 */
import type { SheetGrid } from '../types';
import { cellAt, cellText } from './cellText';
import { headerRow, isSubHeaderRow } from './headerCells';
import { matchHeader } from './matchHeader';
import type { MergeIndex } from './merges';

/** Header wording is short and starts with a letter or "%" (codes, values and titles do not qualify). */
function mayBeHeaderWording(text: string): boolean {
  return text.length > 0 && text.length <= 40 && !/^[\d.,+\-=]/.test(text);
}

export class RepeatedHeaderDetector {
  private inBlock = false;
  private readonly keyColumns: number[];

  constructor(
    private readonly grid: SheetGrid,
    private readonly merges: MergeIndex,
    private readonly width: number,
    keyColumns: (number | undefined)[],
  ) {
    this.keyColumns = keyColumns.filter((c): c is number => c !== undefined);
  }

  /** True when the row belongs to a repeated header block. Call once per row, in order. */
  isHeaderRow(row: number): boolean {
    // cheap test first: header wording in one of the key columns (code, title, target, perspective)
    const candidate = this.keyColumns.some((c) => {
      const text = cellText(cellAt(this.grid.cells, row, c));
      if (!mayBeHeaderWording(text)) return false;
      const m = matchHeader(text);
      return m !== null && m.type !== 'attributes';
    });
    if (!candidate && !this.inBlock) return false;
    const info = headerRow(this.grid, this.merges, row, this.width);
    if (candidate && info.groups + info.columns >= 2 && info.unmatched <= Math.floor((info.groups + info.columns) / 2)) {
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
