/**
 * The ledger entry of a sheet after a plan is applied: the add-in's cells that stay as they are, plus every
 * non-empty value the plan writes (a cell the plan clears is no longer the add-in's), plus the plan's notes.
 */
import { cellKey, noteKey } from './cellKey';
import type { CellView } from './cellView';
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

/** The ledger entry of a sheet the add-in has just written whole (the .xlsx summary, with its text bars). */
export function entryOfView(name: string, view: CellView): LedgerSheet {
  const columns: LedgerColumn[] = [];
  for (let col = 0; col < view.colCount; col++) {
    const rows: number[] = [];
    const keys: string[] = [];
    for (let row = 0; row < view.rowCount; row++) {
      if (view.mergeSlave(row, col) || view.hasFormula(row, col)) continue;
      const key = cellKey(view.value(row, col));
      if (key === null) continue;
      rows.push(row);
      keys.push(key);
    }
    if (rows.length > 0) columns.push({ col, rows, keys });
  }
  return { name, columns, notes: [] };
}
