import ExcelJS from 'exceljs';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { LEDGER_SHEET_NAME } from '../../src/layout/ownership';
import { RULE_MARKER } from '../../src/layout/types';
import { applyWritePlan, loadWorkbook, saveWorkbook, worksheetFromGrid, XlsxWriteError } from '../../src/xlsx';
import { withTempDir, zipEntry } from './helpers';
import { LONG_MOTIVATION, samplePlan } from './samplePlan';

const SHEET = 'Cruscotto';
/** The sheets a user sees (the add-in's ledger sheet is very hidden). */
const visibleNames = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => w.state === 'visible' || w.state === undefined).map((w) => w.name);

function cruscottoWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = worksheetFromGrid(wb, generateCruscotto({ actions: 12, seed: 2 }));
  // the user's own rule, to be kept
  ws.addConditionalFormatting({
    ref: 'Q5:Q16',
    rules: [{ type: 'expression', priority: 1, formulae: ['Q5>100'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }],
  });
  return wb;
}

type Cf = { ref: string; rules: { type: string; formulae?: string[] }[] };
const rulesOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
const ownRules = (ws: ExcelJS.Worksheet) => rulesOf(ws).flatMap((cf) => cf.rules.filter((r) => r.formulae?.some((f) => f.includes(RULE_MARKER))));
const userRules = (ws: ExcelJS.Worksheet) => rulesOf(ws).flatMap((cf) => cf.rules.filter((r) => !r.formulae?.some((f) => f.includes(RULE_MARKER))));

/** Everything a user could see: sheets in order, values, formats, merges, notes, rules, page setup. */
function snapshot(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells.push([r, c, cell.type, JSON.stringify(cell.value), cell.numFmt ?? null, cell.note ?? null, cell.font?.bold ?? null]);
      }),
    );
    return {
      name: ws.name,
      state: ws.state,
      cells,
      merges: Object.keys((ws as unknown as { _merges: object })._merges).sort(),
      rules: rulesOf(ws).map((cf) => ({ ref: cf.ref, rules: cf.rules.map((r) => [r.type, r.formulae ?? null]) })),
      widths: ws.columns?.map((c) => c.width ?? null) ?? [],
      page: { o: ws.pageSetup.orientation, p: ws.pageSetup.paperSize, w: ws.pageSetup.fitToWidth, h: ws.pageSetup.fitToHeight, f: ws.pageSetup.fitToPage },
    };
  });
}

