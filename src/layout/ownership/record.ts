/**
 * The ledger entry of a sheet after a plan is applied: the add-in's cells that stay as they are, plus every
 * non-empty value the plan writes (a cell the plan clears is no longer the add-in's), plus the plan's notes.
 */
import { cellKey, noteKey } from './cellKey';
import type { LedgerColumn, LedgerSheet } from './ledger';
import type { SheetOwnership } from './ownership';
import type { SheetWritePlan } from '../types';

export function nextLedgerSheet(ownership: SheetOwnership, plan: SheetWritePlan): LedgerSheet {
  const byCol = ownership.ownCells();
  for (const block of plan.blocks) {
    block.values.forEach((line, i) =>
      line.forEach((value, j) => {
        const row = block.top + i;
        const col = block.left + j;
        let rows = byCol.get(col);
        if (!rows) byCol.set(col, (rows = new Map()));
        const key = cellKey(value);
        if (key === null) rows.delete(row);
        else rows.set(row, key);
      }),
    );
  }
  const columns: LedgerColumn[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = byCol.get(col)!;
    if (rows.size === 0) continue;
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    columns.push({ col, rows: sorted, keys: sorted.map((r) => rows.get(r)!) });
  }
  const notes = plan.notes.map((n) => ({ row: n.row, col: n.col, key: noteKey(n.text) }));
  return { name: plan.sheet, columns, notes };
}
