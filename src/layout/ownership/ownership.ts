/**
 * Which cells of a sheet are the add-in's own, from the ledger and what the sheet holds now.
 *
 * A cell may be written or cleared only when it is empty (and holds no formula) or when it still holds
 * exactly the value the ledger recorded there. Rows inserted or deleted by the user move the add-in's
 * cells: per column, a cell at its recorded row with its recorded value is the add-in's; the others are
 * matched in order against the recorded values left between those. A value the user typed over one of
 * the add-in's never matches, so it is never overwritten (unless the user typed, in that column and in
 * that order, the very value the add-in had written there).
 */
import { cellKey, noteKey } from './cellKey';
import type { CellView } from './cellView';
import type { LedgerSheet } from './ledger';

const at = (row: number, col: number): string => `${row}:${col}`;

export class SheetOwnership {
  /** "row:col" of the add-in's cells now, with their value keys */
  private readonly own = new Map<string, string>();
  private readonly ownNoteCells = new Set<string>();

  constructor(
    readonly view: CellView,
    readonly entry: LedgerSheet | null,
  ) {
    for (const column of entry?.columns ?? []) this.alignColumn(column.col, column.rows, column.keys);
    for (const note of entry?.notes ?? []) {
      const text = view.note(note.row, note.col);
      if (text !== null && noteKey(text) === note.key) this.ownNoteCells.add(at(note.row, note.col));
    }
  }

  /**
   * Cells at their recorded row with their recorded value are the add-in's first; the others are matched in
   * order against the recorded values left between those anchors (rows inserted or deleted above them).
   */
  private alignColumn(col: number, rows: number[], keys: string[]): void {
    const indexOfRow = new Map<number, number>();
    rows.forEach((r, i) => indexOfRow.set(r, i));
    const cells: { row: number; key: string; formula: boolean }[] = [];
    for (let row = 0; row < this.view.rowCount; row++) {
      const formula = this.view.hasFormula(row, col);
      const key = formula ? '' : cellKey(this.view.value(row, col));
      if (formula || key !== null) cells.push({ row, key: key ?? '', formula });
    }
    const anchored = new Map<number, number>(); // row -> recorded index
    const taken = new Set<number>();
    for (const cell of cells) {
      const i = indexOfRow.get(cell.row);
      if (!cell.formula && i !== undefined && keys[i] === cell.key) {
        anchored.set(cell.row, i);
        taken.add(i);
      }
    }
    let next = 0;
    for (const cell of cells) {
      const anchor = anchored.get(cell.row);
      if (anchor !== undefined) {
        this.own.set(at(cell.row, col), cell.key);
        next = anchor + 1;
        continue;
      }
      if (cell.formula) continue;
      let q = next;
      while (q < keys.length && !taken.has(q) && keys[q] !== cell.key) q++;
      if (q < keys.length && !taken.has(q)) {
        this.own.set(at(cell.row, col), cell.key);
        taken.add(q);
        next = q + 1;
      }
    }
  }

  /** The cell holds nothing (no value, no formula). */
  isEmpty(row: number, col: number): boolean {
    return !this.view.hasFormula(row, col) && cellKey(this.view.value(row, col)) === null;
  }

  /** The cell holds what the add-in wrote there. */
  isOwn(row: number, col: number): boolean {
    return this.own.has(at(row, col));
  }

  /**
   * The add-in may write or clear this cell. A cell inside a merged area of the user's (not its top-left) never:
   * it shows the merge's value, and a merge is the user's formatting (the add-in makes none).
   */
  canWrite(row: number, col: number): boolean {
    if (this.view.mergeSlave(row, col)) return false;
    return this.isEmpty(row, col) || this.isOwn(row, col);
  }

  /** The cell has a note or comment that is not the add-in's. */
  hasForeignNote(row: number, col: number): boolean {
    return this.view.note(row, col) !== null && !this.ownNoteCells.has(at(row, col));
  }

  /** Cells with the add-in's notes from an earlier run (to replace). */
  ownNotes(): { row: number; col: number }[] {
    return [...this.ownNoteCells].map((k) => {
      const [row, col] = k.split(':').map(Number);
      return { row, col };
    });
  }

  /** No cell of the column holds a value or formula of someone else (the cells under a merge show its top-left). */
  holdsNothingOfTheUser(col: number): boolean {
    for (let row = 0; row < this.view.rowCount; row++) {
      if (!this.view.mergeSlave(row, col) && !this.isEmpty(row, col) && !this.isOwn(row, col)) return false;
    }
    return true;
  }

  /** Every cell holding something (a value, a formula) is the add-in's: nobody else has written in the sheet. */
  ownsEverything(): boolean {
    for (let col = 0; col < this.view.colCount; col++) if (!this.holdsNothingOfTheUser(col)) return false;
    return true;
  }

  /** The add-in's cells now, per column (for the next ledger). */
  ownCells(): Map<number, Map<number, string>> {
    const byCol = new Map<number, Map<number, string>>();
    for (const [k, key] of this.own) {
      const [row, col] = k.split(':').map(Number);
      let rows = byCol.get(col);
      if (!rows) byCol.set(col, (rows = new Map()));
      rows.set(row, key);
    }
    return byCol;
  }
}