describe('applyWritePlan: the cruscotto sheet', () => {
  it('writes values, number formats, header style, widths and notes', () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET, false));
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('AA4').value).toBe('% raggiungimento azione');
    expect(ws.getCell('AA4').font?.bold).toBe(true);
    expect(ws.getCell('AA4').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.getCell('AA4').alignment?.wrapText).toBe(true);
    expect(ws.getCell('AA5').value).toBe(1);
    expect(ws.getCell('AA5').numFmt).toBe('0.00%');
    expect(ws.getCell('AB6').value).toBe('Parzialmente raggiunto');
    expect(ws.getColumn(27).width).toBe(18);
    expect(ws.getCell('AA6').note).toBe('Valore assegnato: 60,00% — da formula: 0,00%. Motivazione: =HYPERLINK("x")');
    // the user's data is untouched
    expect(ws.getCell('A5').value).toBe('Sviluppo del tessuto economico locale');
    expect(visibleNames(wb)).toEqual([SHEET]);
    expect(wb.getWorksheet(LEDGER_SHEET_NAME)?.state).toBe('veryHidden');
  });

  it('writes strings starting with "=" as text, never as formulas', async () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET));
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'testo.xlsx');
      await saveWorkbook(wb, file);
      const sheetXml = (await zipEntry(file, 'xl/worksheets/sheet1.xml'))!;
      const summaryXml = (await zipEntry(file, 'xl/worksheets/sheet2.xml'))!;
      const shared = (await zipEntry(file, 'xl/sharedStrings.xml'))!;
      expect(sheetXml).not.toMatch(/<f>|<f /);
      expect(summaryXml).not.toMatch(/<f>|<f /);
      expect(sheetXml).toMatch(/<c r="AB7"[^>]*t="s"/);
      expect(shared).toContain('<t>=1+1</t>');
      expect(shared).toContain('<t>=SUM(A1:A3)</t>');
      const back = await loadWorkbook(file);
      const ws = back.getWorksheet(SHEET)!;
      for (const address of ['AB7', 'AA8']) {
        expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
        expect(ws.getCell(address).formula).toBeUndefined();
      }
      expect(ws.getCell('AB7').value).toBe('=1+1');
      expect(back.getWorksheet('Riepilogo')!.getCell('B7').value).toBe('=HYPERLINK("http://esempio.invalid";"clic")');
    });
  });

  it("keeps the user's conditional formats and replaces its own, never duplicating them", async () => {
    const wb = cruscottoWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    applyWritePlan(wb, samplePlan(SHEET));
    applyWritePlan(wb, samplePlan(SHEET));
    expect(userRules(ws)).toHaveLength(1);
    expect(ownRules(ws)).toHaveLength(2);
    expect(ownRules(ws).map((r) => r.formulae![0])).toEqual([
      'AND(ISNUMBER(AA5),AA5>=1)+N("cruscotto:raggiunto")',
      'AND(ISNUMBER(AA5),AA5<1)+N("cruscotto:parzialmente")',
    ]);
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'cf.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      const again = back.getWorksheet(SHEET)!;
      expect(userRules(again)).toHaveLength(1);
      expect(ownRules(again)).toHaveLength(2);
      // a later run with fewer rules removes the old ones read from the file
      const plan = samplePlan(SHEET, false);
      plan.sheet.conditionalFormats = plan.sheet.conditionalFormats.slice(0, 1);
      applyWritePlan(back, plan);
      expect(userRules(again)).toHaveLength(1);
      expect(userRules(again)[0].formulae).toEqual(['Q5>100']);
      expect(ownRules(again)).toHaveLength(1);
    });
  });

  it('writes fills (and font colours) of its rules', () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET, false));
    const rule = rulesOf(wb.getWorksheet(SHEET)!).flatMap((cf) => cf.rules).find((r) => r.formulae?.[0].includes('parzialmente')) as unknown as {
      style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } };
    };
    expect(rule.style.fill.bgColor.argb).toBe('FFFFEB9C');
    expect(rule.style.font.color.argb).toBe('FF9C5700');
  });

  it('never writes into the cells under a merged area; clears only cells it wrote itself', () => {
    const wb = cruscottoWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    ws.mergeCells('AC5:AC8');
    // a first run writes AA20; the user types into AA21
    applyWritePlan(wb, { sheet: { sheet: SHEET, blocks: [{ top: 19, left: 26, values: [['vecchio']] }], conditionalFormats: [], notes: [] }, summary: null });
    ws.getCell('AA21').value = "scritto dall'utente";
    const applied = applyWritePlan(wb, {
      sheet: { sheet: SHEET, blocks: [{ top: 4, left: 28, values: [['Prospettiva'], [null], ['x'], [null]] }, { top: 19, left: 26, values: [[null], [null]] }], conditionalFormats: [], notes: [] },
      summary: null,
    });
    expect(ws.getCell('AC5').value).toBe('Prospettiva');
    expect(ws.getCell('AA20').value).toBeNull();
    expect(ws.getCell('AA21').value).toBe("scritto dall'utente");
    // the cells under the merge are refused too (the merge is the user's), and said so
    expect(applied.warnings.map((w) => w.cell)).toEqual(['Cruscotto!AC6', 'Cruscotto!AC7', 'Cruscotto!AC8', 'Cruscotto!AA21']);
    expect(applied.warnings[3].message).toBe('Cruscotto!AA21: la cella contiene un dato inserito nel foglio (valore o formula) e non è stata sovrascritta.');
  });

  it('gives each written cell its own style: cells sharing a style in the file keep theirs', async () => {
    const wb = cruscottoWorkbook();
    const ws = wb.getWorksheet(SHEET)!;
    // empty cells with a style of their own (the values the add-in may write there)
    for (const address of ['AA5', 'AA6', 'AD5']) ws.getCell(address).numFmt = '0.0';
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'stili.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      applyWritePlan(back, samplePlan(SHEET, false));
      const sheet = back.getWorksheet(SHEET)!;
      expect(sheet.getCell('AA5').numFmt).toBe('0.00%');
      expect(sheet.getCell('AD5').numFmt).toBe('0.0');
      expect(sheet.getCell('AD5').font?.bold).toBeFalsy();
    });
  });

  it('fails clearly when the sheet is missing; never replaces the cruscotto by a summary of the same name', () => {
    const wb = cruscottoWorkbook();
    expect(() => applyWritePlan(wb, samplePlan('Altro foglio'))).toThrow(new XlsxWriteError('il foglio «Altro foglio» non esiste nella cartella di lavoro'));
    const plan = samplePlan(SHEET);
    plan.summary!.sheet = SHEET;
    const applied = applyWritePlan(wb, plan);
    expect(applied.summarySheet).toBeNull();
    expect(applied.warnings.map((w) => w.code)).toContain('summary-refused');
    expect(wb.getWorksheet(SHEET)!.getCell('A5').value).toBe('Sviluppo del tessuto economico locale');
  });
});

