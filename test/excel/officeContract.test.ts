/**
 * The back end against the parts of the Office.js contract the fake was made stricter on: what real
 * Excel refuses or does differently, each with the page or issue it comes from (see test/excel/fake).
 */
import { generateCruscotto } from '../support/generate';
import { RULE_MARKER, SUMMARY_SHEET_NAME, type SheetGrid } from '../../src/layout/types';
import { estimateBytes, utf8Bytes } from '../../src/excel/writeValues';
import { mergeRects } from '../../src/excel/writeStyles';
import { findSheet, getCell, type FakeEnvironment } from './fake';
import { MAX_SYNCS, MAX_SYNCS_WITH_NOTES, environment, expectedRun, hostOf, mismatches, run } from './support';

const grid = (actions = 20, variant = {}): SheetGrid => generateCruscotto({ actions, seed: 7, variant });

describe('no reliance on the sync Excel.run adds at the end of a batch', () => {
  it('every host operation sends its own writes', async () => {
    const env = environment([grid(20, { overrides: true })]);
    const host = hostOf(env);
    await host.saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: null });
    await host.loadSettings();
    await host.listSheets();
    await run(env, true);
    await run(env, false);
    const action = expectedRun(env.state, 'Cruscotto', false).report.nodes.find((n) => n.level === 'action' && n.cell)!;
    await host.writeOverride(action.cell!, 40, 'Motivo');
    await host.selectCell(action.cell!);
    expect(env.excel.stats.implicitSyncs).toBe(0);
  });
});

describe('conditional formats', () => {
  it("reads earlier rules on a sheet that also has a colour scale (items/custom fails there, office-js #2180)", async () => {
    const env = environment([grid()]);
    findSheet(env.state, 'Cruscotto').conditionalFormats.push({
      id: 'scala', type: 'ColorScale', rect: { top: 4, left: 2, bottom: 30, right: 2 }, formula: null, fill: null, fontColor: null, priority: 0, stopIfTrue: false,
    });
    const expected = expectedRun(env.state, 'Cruscotto', false);
    await run(env, false);
    const outcome = await run(env, false);
    expect(outcome.syncs).toBeLessThanOrEqual(MAX_SYNCS);
    const rules = findSheet(env.state, 'Cruscotto').conditionalFormats;
    expect(rules.filter((r) => r.formula?.includes(RULE_MARKER))).toHaveLength(expected.plan.sheet.conditionalFormats.length);
    expect(rules.filter((r) => r.type === 'ColorScale')).toHaveLength(1);
  });
});

