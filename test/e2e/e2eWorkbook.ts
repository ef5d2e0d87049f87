/**
 * The workbook of the end-to-end test: a generated 2022 cruscotto (60 actions, with results) with a
 * few bad cells and hostile titles. Browser-safe (no Node APIs): used by the fake office.js bundle
 * and, in Node, by the test to compute what the pane must show.
 */
import { generateCruscotto } from '../support/generate';
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


/** Name of the sheet the reader does not recognise (a body's own layout, its own words). */
export const UNRECOGNISED_SHEET = 'Piano ente';

/**
 * A body's own plan the header detection does not recognise: title on row 1, header on rows 3–4 in the
 * body's words ("Rilevanza", "Valore atteso", "Consuntivo"), four indicators. The "Colonne" view must open
 * on it with the reader's proposal.
 */
export function buildUnrecognisedSheet(): SheetGrid {
  const text = (value: string) => ({ value, numberFormat: 'General' });
  const num = (value: number) => ({ value, numberFormat: 'General' });
  const empty = { value: null };
  const cells: SheetGrid['cells'] = [
    [text('Piano degli indicatori 2023 — Ente di esempio')],
    [],
    [text('Area'), text('Programma'), text('Rif.'), text('Indicatore'), text('Rilevanza'), text('Valore'), empty, text('Consuntivo'), text('Annotazioni')],
    [empty, empty, empty, empty, empty, text('atteso'), text('minimo'), empty, empty],
    [text('Imprese'), text('Servizi digitali'), text('A.1'), text('Pratiche evase entro 5 giorni'), num(60), num(90), num(70), num(93), text('')],
    [text('Imprese'), text('Servizi digitali'), text('A.2'), text('Utenti dello sportello'), num(40), num(1200), num(1000), num(1100), text('dato provvisorio')],
    [text('Ente'), text('Bilancio'), text('B.1'), text('Tempo medio di pagamento'), num(100), num(30), num(45), num(28), text('')],
  ];
  return { name: UNRECOGNISED_SHEET, cells, merges: [{ top: 2, left: 5, bottom: 2, right: 6 }] };
}