describe('applyWritePlan: the Riepilogo sheet', () => {
  it('replaces its own Riepilogo at its position, never duplicates it', async () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET));
    // the user adds a sheet of theirs after the Riepilogo
    wb.addWorksheet('Note');
    applyWritePlan(wb, samplePlan(SHEET));
    expect(visibleNames(wb)).toEqual([SHEET, 'Riepilogo', 'Note']);
    const summary = wb.getWorksheet('Riepilogo')!;
    expect(summary.getCell('A1').value).toBe('Relazione sulla performance 2022 — Camera di commercio di Sondrio (esempio)');
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'riepilogo.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      applyWritePlan(back, samplePlan(SHEET));
      expect(visibleNames(back)).toEqual([SHEET, 'Riepilogo', 'Note']);
    });
  });

  it('keeps its Riepilogo once the user has written in it, or replaced it by a sheet of theirs: the summary goes elsewhere', () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET));
    wb.getWorksheet('Riepilogo')!.getCell('H4').value = 'Commento della Giunta';
    const applied = applyWritePlan(wb, samplePlan(SHEET));
    expect(applied.summarySheet).toBe('Riepilogo Cruscotto');
    expect(wb.getWorksheet('Riepilogo')!.getCell('H4').value).toBe('Commento della Giunta');
    expect(applied.warnings.find((w) => w.code === 'summary-kept')?.message).toBe(
      "Riepilogo: il foglio contiene dati inseriti nel foglio dopo l'ultimo calcolo e non viene sostituito; il riepilogo è nel foglio «Riepilogo Cruscotto».",
    );
    // the next run (the pipeline names the ledger's summary) replaces «Riepilogo Cruscotto», its own now, and still leaves «Riepilogo» alone
    const next = samplePlan(SHEET);
    next.summary!.sheet = 'Riepilogo Cruscotto';
    const again = applyWritePlan(wb, next);
    expect(again.summarySheet).toBe('Riepilogo Cruscotto');
    expect(visibleNames(wb)).toEqual([SHEET, 'Riepilogo', 'Riepilogo Cruscotto']);

    // the user deletes the add-in's summary and makes a sheet of theirs with its name
    const other = cruscottoWorkbook();
    applyWritePlan(other, samplePlan(SHEET));
    other.removeWorksheet(other.getWorksheet('Riepilogo')!.id);
    other.addWorksheet('Riepilogo').getCell('A1').value = 'Il mio riepilogo';
    const mine = applyWritePlan(other, samplePlan(SHEET));
    expect(mine.summarySheet).toBe('Riepilogo Cruscotto');
    expect(other.getWorksheet('Riepilogo')!.getCell('A1').value).toBe('Il mio riepilogo');
  });

  it('never deletes or empties a sheet of the user called «Riepilogo» (in any case)', () => {
    const wb = cruscottoWorkbook();
    const old = wb.addWorksheet('RIEPILOGO');
    old.getCell('A1').value = 'i miei dati';
    const applied = applyWritePlan(wb, samplePlan(SHEET));
    expect(applied.summarySheet).toBeNull();
    expect(applied.warnings.map((w) => w.code)).toEqual(['summary-refused']);
    expect(visibleNames(wb)).toEqual([SHEET, 'RIEPILOGO']);
    expect(wb.getWorksheet('RIEPILOGO')!.getCell('A1').value).toBe('i miei dati');
  });

  it('adds the Riepilogo at the end when there is none', () => {
    const wb = cruscottoWorkbook();
    wb.addWorksheet('Note');
    applyWritePlan(wb, samplePlan(SHEET));
    expect(visibleNames(wb)).toEqual([SHEET, 'Note', 'Riepilogo']);
  });

  it('sets an A4 landscape page, one page wide', () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET));
    expect(wb.getWorksheet('Riepilogo')!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('writes text bars beside the achievement figures, as plain values', () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET));
    const ws = wb.getWorksheet('Riepilogo')!;
    // the table ends in column F: the bars go in G, under a header like its neighbours
    expect(ws.getCell('G4').value).toBe('Andamento');
    expect(ws.getCell('G4').font?.bold).toBe(true);
    expect(ws.getCell('G5').value).toBe('█'.repeat(20));
    expect(ws.getCell('G6').value).toBe('█'.repeat(14));
    expect(ws.getCell('G7').value).toBe('█'.repeat(20));
    expect(ws.getCell('G5').type).toBe(ExcelJS.ValueType.String);
    // the figures keep their status colours
    expect(ownRules(ws)).toHaveLength(2);
  });

  it('wraps long texts of table rows and makes the row tall enough; titles stay on one line', () => {
    const wb = cruscottoWorkbook();
    applyWritePlan(wb, samplePlan(SHEET));
    const ws = wb.getWorksheet('Riepilogo')!;
    expect(ws.getCell('F11').value).toBe(LONG_MOTIVATION);
    expect(ws.getCell('F11').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('A11').alignment?.vertical).toBe('top');
    expect(ws.getRow(11).height).toBeGreaterThanOrEqual(45);
    expect(ws.getCell('A1').alignment?.wrapText).toBeFalsy();
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
  });

  it('running it twice gives the same workbook, in memory and through a file', async () => {
    const once = cruscottoWorkbook();
    applyWritePlan(once, samplePlan(SHEET));
    const twice = cruscottoWorkbook();
    applyWritePlan(twice, samplePlan(SHEET));
    applyWritePlan(twice, samplePlan(SHEET));
    expect(snapshot(twice)).toEqual(snapshot(once));
    await withTempDir(async (dir) => {
      const a = path.join(dir, 'a.xlsx');
      const b = path.join(dir, 'b.xlsx');
      await saveWorkbook(once, a);
      const reloaded = await loadWorkbook(a);
      applyWritePlan(reloaded, samplePlan(SHEET));
      await saveWorkbook(reloaded, b);
      expect(snapshot(await loadWorkbook(b))).toEqual(snapshot(await loadWorkbook(a)));
    });
  });
});
