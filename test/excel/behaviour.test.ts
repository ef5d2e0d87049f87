import { generateCruscotto } from '../support/generate';
import { RULE_MARKER, SUMMARY_SHEET_NAME, type SheetGrid } from '../../src/layout/types';
import { ADD_IN_AUTHOR, FORMULA_RESULT, emptySheet, findSheet, getCell, snapshotWorkbook } from './fake';
import { MAX_SYNCS, environment, expectedRun, hostOf, mismatches, run } from './support';

const grid = (actions = 12, variant = {}): SheetGrid => generateCruscotto({ actions, seed: 3, variant });

function ownRules(env: ReturnType<typeof environment>, sheet = 'Cruscotto') {
  return findSheet(env.state, sheet).conditionalFormats.filter((cf) => cf.formula?.includes(RULE_MARKER));
}

describe('conditional formats', () => {
  it("replaces the add-in's rules and keeps the user's own", async () => {
    const env = environment([grid()]);
    const sheet = findSheet(env.state, 'Cruscotto');
    sheet.conditionalFormats.push({
      id: 'user-rule',
      type: 'Custom',
      rect: { top: 4, left: 1, bottom: 20, right: 1 },
      formula: '=LEN(B5)>40',
      fill: '#FFFF00',
      fontColor: null,
      priority: 0,
      stopIfTrue: false,
    });
    const expected = expectedRun(env.state, 'Cruscotto', false);
    await run(env, false);
    await run(env, false);
    expect(ownRules(env)).toHaveLength(expected.plan.sheet.conditionalFormats.length);
    expect(ownRules(env).map((r) => r.formula).sort()).toEqual(expected.plan.sheet.conditionalFormats.map((r) => r.formula).sort());
    const user = sheet.conditionalFormats.filter((cf) => cf.id === 'user-rule');
    expect(user).toHaveLength(1);
    expect(user[0].formula).toBe('=LEN(B5)>40');
    expect(user[0].fill).toBe('#FFFF00');
  });

  it('uses the colours stored in the workbook settings', async () => {
    const env = environment([grid()]);
    await hostOf(env).saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: null, colours: { raggiunto: '#00B050' } });
    await run(env, false);
    const reached = ownRules(env).filter((r) => r.formula?.includes(`${RULE_MARKER}raggiunto`));
    expect(reached.length).toBeGreaterThan(0);
    for (const r of reached) expect(r.fill).toBe('#00B050');
  });
});