describe('the Riepilogo sheet', () => {
  const replacedOnce = async (env: FakeEnvironment) => {
    const outcome = await run(env, true);
    expect(outcome.summaryWritten).toBe(true);
    expect(outcome.syncs).toBeLessThanOrEqual(MAX_SYNCS);
    const summaries = env.state.sheets.filter((s) => s.name.toLowerCase() === SUMMARY_SHEET_NAME.toLowerCase());
    expect(summaries.map((s) => [s.name, s.visibility])).toEqual([[SUMMARY_SHEET_NAME, 'Visible']]);
    expect(summaries[0].charts).toHaveLength(1);
  };

  it("never touches a sheet of the user's called «RIEPILOGO» (Excel sheet names ignore case): the summary goes to «Riepilogo Cruscotto»", async () => {
    const env = environment([grid(), { name: 'RIEPILOGO', cells: [[{ value: 'i miei dati' }]], merges: [] }]);
    const outcome = await run(env, true);
    expect(outcome.summarySheet).toBe('Riepilogo Cruscotto');
    expect(getCell(findSheet(env.state, 'RIEPILOGO'), 0, 0)?.value).toBe('i miei dati');
    expect(findSheet(env.state, 'Riepilogo Cruscotto').charts).toHaveLength(1);
    expect(outcome.diagnostics.find((d) => d.code === 'summary-renamed')?.message).toBe(
      "'Riepilogo Cruscotto': il foglio «Riepilogo» della cartella non è stato creato dal componente aggiuntivo e non viene toccato; il riepilogo è nel foglio «Riepilogo Cruscotto».",
    );
    // the next run replaces its own summary, and still leaves the user's sheet alone
    const again = await run(env, true);
    expect(again.summarySheet).toBe('Riepilogo Cruscotto');
    expect(env.state.sheets.filter((s) => s.name.startsWith('Riepilogo') || s.name === 'RIEPILOGO').map((s) => s.name).sort()).toEqual(['RIEPILOGO', 'Riepilogo Cruscotto']);
  });

  it('keeps its own one once the user has written in it: the summary goes to «Riepilogo Cruscotto»', async () => {
    const env = environment([grid()]);
    await run(env, true);
    const summary = findSheet(env.state, SUMMARY_SHEET_NAME);
    summary.rows[40] = [{ value: 'Commento della Giunta', numberFormat: 'General' }];
    const outcome = await run(env, true);
    expect(outcome.syncs).toBeLessThanOrEqual(MAX_SYNCS);
    expect(outcome.summarySheet).toBe('Riepilogo Cruscotto');
    expect(getCell(findSheet(env.state, SUMMARY_SHEET_NAME), 40, 0)?.value).toBe('Commento della Giunta');
    expect(outcome.diagnostics.some((d) => d.code === 'summary-kept')).toBe(true);
    // and the next run replaces «Riepilogo Cruscotto», not the sheet the user wrote in
    const again = await run(env, true);
    expect(again.summarySheet).toBe('Riepilogo Cruscotto');
    expect(env.state.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual(['Cruscotto', 'Riepilogo Cruscotto', SUMMARY_SHEET_NAME]);
  });

  it('replaces its own one when the user made it very hidden (Worksheet.delete fails on "VeryHidden")', async () => {
    const env = environment([grid()]);
    await run(env, true);
    findSheet(env.state, SUMMARY_SHEET_NAME).visibility = 'VeryHidden';
    await replacedOnce(env);
  });
});

describe('cells formatted as Text ("@")', () => {
  it('get the text as it is: Excel keeps a typed apostrophe in a Text cell', async () => {
    const g = grid();
    const env0 = environment([g]);
    const plan = expectedRun(env0.state, 'Cruscotto', false).plan.sheet;
    const textCells = plan.blocks.flatMap((b) =>
      b.values.flatMap((line, i) => line.map((v, j) => ({ row: b.top + i, col: b.left + j, v, formatted: b.numberFormat !== undefined }))),
    ).filter((c) => typeof c.v === 'string' && c.v !== '' && !c.formatted);
    expect(textCells.length).toBeGreaterThan(0);
    const env = environment([g]);
    const sheet = findSheet(env.state, 'Cruscotto');
    for (const c of textCells) {
      sheet.rows[c.row] ??= [];
      sheet.rows[c.row][c.col] = { ...(sheet.rows[c.row][c.col] ?? { value: '' }), numberFormat: '@' };
    }
    await run(env, false);
    expect(mismatches(env.state, plan)).toEqual([]);
    for (const c of textCells) expect(getCell(sheet, c.row, c.col)).toMatchObject({ value: c.v, numberFormat: '@' });
  });

  it('take an override\'s motivation as it is', async () => {
    const env = environment([grid()]);
    const host = hostOf(env);
    const actions = expectedRun(env.state, 'Cruscotto', false).report.nodes.filter((n) => n.level === 'action' && n.cell);
    await host.writeOverride(actions[0].cell!, 40, 'Primo');
    const sheet = findSheet(env.state, 'Cruscotto');
    const motivationCol = sheet.rows.reduce((m, line) => Math.max(m, (line?.length ?? 0) - 1), 0);
    const row = Number(/(\d+)$/.exec(actions[1].cell!)![1]) - 1;
    sheet.rows[row] ??= [];
    sheet.rows[row][motivationCol] = { value: '', numberFormat: '@' };
    await host.writeOverride(actions[1].cell!, 50, '=1+1 sentito l\'OIV');
    expect(getCell(sheet, row, motivationCol)).toMatchObject({ value: "=1+1 sentito l'OIV", numberFormat: '@' });
    expect(getCell(sheet, row, motivationCol)?.formula).toBeUndefined();
  });
});

describe("a user's old-style note (ExcelApi 1.18)", () => {
  it("is left alone: the calculation note goes beside it, on the action's Esito", async () => {
    const env = environment([grid(40, { overrides: true })], { apiVersion: '1.18' });
    const note = expectedRun(env.state, 'Cruscotto', false).plan.sheet.notes[0];
    const sheet = findSheet(env.state, 'Cruscotto');
    env.state.notes.push({ id: 'u', sheetId: sheet.id, row: note.row, col: note.col, content: 'Verificare', authorName: 'Rossi' });
    const outcome = await run(env, true);
    expect(outcome.syncs).toBeLessThanOrEqual(MAX_SYNCS_WITH_NOTES);
    expect(env.state.notes.map((n) => n.content)).toEqual(['Verificare']);
    expect(env.state.comments.some((c) => c.row === note.row && c.col === note.col)).toBe(false);
    expect(env.state.comments.filter((c) => c.row === note.row).map((c) => c.content)).toEqual([`[Cruscotto] ${note.text}`]);
    expect(outcome.diagnostics.find((d) => d.code === 'note-not-written')).toBeUndefined();
  });

  it('without ExcelApi 1.18 cannot be seen, but a refused note costs neither the figures nor the Riepilogo', async () => {
    const env = environment([grid(40, { overrides: true })], { apiVersion: '1.13' });
    const expected = expectedRun(env.state, 'Cruscotto', true);
    const note = expected.plan.sheet.notes[0];
    env.state.notes.push({ id: 'u', sheetId: findSheet(env.state, 'Cruscotto').id, row: note.row, col: note.col, content: 'Verificare', authorName: 'Rossi' });
    // the notes go in a round trip of their own: Excel's refusal becomes a warning, the run is not failed
    const outcome = await run(env, true);
    expect(outcome.diagnostics.find((d) => d.code === 'excel-notes-failed')?.message).toMatch(/InvalidOperation/);
    expect(mismatches(env.state, expected.plan.sheet)).toEqual([]);
    expect(mismatches(env.state, expected.plan.summary!)).toEqual([]);
  });
});

describe("the add-in's notes", () => {
  it('keep one that someone answered: Comment.delete would delete the replies too', async () => {
    const env = environment([grid(40, { overrides: true })]);
    await run(env, false);
    const answered = env.state.comments[0];
    const count = env.state.comments.length;
    expect(count).toBeGreaterThan(1);
    answered.replies = [{ content: 'Verificato, OIV', authorName: 'Bianchi' }];
    const outcome = await run(env, false);
    expect(outcome.syncs).toBeLessThanOrEqual(MAX_SYNCS_WITH_NOTES);
    expect(env.state.comments).toHaveLength(count);
    expect(env.state.comments).toContain(answered);
    expect(answered.replies).toEqual([{ content: 'Verificato, OIV', authorName: 'Bianchi' }]);
    expect(env.state.comments.filter((c) => c.row === answered.row && c.col === answered.col)).toHaveLength(1);
    expect(outcome.diagnostics.find((d) => d.code === 'note-not-written')?.message).toMatch(/ha ricevuto risposte/);
  });
});

describe('hosts and sheets', () => {
  it('writeOverride says in Italian when the sheet is gone', async () => {
    const host = hostOf(environment([grid()]));
    await expect(host.writeOverride('Sparito!L6', 50, 'x')).rejects.toThrow('Il foglio «Sparito» non esiste più nella cartella di lavoro.');
  });

  it('selectCell says in Italian when the sheet is hidden (Excel activates visible sheets only)', async () => {
    const env = environment([grid(), { name: 'Nascosto', cells: [[{ value: 1 }]], merges: [] }]);
    findSheet(env.state, 'Nascosto').visibility = 'Hidden';
    await expect(hostOf(env).selectCell('Nascosto!A1')).rejects.toThrow('Il foglio «Nascosto» è nascosto: scoprirlo per vedere la cella.');
  });
});

describe('request sizes', () => {
  it('count UTF-8 bytes, as the 5 MB limit of Excel on the web does', () => {
    expect(utf8Bytes('perché «sì» €')).toBe(19);
    const ascii = estimateBytes({ top: 0, left: 0, values: [['a'.repeat(1000)]], formats: null });
    const accented = estimateBytes({ top: 0, left: 0, values: [['è'.repeat(1000)]], formats: null });
    expect(accented - ascii).toBe(1000);
  });

  it('style blocks one under the other in the same columns with one range', () => {
    const rects = [
      { top: 0, left: 0, rows: 1, cols: 3 },
      { top: 1, left: 0, rows: 2, cols: 3 },
      { top: 5, left: 0, rows: 1, cols: 3 },
      { top: 1, left: 1, rows: 1, cols: 2 },
    ];
    expect(mergeRects(rects)).toEqual([
      { top: 0, left: 0, rows: 3, cols: 3 },
      { top: 5, left: 0, rows: 1, cols: 3 },
      { top: 1, left: 1, rows: 1, cols: 2 },
    ]);
  });
});

describe('Italian desktop Excel (list separator ";")', () => {
  // Worksheet.getRanges wants the locale's list separator between areas on desktop Excel (office-js #1167, #1985)
  it('writes figures, styles and the Riepilogo with ExcelApi 1.13', async () => {
    const env = environment([grid(40)], { listSeparator: ';', apiVersion: '1.13' });
    const expected = expectedRun(env.state, 'Cruscotto', true);
    const outcome = await run(env, true);
    expect(outcome.summaryWritten).toBe(true);
    expect(mismatches(env.state, expected.plan.sheet)).toEqual([]);
    const summary = expected.plan.summary!;
    const headers = summary.blocks.filter((b) => b.style === 'header');
    expect(headers.length).toBeGreaterThan(0);
    for (const block of headers) {
      block.values[0].forEach((_, j) => expect(getCell(findSheet(env.state, SUMMARY_SHEET_NAME), block.top, block.left + j)?.fill).toBe('#DDEBF7'));
    }
  });

  it('records an override (new header cells styled) with ExcelApi 1.13', async () => {
    const env = environment([grid(20)], { listSeparator: ';', apiVersion: '1.13' });
    const action = expectedRun(env.state, 'Cruscotto', false).report.nodes.find((n) => n.level === 'action' && n.cell)!;
    await hostOf(env).writeOverride(action.cell!, 40, 'Motivo');
    const outcome = await run(env, false);
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
