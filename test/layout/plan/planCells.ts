/** Flattens a write plan into one entry per cell, for assertions. */
import type { CellScalar, SheetWritePlan } from '../../../src/layout/types';

export interface PlannedCell {
  value: CellScalar;
  numberFormat?: string;
  style?: string;
}

export function planCells(plan: SheetWritePlan): Map<string, PlannedCell> {
  const out = new Map<string, PlannedCell>();
  for (const b of plan.blocks) {
    b.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = `${b.top + r},${b.left + c}`;
        if (out.has(key)) throw new Error(`cella ${key} scritta due volte`);
        const fmt = typeof b.numberFormat === 'string' ? b.numberFormat : b.numberFormat?.[r]?.[c];
        out.set(key, { value, numberFormat: fmt, style: b.style });
      }),
    );
  }
  return out;
}

export const at = (cells: Map<string, PlannedCell>, row: number, col: number) => cells.get(`${row},${col}`);