describe('Riepilogo', () => {
  it('is replaced, not duplicated, with one bar chart and an A4 landscape page one page wide', async () => {
    const env = environment([grid(30)]);
    const expected = expectedRun(env.state, 'Cruscotto', true);
    await run(env, true);
    await run(env, true);
    const names = env.state.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
    expect(names).toEqual(['Cruscotto', SUMMARY_SHEET_NAME]);
    // the add-in's ledger of its own cells and sheets, very hidden
    expect(findSheet(env.state, 'Cruscotto Registro').visibility).toBe('VeryHidden');
    const summary = findSheet(env.state, SUMMARY_SHEET_NAME);
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    const planned = expected.plan.summary!.chart!;
    expect(chart.chartType).toBe('BarClustered');
    expect(chart.title).toBe(planned.title);
    expect(chart.series[0].values).toBe(`${SUMMARY_SHEET_NAME}!${planned.valuesRange}`);
    expect(chart.series[0].xValues).toBe(`${SUMMARY_SHEET_NAME}!${planned.categoriesRange}`);
    expect(chart.position?.start).toBe(planned.anchor);
    // one page wide, as many tall as needed (a fit left out would stay at 1 page: the whole Riepilogo on one sheet of paper)
    expect(summary.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    // title and the day of the figures above, page numbers below (Office.js headersFooters)
    expect(summary.pageLayout.headerFooter).toMatchObject({ leftHeader: 'Relazione sulla performance 2022', rightFooter: 'Pagina &P di &N' });
    expect(summary.pageLayout.headerFooter?.rightHeader).toMatch(/^Cifre calcolate il \d{2}\/\d{2}\/\d{4}$/);
    expect(mismatches(env.state, expected.plan.summary!)).toEqual([]);
    expect(env.state.sheets.find((s) => s.id === env.state.activeSheetId)?.name).toBe(SUMMARY_SHEET_NAME);
  });

  it('goes right after the cruscotto sheet', async () => {
    const other: SheetGrid = { name: 'Note', cells: [[{ value: 'appunti' }]], merges: [] };
    const env = environment([grid(), other]);
    await hostOf(env).saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: 'Cruscotto' });
    await run(env, true);
    expect(env.state.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual(['Cruscotto', SUMMARY_SHEET_NAME, 'Note']);
  });

  it('keeps a "=HYPERLINK(...)" title as text', async () => {
    const g = grid();
    const env0 = environment([g]);
    const probe = expectedRun(env0.state, 'Cruscotto', true);
    const strategic = [...probe.read.locations.values()].find((l) => probe.read.tree.roots.some((p) => p.children.some((s) => s.id === l.nodeId)));
    expect(strategic?.columns.title).toBeDefined();
    const title = '=HYPERLINK("https://example.org/piano","Competitività")';
    g.cells[strategic!.row][strategic!.columns.title!] = { value: title, numberFormat: 'General' };

    const env = environment([g]);
    const outcome = await run(env, true);
    expect(outcome.summaryWritten).toBe(true);
    const summary = findSheet(env.state, SUMMARY_SHEET_NAME);
    const cells = summary.rows.flatMap((line) => line ?? []).filter((c) => c !== undefined);
    const hits = cells.filter((c) => c!.value === title);
    expect(hits.length).toBeGreaterThan(0);
    for (const c of hits) expect(c!.formula).toBeUndefined();
    expect(cells.some((c) => c!.value === FORMULA_RESULT || c!.formula !== undefined)).toBe(false);
    // the user's own cell is untouched too
    expect(getCell(findSheet(env.state, 'Cruscotto'), strategic!.row, strategic!.columns.title!)?.value).toBe(title);
  });
});

describe('choosing the sheet', () => {
  const junk: SheetGrid = { name: 'Istruzioni', cells: [[{ value: 'Leggere prima di compilare' }], [{ value: 42 }]], merges: [] };

  it('finds the cruscotto among other sheets when the settings name none', async () => {
    const env = environment([junk, { ...grid(), name: 'Piano 2022' }]);
    const outcome = await run(env, false);
    expect(outcome.report.sheet).toBe('Piano 2022');
    // looking among several sheets takes a survey: one round trip more
    expect(outcome.syncs).toBe(MAX_SYNCS + 1);
    expect(findSheet(env.state, 'Istruzioni').rows[0]?.[0]?.value).toBe('Leggere prima di compilare');
  });

  it("reads the only other sheet at once when the «Riepilogo» beside it is the add-in's, and looks at both when it is the user's", async () => {
    const env = environment([grid()]);
    await run(env, true);
    env.excel.stats.reset();
    const again = await run(env, true);
    expect(again.report.sheet).toBe('Cruscotto');
    expect(again.syncs).toBe(MAX_SYNCS);

    const users: SheetGrid = { name: 'Riepilogo', cells: [[{ value: 'Appunti della segreteria' }]], merges: [] };
    const other = environment([grid(), users]);
    const outcome = await run(other, false);
    expect(outcome.report.sheet).toBe('Cruscotto');
    expect(findSheet(other.state, 'Riepilogo').rows[0]?.[0]?.value).toBe('Appunti della segreteria');
  });

  it('reads the sheet the settings name', async () => {
    const env = environment([{ ...grid(), name: 'Vecchio' }, { ...grid(20), name: 'Nuovo' }]);
    await hostOf(env).saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: 'Nuovo' });
    expect((await run(env, false)).report.sheet).toBe('Nuovo');
  });

  it('says in Italian when the named sheet does not exist', async () => {
    const env = environment([grid()]);
    await hostOf(env).saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: 'Inesistente' });
    await expect(run(env, false)).rejects.toThrow(/Il foglio «Inesistente» non esiste/);
  });

  it('when no sheet looks like a cruscotto: reads the first with something in it, writes nothing and proposes a column mapping', async () => {
    const env = environment([junk, { ...junk, name: 'Altro' }]);
    const before = snapshotWorkbook(env.state);
    const outcome = await run(env, false);
    expect(outcome.report.sheet).toBe(junk.name);
    expect(outcome.report.layout).toBeNull();
    expect(outcome.diagnostics.some((d) => d.code === 'header-not-found')).toBe(true);
    expect(outcome.proposedMapping?.sheet).toBe(junk.name);
    expect(snapshotWorkbook(env.state)).toEqual(before);
  });

  it('says in Italian when the workbook has nothing to read', async () => {
    const empty = { name: 'Vuoto', cells: [], merges: [] };
    const env = environment([empty, { ...empty, name: 'Altro' }]);
    await expect(run(env, false)).rejects.toThrow(/Nessun foglio sembra un cruscotto/);
  });
});

