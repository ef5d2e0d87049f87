/**
 * The legend of the colours beside the add-in's columns on the cruscotto sheet (issue 8, item 2): one cell per
 * colour, filled with it, on the first header row, right of the last output column and one column apart. In the
 * header row the reader knows these cells as the add-in's (reader/matchHeader), so nothing under them is ever read.
 * Only where every cell of it is empty or already the add-in's: the legend moves right, or is left out, and never
 * lands on the user's data (the write guard, ../ownership, would refuse it anyway).
 */
import type { Profile } from '../../engine/types';
import { a1 } from '../address';
import type { SheetOwnership } from '../ownership';
import { LEGEND_TEXTS } from '../outputColumns';
import type { ConditionalFormatRule, SheetLayout, ValueBlock } from '../types';
import type { OutputPlacement } from './columns';
import { fillRule } from './summaryNotices';

/** columns tried right of the output columns before the legend is left out */
const MAX_SHIFT = 6;

export interface SheetLegend {
  block: ValueBlock;
  rules: ConditionalFormatRule[];
  columnWidths: { col: number; width: number }[];
}

export function sheetLegend(layout: SheetLayout, placement: OutputPlacement, ownership: SheetOwnership, profile: Profile): SheetLegend | null {
  const own = placement.columns.filter((c) => c.own);
  if (own.length === 0) return null;
  const last = Math.max(...own.map((c) => c.col));
  const row = layout.headerTop;
  const fits = (left: number) => LEGEND_TEXTS.every((_, j) => ownership.canWrite(row, left + j));
  for (let left = last + 2; left <= last + 2 + MAX_SHIFT; left++) {
    if (!fits(left)) continue;
    return {
      block: { top: row, left, values: [LEGEND_TEXTS.map((l) => l.text)], bold: true },
      rules: LEGEND_TEXTS.map((l, j) => fillRule(a1(row, left + j), profile.colours[l.status], `legenda-${l.status}`)),
      columnWidths: LEGEND_TEXTS.map((l, j) => ({ col: left + j, width: Math.ceil(l.text.length * 1.2) + 2 })),
    };
  }
  return null;
}
