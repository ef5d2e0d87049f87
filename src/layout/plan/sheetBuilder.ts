/** Row-by-row construction of a generated sheet (the Riepilogo): one value block per row. */
import type { CellScalar, ValueBlock } from '../types';
import { PERCENT_FORMAT } from './figures';

/** A cell of a generated row: a plain value, or a percentage (fraction) shown with PERCENT_FORMAT. */
export type SheetCell = CellScalar | { percent: number | null };

export const GENERAL_FORMAT = 'General';

export class SheetBuilder {
  readonly blocks: ValueBlock[] = [];
  private nextRow = 0;

  /** the 0-based row the next `row()` call writes */
  get row(): number {
    return this.nextRow;
  }

  /** Adds a row starting at column `left`; returns its 0-based row index. */
  add(cells: SheetCell[], style: ValueBlock['style'] = 'normal', left = 0, bold = false): number {
    const row = this.nextRow++;
    const values: CellScalar[] = cells.map((c) => (c !== null && typeof c === 'object' ? c.percent : c));
    const formats = cells.map((c) => (c !== null && typeof c === 'object' ? PERCENT_FORMAT : GENERAL_FORMAT));
    const block: ValueBlock = { top: row, left, values: [values], style };
    if (formats.some((f) => f !== GENERAL_FORMAT)) block.numberFormat = [formats];
    if (bold) block.bold = true;
    this.blocks.push(block);
    return row;
  }

  blank(count = 1): void {
    this.nextRow += count;
  }
}