describe('requirement sets', () => {
  it('refuses with an Italian message when ExcelApi 1.7 is missing, before touching the workbook', async () => {
    const env = environment([grid()], { apiVersion: '1.6' });
    const before = snapshotWorkbook(env.state);
    await expect(run(env, true)).rejects.toThrow(/Questa versione di Excel non supporta le funzioni richieste da Cruscotto \(ExcelApi 1\.7\)/);
    expect(env.excel.stats.syncs).toBe(0);
    expect(snapshotWorkbook(env.state)).toEqual(before);
  });

  it('works on ExcelApi 1.7 without merged areas, comments and page layout, with warnings', async () => {
    const env = environment([grid(15, { overrides: true })], { apiVersion: '1.7' });
    const outcome = await run(env, true);
    const codes = outcome.diagnostics.map((d) => d.code);
    expect(codes).toContain('excel-merged-areas');
    expect(codes).toContain('excel-page-layout');
    const mergedWarning = outcome.diagnostics.find((d) => d.code === 'excel-merged-areas')!;
    expect(mergedWarning.message).toMatch(/^Cruscotto: .*celle unite/);
    expect(findSheet(env.state, SUMMARY_SHEET_NAME).charts).toHaveLength(1);
    expect(env.state.comments).toHaveLength(0);
  });
});

describe('notes on overridden actions', () => {
  it("are comments marked as the add-in's, replaced on every run", async () => {
    const env = environment([grid(40, { overrides: true })]);
    const expected = expectedRun(env.state, 'Cruscotto', false);
    expect(expected.plan.sheet.notes.length).toBeGreaterThan(0);
    await run(env, false);
    const first = snapshotWorkbook(env.state);
    await run(env, false);
    expect(snapshotWorkbook(env.state)).toEqual(first);
    expect(env.state.comments).toHaveLength(expected.plan.sheet.notes.length);
    for (const c of env.state.comments) {
      expect(c.content.startsWith('[Cruscotto] ')).toBe(true);
      expect(c.authorName).toBe(ADD_IN_AUTHOR);
    }
  });

  it("never delete a comment the user typed with the add-in's prefix: only the notes the ledger records are replaced", async () => {
    const env = environment([grid(40, { overrides: true })]);
    await run(env, false);
    const sheet = findSheet(env.state, 'Cruscotto');
    env.state.comments.push({ id: 'u2', sheetId: sheet.id, row: 1, col: 0, content: '[Cruscotto] copiato a mano', authorName: 'Rossi' });
    const ours = env.state.comments.filter((c) => c.id !== 'u2').length;
    await run(env, false);
    expect(env.state.comments.find((c) => c.id === 'u2')?.content).toBe('[Cruscotto] copiato a mano');
    expect(env.state.comments.filter((c) => c.id !== 'u2')).toHaveLength(ours);
  });

  it("leave a user's comment alone and put the add-in's note beside it, on the action's Esito", async () => {
    const env = environment([grid(40, { overrides: true })]);
    const note = expectedRun(env.state, 'Cruscotto', false).plan.sheet.notes[0];
    const sheet = findSheet(env.state, 'Cruscotto');
    env.state.comments.push({ id: 'u1', sheetId: sheet.id, row: note.row, col: note.col, content: 'Verificare con il dirigente', authorName: 'Rossi' });
    const outcome = await run(env, false);
    expect(env.state.comments.find((c) => c.id === 'u1')?.content).toBe('Verificare con il dirigente');
    const ours = env.state.comments.filter((c) => c.row === note.row && c.id !== 'u1');
    expect(ours.map((c) => c.content)).toEqual([`[Cruscotto] ${note.text}`]);
    expect(ours[0].col).toBe(note.col + 1); // the Esito column, right of the % column
    expect(outcome.diagnostics.find((d) => d.code === 'note-not-written')).toBeUndefined();
  });
});

