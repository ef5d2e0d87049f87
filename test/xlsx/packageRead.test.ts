/** The package reader gives the layout the same grid as the exceljs reader, and reads only the cells that are there. */
import ExcelJS from 'exceljs';
import { generateCruscotto } from '../support/generate';
import { gridFromWorksheet, worksheetFromGrid } from '../../src/xlsx';
import { PackageWorkbook } from '../../src/xlsx/package/workbook';
import * as families from '../fixtures/families';

const FAMILIES = Object.entries(families).filter(([, f]) => typeof f === 'function') as [string, () => families.Family][];

async function bothReads(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { exceljs: back, book: PackageWorkbook.fromBytes(bytes) };
}

function normalise(grid: ReturnType<typeof gridFromWorksheet>) {
  return {
    name: grid.name,
    cells: grid.cells.map((row) => (row ?? []).map((c) => ({ value: c.value instanceof Date ? c.value.toISOString() : c.value, numberFormat: c.numberFormat }))),
    merges: grid.merges,
    formulaCells: [...(grid.formulaCells ?? [])].sort(),
    notes: [...(grid.notes ?? [])].sort((a, b) => a.row - b.row || a.col - b.col),
  };
}

describe('package reader', () => {
  it.each(FAMILIES)('reads the family «%s» as exceljs does', async (_name, family) => {
    const { grid, formulas } = family();
    const { exceljs, book } = await bothReads((wb) => {
      const ws = worksheetFromGrid(wb, grid);
      for (const f of formulas) ws.getCell(f.row + 1, f.col + 1).value = { formula: f.formula.replace(/^=/, ''), result: f.result };
    });
    const ours = normalise(book.grid(grid.name));
    const theirs = normalise(gridFromWorksheet(exceljs.worksheets[0]));
    // a formula whose cached result is 0 reads as 0 here, as Excel shows it (exceljs reads it as empty)
    for (const f of formulas) {
      if (f.result !== 0) continue;
      expect(ours.cells[f.row][f.col].value).toBe(0);
      expect(theirs.cells[f.row][f.col].value).toBeNull();
      theirs.cells[f.row][f.col].value = 0;
    }
    expect(ours).toEqual(theirs);
  });

  it('reads formulas, notes on empty cells, dates, booleans, errors and rich text as exceljs does', async () => {
    const { exceljs, book } = await bothReads((wb) => {
      const ws = wb.addWorksheet('Foglio');
      ws.getCell('A1').value = { formula: 'B1*2', result: 4 };
      ws.getCell('B1').value = 2;
      ws.getCell('C1').value = new Date(Date.UTC(2022, 11, 31));
      ws.getCell('D1').value = true;
      ws.getCell('E1').value = { error: '#N/A' };
      ws.getCell('F1').value = { richText: [{ text: 'ric' }, { font: { bold: true }, text: 'co' }] };
      ws.getCell('G3').note = 'nota su cella vuota';
      ws.getCell('A2').value = 0.5;
      ws.getCell('A2').numFmt = '0.0%';
      ws.mergeCells('B2:C3');
      ws.getCell('B2').value = 'unito';
    });
    const ours = normalise(book.grid('Foglio'));
    const theirs = normalise(gridFromWorksheet(exceljs.worksheets[0]));
    // exceljs loses a note on a cell without a value when it reads a file; the package reader keeps it
    expect(ours.notes).toEqual([{ row: 2, col: 6, text: 'nota su cella vuota' }]);
    expect(theirs.notes).toEqual([]);
    expect({ ...ours, notes: [], cells: ours.cells.slice(0, 2) }).toEqual({ ...theirs, notes: [], cells: theirs.cells.slice(0, 2) });
  });

  it('reads a generated 300-action cruscotto as exceljs does', async () => {
    const grid = generateCruscotto({ actions: 300, seed: 3, layout: '2022', withResults: true });
    const { exceljs, book } = await bothReads((wb) => worksheetFromGrid(wb, grid));
    expect(normalise(book.grid(grid.name))).toEqual(normalise(gridFromWorksheet(exceljs.worksheets[0])));
  });

  it('decodes control characters written as _xHHHH_', async () => {
    const { book } = await bothReads((wb) => {
      wb.addWorksheet('Foglio').getCell('A1').value = 'x';
    });
    const ss = book.pkg.text('xl/sharedStrings.xml')!;
    book.pkg.setText('xl/sharedStrings.xml', ss.replace('<t>x</t>', '<t>a_x0007_b_x005F_x0041_</t>'));
    const again = PackageWorkbook.fromBytes(book.pkg.toBytes());
    expect(again.grid('Foglio').cells[0][0].value).toBe('a\u0007b_x0041_');
  });
});
