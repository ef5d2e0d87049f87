import ExcelJS from 'exceljs';
import { getProfile } from '../../src/engine';
import { exampleCruscotto, EXAMPLE_SHEET_NAME } from '../support/generate';
import { runPipeline } from '../../src/layout/pipeline';
import { applyWritePlan, worksheetFromGrid } from '../../src/xlsx';
import { linesNeeded } from '../../src/xlsx/summaryLayout';

describe('linesNeeded (row heights of the Riepilogo)', () => {
  test('a short text fits on one line', () => {
    expect(linesNeeded('Target', 12)).toBe(1);
  });
  test('wraps at spaces: "% raggiungimento" takes two lines where its 16 characters alone would fit', () => {
    expect(linesNeeded('raggiungimento', 15)).toBe(1);
    expect(linesNeeded('% raggiungimento', 15)).toBe(2);
  });
  test('bold text is wider', () => {
    expect(linesNeeded('Risultato misurato xx', 20)).toBe(1);
    expect(linesNeeded('Risultato misurato xx', 20, true)).toBe(2);
  });
  test('a word longer than the line is split; explicit new lines count', () => {
    expect(linesNeeded('a'.repeat(30), 10)).toBe(3);
    expect(linesNeeded('uno\ndue', 40)).toBe(2);
  });
});

/**
 * Layout slips seen in the written files (issue 8, item 2), one test each, on the example cruscotto written by the
 * .xlsx back end as the CLI does (LibreOffice showed them: soffice --convert-to pdf, pdftotext -layout).
 */
describe('layout slips of the written workbook', () => {
  const { grid, organisationName } = exampleCruscotto();
  const result = runPipeline(grid, { profile: getProfile('sondrio-2020')!, summary: true, organisationName });
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, grid);
  applyWritePlan(wb, result.plan);
  const summary = wb.getWorksheet('Riepilogo')!;
  const cruscotto = wb.getWorksheet(EXAMPLE_SHEET_NAME)!;

  function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): ExcelJS.Row {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (!found && row.getCell(col).value === text) found = row;
    });
    if (!found) throw new Error(`«${text}» non trovato`);
    return found;
  }

  test('Prospettive: no blank header cell', () => {
    const header = rowWith(summary, 2, 'Prospettiva');
    for (let c = 1; c <= 6; c++) expect(String(header.getCell(c).value ?? '')).not.toBe('');
  });

  test('"60.00%8.1": the objective code is not right after a figure, and a text after a figure is indented', () => {
    const row = rowWith(summary, 1, '8.1.1');
    expect(row.getCell(3).value).toBe('8.1');
    expect(typeof row.getCell(2).value).toBe('string');
    // the motivation after the assigned % and the valutazione after the % raggiungimento start one indent in
    expect(row.getCell(6).alignment?.indent).toBe(1);
    expect(rowWith(summary, 2, 'Solidità patrimoniale').getCell(6).alignment?.indent).toBe(1);
    expect(rowWith(summary, 2, 'Eccellente').getCell(2).alignment?.indent).toBe(1);
  });

  test('the add-in\'s column headers fit on one line of their column (no three-line header over «Calcolo Cruscotto»)', () => {
    const header = result.plan.sheet.blocks.filter((b) => b.style === 'header');
    expect(header.map((b) => b.values[0][0])).toEqual(expect.arrayContaining(['Calcolo Cruscotto', '% raggiungimento azione', '% raggiungimento ob. strategico']));
    for (const b of header) {
      const width = cruscotto.getColumn(b.left + 1).width!;
      expect([b.values[0][0], linesNeeded(String(b.values[0][0]), width, true)]).toEqual([b.values[0][0], 1]);
    }
  });

  test('a neutralised action\'s grey % cell is not empty, so the Motivazione on its left does not run into it', () => {
    const neutralised = result.report.nodes.find((n) => n.level === 'action' && n.status === 'neutralizzato')!;
    expect(neutralised.cell).not.toBeNull();
    const address = neutralised.cell!.split('!')[1];
    expect(cruscotto.getCell(address).value).toBe('—');
  });
});