describe("comments of another sheet (the workbook's comments are read at once)", () => {
  it('neither move the add-in\'s notes nor get deleted', async () => {
    const other: SheetGrid = { name: 'Appunti', cells: [[{ value: 'x' }]], merges: [] };
    const env = environment([grid(40, { overrides: true }), other]);
    const note = expectedRun(env.state, 'Cruscotto', false).plan.sheet.notes[0];
    const appunti = findSheet(env.state, 'Appunti');
    env.state.comments.push({ id: 'a1', sheetId: appunti.id, row: note.row, col: note.col, content: '[Cruscotto] scritto a mano altrove', authorName: 'Rossi' });
    const outcome = await run(env, false);
    expect(outcome.report.sheet).toBe('Cruscotto');
    const cruscotto = findSheet(env.state, 'Cruscotto');
    expect(env.state.comments.some((c) => c.sheetId === cruscotto.id && c.row === note.row && c.col === note.col)).toBe(true);
    await run(env, false);
    expect(env.state.comments.find((c) => c.id === 'a1')?.content).toBe('[Cruscotto] scritto a mano altrove');
    expect(outcome.diagnostics.find((d) => d.code === 'note-not-written')).toBeUndefined();
  });
});

describe('notes Excel refuses (CommentCollection.add "NotImplemented", office-js #1847)', () => {
  it('keep the figures, colours and Riepilogo and become warnings with each note', async () => {
    const env = environment([grid(40, { overrides: true })], { commentsNotImplemented: true });
    const expected = expectedRun(env.state, 'Cruscotto', true);
    expect(expected.plan.sheet.notes.length).toBeGreaterThan(0);
    const outcome = await run(env, true);
    expect(outcome.summaryWritten).toBe(true);
    expect(mismatches(env.state, expected.plan.sheet)).toEqual([]);
    expect(mismatches(env.state, expected.plan.summary!)).toEqual([]);
    expect(findSheet(env.state, 'Cruscotto').conditionalFormats.length).toBeGreaterThan(0);
    expect(env.state.comments).toHaveLength(0);
    const head = outcome.diagnostics.find((d) => d.code === 'excel-notes-failed');
    expect(head?.severity).toBe('warning');
    expect(head?.message).toMatch(/^Cruscotto: Excel non ha accettato le note .*NotImplemented/);
    const lost = outcome.diagnostics.filter((d) => d.code === 'note-not-written');
    expect(lost.map((d) => d.message)).toEqual(expected.plan.sheet.notes.map((n) => expect.stringContaining(`«${n.text}»`)));
    // the notes took a round trip of their own (the one that failed)
    expect(env.excel.stats.perSync.filter((s) => s.failed)).toHaveLength(1);
  });

  it('add no round trip when there is no note to write', async () => {
    const withNotes = environment([grid(40, { overrides: true })]);
    const without = environment([grid(40)]);
    expect(expectedRun(without.state, 'Cruscotto', false).plan.sheet.notes).toHaveLength(0);
    const a = await run(withNotes, false);
    const b = await run(without, false);
    expect(a.syncs).toBe(b.syncs + 1);
  });
});

describe('a sheet named like a cell reference (PEG2024, R1C1)', () => {
  // unquoted, "PEG2024!Y8" is read by Excel as a reference: addresses must quote the name (src/layout/address.ts)
  it.each(['PEG2024', 'R1C1'])('%s: notes written on the right cells and every diagnostic cell selectable', async (name) => {
    const env = environment([{ ...grid(40, { overrides: true }), name }]);
    const expected = expectedRun(env.state, name, true);
    expect(expected.plan.sheet.notes.length).toBeGreaterThan(0);
    const outcome = await run(env, true);
    expect(outcome.diagnostics.find((d) => d.code === 'excel-notes-failed')).toBeUndefined();
    const sheet = findSheet(env.state, name);
    expect(env.state.comments.map((c) => `${c.sheetId}:${c.row}:${c.col}`).sort()).toEqual(expected.plan.sheet.notes.map((n) => `${sheet.id}:${n.row}:${n.col}`).sort());
    const host = hostOf(env);
    const cells = [...outcome.report.nodes.map((n) => n.cell), ...outcome.diagnostics.map((d) => d.cell)].filter((c): c is string => !!c && c.startsWith(`'${name}'`));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells.slice(0, 5)) {
      await host.selectCell(cell);
      expect(env.state.selection?.sheetId).toBe(sheet.id);
    }
  });
});

