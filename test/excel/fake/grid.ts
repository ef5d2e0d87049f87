/** Helpers for tests: a fake workbook from SheetGrids, and the fake workbook's cells read back. */
import type { CellInput } from '../../../src/engine/types';
import type { SheetGrid } from '../../../src/layout/types';
import { formatAddress } from './addressing';
import { emptySheet, emptyWorkbook, ensureCell, getCell, usedRect, type FakeCell, type FakeSheetState, type FakeWorkbookState } from './state';
import { excelSerial } from './typedInput';

/** Put a grid in a new sheet as Excel holds it: text stays text (even "=..."), dates become serial numbers. */
export function addSheetFromGrid(state: FakeWorkbookState, grid: SheetGrid): FakeSheetState {
  const sheet = emptySheet(state, grid.name);
  grid.cells.forEach((line, r) =>
    line?.forEach((input, c) => {
      if (!input) return;
      const { value, numberFormat } = input;
      if ((value === null || value === undefined || value === '') && (!numberFormat || numberFormat === 'General')) return;
      const cell = ensureCell(sheet, r, c);
      cell.numberFormat = numberFormat ?? 'General';
      if (value instanceof Date) cell.value = excelSerial(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
      else if (value !== null && value !== undefined) cell.value = value;
    }),
  );
  sheet.merges = grid.merges.map((m) => ({ ...m }));
  state.sheets.push(sheet);
  if (state.activeSheetId === null) {
    state.activeSheetId = sheet.id;
    state.selection = { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  return sheet;
}

export function workbookFromGrids(...grids: SheetGrid[]): FakeWorkbookState {
  const state = emptyWorkbook();
  for (const grid of grids) addSheetFromGrid(state, grid);
  return state;
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheetState {
  const sheet = state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`no sheet ${name} in the fake workbook`);
  return sheet;
}

export function cellAt(state: FakeWorkbookState, sheetName: string, row: number, col: number): FakeCell | undefined {
  return getCell(findSheet(state, sheetName), row, col);
}

/** The sheet as a SheetGrid (values as Excel returns them; '' becomes null). */
export function sheetToGrid(state: FakeWorkbookState, sheetName: string): SheetGrid {
  const sheet = findSheet(state, sheetName);
  const rect = usedRect(sheet, false);
  const cells: CellInput[][] = [];
  if (rect) {
    for (let r = 0; r <= rect.bottom; r++) {
      const line: CellInput[] = [];
      for (let c = 0; c <= rect.right; c++) {
        const cell = getCell(sheet, r, c);
        line.push({ value: cell && cell.value !== '' ? cell.value : null, numberFormat: cell?.numberFormat ?? 'General' });
      }
      cells.push(line);
    }
  }
  return { name: sheet.name, cells, merges: sheet.merges.map((m) => ({ ...m })) };
}

/** A deterministic picture of the whole workbook (without generated ids), to compare two runs. */
export function snapshotWorkbook(state: FakeWorkbookState): unknown {
  return {
    sheets: state.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: s.rows.map((line) => (line ? line.map((c) => (c ? { ...c } : null)) : null)),
      merges: s.merges,
      conditionalFormats: [...s.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map(({ id: _id, ...rest }) => rest),
      charts: s.charts.map(({ id: _id, ...rest }) => rest),
      pageLayout: s.pageLayout,
      columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      frozen: s.frozen ?? null,
    })),
    active: state.sheets.find((s) => s.id === state.activeSheetId)?.name ?? null,
    settings: [...state.settings.entries()],
    notes: state.notes.map((n) => ({
      cell: formatAddress(state.sheets.find((s) => s.id === n.sheetId)?.name ?? '?', { top: n.row, left: n.col, bottom: n.row, right: n.col }),
      content: n.content,
    })),
    comments: state.comments.map((c) => ({
      cell: formatAddress(state.sheets.find((s) => s.id === c.sheetId)?.name ?? '?', { top: c.row, left: c.col, bottom: c.row, right: c.col }),
      content: c.content,
      authorName: c.authorName,
    })),
  };
}
