/**
 * The cells of one output column, top to bottom, as value blocks: a figure carries the number format, runs of
 * empty cells are blocks without one (no styled empty cells), and a skipped row (a repeated header, a merged
 * cell's slave) ends a block. Shared by the cruscotto's columns (./sheetPlan) and the individual sheet's.
 */
import type { CellScalar, ValueBlock } from '../types';

export class ColumnRuns {
  readonly blocks: ValueBlock[] = [];
  private current: ValueBlock | null = null;

  constructor(private readonly col: number) {}

  /** the row is not written: the next cell starts a new block */
  skip(): void {
    this.current = null;
  }

  /** the cell of `row` (rows in increasing order), with `numberFormat` when it holds a figure */
  push(row: number, value: CellScalar, numberFormat?: string): void {
    const c = this.current;
    if (!c || c.numberFormat !== numberFormat || c.top + c.values.length !== row) {
      this.current = { top: row, left: this.col, values: [] };
      if (numberFormat !== undefined) this.current.numberFormat = numberFormat;
      this.blocks.push(this.current);
    }
    this.current!.values.push([value]);
  }
}
