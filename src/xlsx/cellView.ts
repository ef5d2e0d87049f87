/**
 * The write guard's view of a worksheet as it is now, in memory, just before the plan is written: the
 * check is made on what is really there, not on what was read earlier. As in the grid, the cells covered
 * by a merged area (all but its top-left) are empty.
 */
import type ExcelJS from 'exceljs';
import type { CellView } from '../layout/ownership';
import { isMergeSlave } from './cellWrite';
import { plainValue } from './gridFromWorksheet';
import { hasFormula, noteText } from './noteText';

function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell | undefined {
  const cell = ws.findRow(row + 1)?.findCell(col + 1);
  return cell && !isMergeSlave(cell) ? cell : undefined;
}

export function worksheetView(ws: ExcelJS.Worksheet): CellView {
  return {
    rowCount: ws.rowCount,
    colCount: ws.columnCount,
    value: (row, col) => {
      const cell = cellAt(ws, row, col);
      return cell ? plainValue(cell.value) : null;
    },
    hasFormula: (row, col) => {
      const cell = cellAt(ws, row, col);
      return cell ? hasFormula(cell) : false;
    },
    mergeSlave: (row, col) => {
      const cell = ws.findRow(row + 1)?.findCell(col + 1);
      return cell ? isMergeSlave(cell) : false;
    },
    note: (row, col) => {
      const cell = ws.findRow(row + 1)?.findCell(col + 1);
      return cell ? noteText(cell) : null;
    },
  };
}
