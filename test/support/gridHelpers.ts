/** Test helpers that read a generated SheetGrid back: header paths, data rows, column lookup. */
import type { CellInput } from '../../src/engine/types';
import type { SheetGrid } from '../../src/layout/types';

export function text(cell: CellInput | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? '' : String(v);
}

/** Header label per column and header row, spreading horizontally merged group labels over their columns. */
export function headerPaths(grid: SheetGrid, headerRows: number, top = 0): string[][] {
  const width = Math.max(...grid.cells.slice(top, top + headerRows).map((r) => r.length));
  const paths: string[][] = Array.from({ length: width }, () => []);
  for (let r = top; r < top + headerRows; r++) {
    for (let c = 0; c < width; c++) {
      const merge = grid.merges.find((m) => m.top === r && m.bottom === r && m.left <= c && c <= m.right);
      paths[c].push(text(grid.cells[r][merge ? merge.left : c]));
    }
  }
  return paths;
}

/** First column whose header path contains all the labels (in order, case-sensitive). */
export function findColumn(paths: string[][], ...labels: (string | number)[]): number {
  const wanted = labels.map(String);
  const index = paths.findIndex((p) => {
    let i = 0;
    for (const label of p) if (label === wanted[i]) i++;
    return i === wanted.length;
  });
  if (index < 0) throw new Error(`no column ${wanted.join(' > ')}`);
  return index;
}

export function isBlankRow(row: CellInput[]): boolean {
  return row.every((c) => c.value === null || c.value === undefined || c.value === '');
}

/** Rows after the header that hold an action code in `codeCol`. */
export function actionRows(grid: SheetGrid, headerRows: number, codeCol: number, codePattern: RegExp): number[] {
  const rows: number[] = [];
  for (let r = headerRows; r < grid.cells.length; r++) if (codePattern.test(text(grid.cells[r][codeCol]))) rows.push(r);
  return rows;
}

/** Value of a parent column on an action row: the nearest non-empty cell above (filled down). */
export function filledDown(grid: SheetGrid, row: number, col: number, stopAt: number): string {
  for (let r = row; r >= stopAt; r--) {
    const t = text(grid.cells[r][col]);
    if (t !== '') return t;
  }
  return '';
}
