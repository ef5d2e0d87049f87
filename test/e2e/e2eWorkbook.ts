/**
 * The workbook of the end-to-end test: a generated 2022 cruscotto (60 actions, with results) with a
 * few bad cells and hostile titles. Browser-safe (no Node APIs): used by the fake office.js bundle
 * and, in Node, by the test to compute what the pane must show.
 */
import { generateCruscotto } from '../../src/layout/generate';
import type { SheetGrid } from '../../src/layout/types';

export interface BadCell {
  row: number;
  col: number;
  value: string;
  reason: string;
}

export interface E2eWorkbook {
  grid: SheetGrid;
  badCells: BadCell[];
  /** titles written as data that must show as plain text */
  hostileTitles: string[];
}

/** the header cell with this text, in the header rows, at or right of `fromCol` */
function findHeader(grid: SheetGrid, text: string, fromCol = 0): { row: number; col: number } {
  for (let r = 0; r < 6; r++) {
    const line = grid.cells[r] ?? [];
    for (let c = fromCol; c < line.length; c++) {
      const v = line[c]?.value;
      if (typeof v === 'string' && v.trim().toLowerCase() === text.toLowerCase()) return { row: r, col: c };
    }
  }
  throw new Error(`intestazione «${text}» non trovata nel foglio generato`);
}

const ACTION_CODE = /^\d+\.\d+\.\d+$/;

/** the column holding the most action codes (n.n.n) */
function actionCodeColumn(grid: SheetGrid): number {
  const counts = new Map<number, number>();
  grid.cells.forEach((line) =>
    line?.forEach((cell, c) => {
      if (typeof cell?.value === 'string' && ACTION_CODE.test(cell.value.trim())) counts.set(c, (counts.get(c) ?? 0) + 1);
    }),
  );
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('nessun codice di azione nel foglio generato');
  return best[0];
}

function actionRows(grid: SheetGrid, codeCol: number): number[] {
  const rows: number[] = [];
  grid.cells.forEach((line, r) => {
    const v = line?.[codeCol]?.value;
    if (typeof v === 'string' && ACTION_CODE.test(v.trim())) rows.push(r);
  });
  return rows;
}

export function buildE2eWorkbook(): E2eWorkbook {
  const grid = generateCruscotto({ actions: 60, seed: 2022, layout: '2022', withResults: true });
  const codeCol = actionCodeColumn(grid);
  const titleCol = codeCol + 1;
  const weight = findHeader(grid, 'Peso', codeCol);
  const result = findHeader(grid, 'Risultato', codeCol);
  const rows = actionRows(grid, codeCol);
  if (rows.length < 10) throw new Error('il foglio generato ha troppe poche azioni');
  const set = (row: number, col: number, value: string) => {
    grid.cells[row] = grid.cells[row] ?? [];
    grid.cells[row][col] = { value, numberFormat: 'General' };
  };
  const badCells: BadCell[] = [
    { row: rows[2], col: result.col, value: 'circa 30', reason: 'risultato non numerico' },
    { row: rows[5], col: weight.col, value: 'tanto', reason: 'peso non numerico' },
  ];
  for (const b of badCells) set(b.row, b.col, b.value);
  // titles are data: they must appear as text, never as markup or formulas
  set(rows[7], titleCol, '<b>x</b>');
  set(rows[8], titleCol, '=SUM(A1)');
  return { grid, badCells, hostileTitles: ['<b>x</b>', '=SUM(A1)'] };
}

