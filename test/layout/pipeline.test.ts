import fc from 'fast-check';
import { getProfile } from '../../src/engine';
import { exampleCruscotto, generateCruscotto, type CruscottoVariant, type LayoutName } from '../support/generate';
import { chooseSheet, runPipeline } from '../../src/layout/pipeline';
import { findHeader } from '../../src/layout/reader';
import { a1 } from '../../src/layout/address';
import { LEGEND_TEXTS, OWN_GROUP_HEADER } from '../../src/layout/outputColumns';
import { SUMMARY_SHEET_NAME, type SheetGrid } from '../../src/layout/types';
import { sondrio2018Expected, sondrio2018Grid, sondrio2020Expected, sondrio2020Grid } from '../fixtures/builders';
import { applyPlanToGrid } from './plan/applyToGrid';
import { KNOWN_DEVIATIONS_2018, publishedLines, reportLines } from './plan/publishedFigures';

const sondrio2020 = getProfile('sondrio-2020')!;
const sondrio2018 = getProfile('sondrio-2018')!;

describe('runPipeline', () => {
  test('Sondrio 2020: the published figures, in memory', () => {
    const result = runPipeline(sondrio2020Grid(), { profile: sondrio2020, planYear: 2020, summary: true, organisationName: 'Camera di commercio di Sondrio' });
    const expected = sondrio2020Expected();
    expect(reportLines(result.report, expected)).toEqual(publishedLines(expected));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan.summary?.blocks[0].values[0][0]).toBe('Relazione sulla performance 2020 — Camera di commercio di Sondrio');
  });

  test('Sondrio 2018: the published figures, in memory', () => {
    const result = runPipeline(sondrio2018Grid(), { profile: sondrio2018, planYear: 2018 });
    const expected = sondrio2018Expected();
    expect(reportLines(result.report, expected)).toEqual(publishedLines(expected, KNOWN_DEVIATIONS_2018));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('every engine diagnostic gets the cell of the faulty input, with the "Sheet!A1: " prefix', () => {
    const grid = generateCruscotto({ actions: 12, seed: 7, layout: '2022', withResults: true });
    const layout = findHeader(grid)!;
    const col = (role: string) => layout.columns.find((c) => c.role === role)!.col;
    const row = layout.headerBottom + 3;
    grid.cells[row][col('action.result')] = { value: 'circa 30' };
    grid.cells[row + 3][col('action.target')] = { value: null };
    const result = runPipeline(grid, { profile: sondrio2020 });
    const cells = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.cell);
    expect(cells).toEqual(expect.arrayContaining([`Cruscotto!${a1(row, col('action.result'))}`, `Cruscotto!${a1(row + 3, col('action.target'))}`]));
    for (const d of result.diagnostics) {
      expect(d.cell).not.toBeNull();
      expect(d.message.startsWith(`${d.cell}: `)).toBe(true);
    }
    expect(result.report.diagnostics).toEqual(result.diagnostics.map(({ severity, cell, message }) => ({ severity, cell, message })));
  });

  test('a cell with an error gets only the error: its consequences (no result) are not repeated as warnings', () => {
    const grid = generateCruscotto({ actions: 12, seed: 7, layout: '2022', withResults: true });
    const layout = findHeader(grid)!;
    const col = layout.columns.find((c) => c.role === 'action.result')!.col;
    const row = layout.headerBottom + 3;
    grid.cells[row][col] = { value: 'circa 30' };
    const result = runPipeline(grid, { profile: sondrio2020 });
    const atCell = result.diagnostics.filter((d) => d.cell === `Cruscotto!${a1(row, col)}`);
    expect(atCell.map((d) => [d.severity, d.message])).toEqual([['error', `Cruscotto!${a1(row, col)}: il risultato «circa 30» non è un numero`]]);
    // without the error, the same empty result is a warning of its own
    grid.cells[row][col] = { value: null };
    const empty = runPipeline(grid, { profile: sondrio2020 }).diagnostics.filter((d) => d.cell === `Cruscotto!${a1(row, col)}`);
    expect(empty.map((d) => d.severity)).toEqual(['warning']);
  });

  test('plan year: from the sheet, unless given', () => {
    const { grid } = exampleCruscotto();
    const a = runPipeline(grid, { profile: sondrio2020, summary: true });
    expect(a.read.layout?.planYear).toBe(2022);
    expect(a.plan.summary?.blocks[0].values[0][0]).toBe('Relazione sulla performance 2022');
    const b = runPipeline(generateCruscotto({ actions: 10, seed: 1, layout: '2018', planYear: 2018 }), { profile: sondrio2018, planYear: 2018, summary: true });
    expect(b.plan.summary?.blocks[0].values[0][0]).toBe('Relazione sulla performance 2018');
  });

  test('no summary unless asked', () => {
    const r = runPipeline(generateCruscotto({ actions: 10, seed: 2 }), { profile: sondrio2020 });
    expect(r.plan.summary).toBeNull();
    expect(r.plan.sheet.blocks.length).toBeGreaterThan(0);
  });

  test('a sheet that is not a cruscotto: an error diagnostic, an empty plan, no exception', () => {
    const grid: SheetGrid = { name: 'Bilancio', cells: [[{ value: 'Voce' }, { value: 'Importo' }], [{ value: 'Affitti' }, { value: 1200 }]], merges: [] };
    const r = runPipeline(grid, { profile: sondrio2020, summary: true });
    expect(r.diagnostics.some((d) => d.severity === 'error' && d.message.startsWith('Bilancio'))).toBe(true);
    expect(r.plan.sheet.blocks).toEqual([]);
    expect(r.report.nodes).toEqual([]);
  });

  test('never throws, whatever the cells', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('cod.', 'target', 'Peso', 'Risultato', 'Azioni', 'titolo', '1.1.1', '1.1', '=A1', '80%', 'luglio', '-', 'n.d.'),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.date(),
    );
    const grid = fc.array(fc.array(cell.map((value) => ({ value })), { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, fc.boolean(), (cells, summary) => {
        const r = runPipeline({ name: 'Foglio', cells, merges: [] }, { profile: sondrio2020, summary });
        expect(Array.isArray(r.diagnostics)).toBe(true);
        const text = JSON.stringify(r.report);
        expect(text).not.toContain('NaN');
      }),
      { numRuns: 150 },
    );
    // and garbage instead of a grid
    expect(() => runPipeline(undefined as unknown as SheetGrid, { profile: sondrio2020 })).not.toThrow();
  });

  describe.each([
    ['2022', {}],
    ['2022', { shuffleColumns: true, extraColumns: true, repeatHeaderEvery: 9, emptyRows: true, overrides: true, neutralised: true }],
    ['2020', {}],
    ['2020', { overrides: true, repeatHeaderEvery: 9 }],
    ['2018', { overrides: true }],
  ] as [LayoutName, CruscottoVariant][])('layout %s %j', (layout, variant) => {
    test('running it on its own output gives the same plan and the same report', () => {
      const profile = layout === '2018' ? sondrio2018 : sondrio2020;
      const grid = generateCruscotto({ actions: 40, seed: 5, layout, withResults: true, variant });
      const first = runPipeline(grid, { profile, summary: true });
      const applied = applyPlanToGrid(grid, first.plan.sheet);
      expect(applied.refused).toEqual([]);
      const second = runPipeline(applied.grid, { profile, summary: true, ledger: applied.ledger });
      expect(second.plan).toEqual(first.plan);
      // the report is the same; what the reader saw now includes the add-in's own columns
      expect({ ...second.report, layout: null }).toEqual({ ...first.report, layout: null });
      const ownInLayout = second.report.layout!.columns.filter((c) => c.role === 'own').map((c) => c.col);
      // the empty column between the add-in's columns and its legend of colours is seen, and ignored
      const seen = (c: { col: number; role: string; header: string }) => !ownInLayout.includes(c.col) && !(c.role === 'ignore' && c.header === '');
      expect(second.report.layout!.columns.filter(seen)).toEqual(first.report.layout!.columns.filter(seen));
      // the own columns were recognised, not appended again
      const own = second.read.layout?.columns.filter((c) => c.role === 'own').length ?? 0;
      const appended = first.plan.sheet.blocks.filter((b) => b.style === 'header' && b.values[0][0] !== OWN_GROUP_HEADER).length;
      expect(appended).toBeGreaterThan(0);
      // and the legend's cells are the add-in's too
      expect(own).toBe(appended + LEGEND_TEXTS.length);
    });
  });
});

