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

  /**
   * A long text as rows of at most `maxChars` characters, cut at spaces: one overflowing line would widen the
   * printed page ("one page wide" then shrinks the whole Riepilogo) and Excel does not wrap a lone text.
   */
  paragraph(text: string, style: ValueBlock['style'] = 'normal', left = 0, maxChars = PARAGRAPH_CHARS): number {
    const lines = splitLines(text, maxChars);
    const first = this.nextRow;
    for (const line of lines) this.add([line], style, left);
    return first;
  }

  blank(count = 1): void {
    this.nextRow += count;
  }
}

/** Characters of a paragraph line on the Riepilogo: its table is about 156 characters wide (columns A-F). */
export const PARAGRAPH_CHARS = 120;

/** The text cut at spaces into lines of at most `max` characters (a longer word stands on its own line). */
export function splitLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