describe('large sheets', () => {
  it('reads in bands when one response would pass the payload limit, and still writes the plan', async () => {
    const env = environment([grid(500)], { payloadLimitBytes: 150_000 });
    const expected = expectedRun(env.state, 'Cruscotto', false);
    const outcome = await run(env, false);
    expect(mismatches(env.state, expected.plan.sheet)).toEqual([]);
    expect(outcome.syncs).toBeGreaterThan(MAX_SYNCS);
    expect(env.excel.stats.perSync.some((s) => s.failed)).toBe(true);
    for (const s of env.excel.stats.succeeded) expect(s.responseBytes).toBeLessThanOrEqual(150_000);
  });

  it('reads a measured sheet in merged-area pieces that can never pass 512 areas, in one round trip', async () => {
    const cells = Array.from({ length: 1400 }, (_, r) => [{ value: r % 2 === 0 ? `voce ${r}` : null }, { value: r }]);
    const g: SheetGrid = { name: 'Cruscotto', cells, merges: Array.from({ length: 700 }, (_, i) => ({ top: 2 * i, left: 0, bottom: 2 * i + 1, right: 0 })) };
    const env = environment([g]);
    const { readSheet } = await import('../../src/excel/readSheet');
    const { countingSync } = await import('../../src/excel/syncCounter');
    const snapshot = await env.excel.run(async (context) =>
      readSheet(context, countingSync(context), {
        sheetName: 'Cruscotto',
        used: { top: 0, left: 0, rows: 1400, cols: 2 },
        comments: null,
        features: { mergedAreas: true, comments: true, pageLayout: true, rangeAreas: true, notes: true },
      }),
    );
    expect(snapshot.attempts).toBe(1);
    expect(env.excel.stats.syncs).toBe(1);
    expect(snapshot.grid.merges).toHaveLength(700);
    expect(snapshot.grid.cells[1398][0].value).toBe('voce 1398');
  });

  // Excel refuses getMergedAreasOrNullObject over 512 areas; the code it answers with is not documented
  it.each(['GeneralException', 'InvalidOperation', 'UnknownError'])('a column with more than 512 merged areas (Excel answering %s) is measured and read again', async (code) => {
    const cells = Array.from({ length: 1400 }, (_, r) => [{ value: r % 2 === 0 ? `voce ${r}` : null }, { value: r }]);
    const g: SheetGrid = { name: 'Cruscotto', cells, merges: Array.from({ length: 700 }, (_, i) => ({ top: 2 * i, left: 0, bottom: 2 * i + 1, right: 0 })) };
    const env = environment([g], { mergedAreasLimitCode: code });
    const { readSheet } = await import('../../src/excel/readSheet');
    const { countingSync } = await import('../../src/excel/syncCounter');
    const snapshot = await env.excel.run(async (context) =>
      readSheet(context, countingSync(context), {
        sheetName: 'Cruscotto',
        comments: null,
        features: { mergedAreas: true, comments: true, pageLayout: true, rangeAreas: true, notes: true },
      }),
    );
    expect(env.excel.stats.perSync.map((s) => !!s.failed)).toEqual([true, false, false]);
    expect(snapshot.grid.merges).toHaveLength(700);
    expect(snapshot.grid.cells[1398][0].value).toBe('voce 1398');
  });
});

describe('an empty workbook sheet', () => {
  it('gives diagnostics and writes nothing', async () => {
    const env = environment([{ name: 'Foglio1', cells: [], merges: [] }]);
    env.state.sheets.push(emptySheet(env.state, 'Vuoto'));
    await hostOf(env).saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: 'Foglio1' });
    const before = snapshotWorkbook(env.state);
    const outcome = await run(env, false);
    expect(outcome.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(snapshotWorkbook(env.state)).toEqual(before);
  });
});