describe('chooseSheet', () => {
  const cruscotto = generateCruscotto({ actions: 6, seed: 1, sheetName: 'Piano 2022' });
  const other: SheetGrid = { name: 'Note', cells: [[{ value: 'appunti' }]], merges: [] };
  const summary: SheetGrid = { ...cruscotto, name: SUMMARY_SHEET_NAME };
  const sheets = [{ name: 'Note' }, { name: SUMMARY_SHEET_NAME }, { name: 'Piano 2022' }];
  const grids: Record<string, SheetGrid> = { Note: other, [SUMMARY_SHEET_NAME]: summary, 'Piano 2022': cruscotto };
  const get = (s: { name: string }) => grids[s.name];

  test('without a request: the sheet that looks most like a cruscotto, never the add-in’s own Riepilogo', () => {
    const c = chooseSheet(sheets, get, null, { skip: 'riepilogo' });
    expect(c.ok && c.sheet.name).toBe('Piano 2022');
  });

  test('the best match among several, with a note that names it and says how to choose another', () => {
    // a user's list placed before the cruscotto, with a header-like row
    const list: SheetGrid = {
      name: 'Elenco',
      cells: [[{ value: 'cod.' }, { value: 'descrizione' }, { value: 'target' }], [{ value: '1' }, { value: 'Sportello' }, { value: 10 }]],
      merges: [],
    };
    const c = chooseSheet([{ name: 'Elenco' }, { name: 'Piano 2022' }], (s) => (s.name === 'Elenco' ? list : cruscotto));
    expect(c.ok && c.sheet.name).toBe('Piano 2022');
    expect(c.ok && c.note).toBe(
      'Più fogli sembrano un cruscotto («Elenco», «Piano 2022»): è stato letto «Piano 2022», quello che lo sembra di più. Per leggerne un altro, indicarlo nelle impostazioni (Foglio del cruscotto) o con --foglio.',
    );
  });

  test('the requested sheet, also ignoring case and spaces', () => {
    expect(chooseSheet(sheets, get, 'Note')).toMatchObject({ ok: true, sheet: { name: 'Note' } });
    expect(chooseSheet(sheets, get, ' piano 2022 ')).toMatchObject({ ok: true, sheet: { name: 'Piano 2022' } });
  });

  test('Italian messages for a missing sheet and for no cruscotto at all', () => {
    expect(chooseSheet(sheets, get, 'Foglio9')).toEqual({ ok: false, message: 'Il foglio «Foglio9» non esiste nella cartella di lavoro. Fogli presenti: «Note», «Riepilogo», «Piano 2022».' });
    const none = chooseSheet([{ name: 'Note' }], get);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toContain('Nessun foglio sembra un cruscotto');
    expect(chooseSheet([], get)).toEqual({ ok: false, message: 'La cartella di lavoro non contiene fogli.' });
  });

  test('a sheet that cannot be read is skipped', () => {
    const c = chooseSheet(sheets, (s) => {
      if (s.name === 'Note') throw new Error('rotto');
      return get(s);
    }, null, { skip: SUMMARY_SHEET_NAME });
    expect(c.ok && c.sheet.name).toBe('Piano 2022');
  });
});
