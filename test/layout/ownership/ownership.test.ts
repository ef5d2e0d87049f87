/** The ledger and the write guard on small hand-made sheets. */
import {
  cellKey,
  emptyLedger,
  gridView,
  guardSheetPlan,
  isSummarySheet,
  LEDGER_MARKER,
  parseLedger,
  prepareWrites,
  serialiseLedger,
  SheetOwnership,
  summaryTarget,
  type Ledger,
} from '../../../src/layout/ownership';
import type { SheetGrid, SheetWritePlan } from '../../../src/layout/types';
import { applyPlanToGrid } from '../plan/applyToGrid';
import { getProfile } from '../../../src/engine';
import { generateCruscotto } from '../../support/generate';
import { runPipeline } from '../../../src/layout/pipeline';

const g = (rows: (string | number | null)[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({
  name: 'Cruscotto',
  cells: rows.map((r) => r.map((value) => ({ value }))),
  merges: [],
  ...extra,
});

const plan = (blocks: SheetWritePlan['blocks'], notes: SheetWritePlan['notes'] = []): SheetWritePlan => ({ sheet: 'Cruscotto', blocks, conditionalFormats: [], notes });

describe('cellKey', () => {
  it('is the same for the same value, different for different values and kinds, null for empty cells', () => {
    expect(cellKey(0.875)).toBe(cellKey(0.875));
    expect(cellKey(0.875)).not.toBe(cellKey('0.875'));
    expect(cellKey('Raggiunto')).not.toBe(cellKey('Non raggiunto'));
    expect(cellKey(null)).toBeNull();
    expect(cellKey('')).toBeNull();
    // Excel keeps 15 significant digits: the figure read back keeps its key
    expect(cellKey(0.83333333333333337)).toBe(cellKey(0.833333333333333));
  });
});

describe('the ledger in cells', () => {
  it('round-trips through the texts of its sheet, in chunks a cell can hold', () => {
    const ledger: Ledger = {
      version: 1,
      summarySheet: 'Riepilogo',
      sheets: [{ name: "Piano dell'ente", columns: [{ col: 3, rows: Array.from({ length: 9000 }, (_, i) => i), keys: Array.from({ length: 9000 }, (_, i) => cellKey(i / 7)!) }], notes: [{ row: 4, col: 3, key: 'abc' }] }],
    };
    const texts = serialiseLedger(ledger);
    expect(texts[0]).toBe(LEDGER_MARKER);
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(30_000);
    expect(parseLedger(texts)).toEqual({ ok: true, ledger });
  });

  it('a sheet without the marker is not the add-in’s; a damaged one is, but counts as empty', () => {
    expect(parseLedger(['i miei appunti'])).toMatchObject({ ok: false, ours: false });
    expect(parseLedger([LEDGER_MARKER, '{"version":1,'])).toMatchObject({ ok: false, ours: true });
    expect(parseLedger([LEDGER_MARKER, '{"version":1,"summarySheet":null,"sheets":[{"name":"X","columns":[{"c":1,"r":[3,2],"k":"abc"}]}]}'])).toMatchObject({ ok: false, ours: true });
  });
});

describe('SheetOwnership', () => {
  // a first run writes C1 (header), C2, C4 into an empty column C
  const first = () => {
    const grid = g([['Cod.', 'Target', null], ['1.1', 10, null], ['1.2', 20, null], ['1.3', 30, null]]);
    return applyPlanToGrid(grid, plan([{ top: 0, left: 2, values: [['% raggiungimento'], [0.5], [null], [1]] }]));
  };

  it('knows the cells it wrote; an empty cell may always be written; a user value never', () => {
    const { grid, ledger } = first();
    const own = new SheetOwnership(gridView(grid), ledger.sheets[0]);
    expect([own.isOwn(0, 2), own.isOwn(1, 2), own.isOwn(3, 2)]).toEqual([true, true, true]);
    expect(own.canWrite(2, 2)).toBe(true); // empty
    expect(own.canWrite(1, 1)).toBe(false); // the user's target
    expect(own.holdsNothingOfTheUser(2)).toBe(true);
  });

  it('follows its cells when the user inserts a row above them', () => {
    const { grid, ledger } = first();
    const inserted = { ...grid, cells: [grid.cells[0], [{ value: '1.0' }, { value: 5 }], ...grid.cells.slice(1)] };
    const own = new SheetOwnership(gridView(inserted), ledger.sheets[0]);
    expect([own.isOwn(2, 2), own.isOwn(4, 2), own.canWrite(1, 2)]).toEqual([true, true, true]);
    expect(own.holdsNothingOfTheUser(2)).toBe(true);
  });

  it('a value typed over one of its cells is the user’s; so is a formula whose value is empty', () => {
    const { grid, ledger } = first();
    grid.cells[1][2] = { value: 0.75 };
    const withFormula = { ...grid, formulaCells: new Set(['2:2']) };
    const own = new SheetOwnership(gridView(withFormula), ledger.sheets[0]);
    expect(own.canWrite(1, 2)).toBe(false);
    expect(own.canWrite(2, 2)).toBe(false);
    expect(own.isOwn(3, 2)).toBe(true);
    expect(own.holdsNothingOfTheUser(2)).toBe(false);
  });
});

describe('guardSheetPlan', () => {
  it('leaves out every write into a cell of the user and says which, keeping the rest of the block', () => {
    const grid = g([['a', null, 'b'], [null, 'c', null]]);
    const own = new SheetOwnership(gridView(grid), null);
    const guarded = guardSheetPlan(plan([{ top: 0, left: 0, values: [[1, 2, 3], [4, 5, 6]], numberFormat: '0.00%' }]), own);
    const written = guarded.plan.blocks.map((b) => [b.top, b.left, b.values[0][0], b.numberFormat]);
    expect(written).toEqual([[0, 1, 2, '0.00%'], [1, 0, 4, '0.00%'], [1, 2, 6, '0.00%']]);
    expect(guarded.refused.map((d) => d.cell)).toEqual(['Cruscotto!A1', 'Cruscotto!C1', 'Cruscotto!B2']);
    expect(guarded.refused[0].message).toBe('Cruscotto!A1: la cella contiene un dato inserito nel foglio (valore o formula) e non è stata sovrascritta.');
  });

  it('never clears a user cell either (a null in the plan is a clear)', () => {
    const grid = g([['scritto a mano']]);
    const guarded = guardSheetPlan(plan([{ top: 0, left: 0, values: [[null]] }]), new SheetOwnership(gridView(grid), null));
    expect(guarded.plan.blocks).toEqual([]);
    expect(guarded.refused).toHaveLength(1);
  });

  it('colours only ranges it may write, and puts no note on a cell with a note of someone else', () => {
    const grid = g([[null, 'x'], [null, null]], { notes: [{ row: 1, col: 0, text: 'Verificare' }] });
    const p: SheetWritePlan = {
      ...plan([{ top: 0, left: 0, values: [[1], [2]] }], [{ row: 1, col: 0, text: 'Valore assegnato' }]),
      conditionalFormats: [
        { range: 'A1:A2', formula: '=A1>=1', fill: '#00FF00', tag: 'a' },
        { range: 'A1:B2', formula: '=A1>=1', fill: '#00FF00', tag: 'b' },
      ],
    };
    const guarded = guardSheetPlan(p, new SheetOwnership(gridView(grid), null));
    expect(guarded.plan.conditionalFormats.map((r) => r.tag)).toEqual(['a']);
    expect(guarded.plan.notes).toEqual([]);
    expect(guarded.refused.map((d) => d.code)).toEqual(['note-not-written']);
  });
});

describe('the summary sheet', () => {
  it('is «Riepilogo» in any case, as Excel matches sheet names (one rule for the pane, the CLI and the pipeline)', () => {
    expect(['Riepilogo', 'RIEPILOGO', 'riepilogo'].map(isSummarySheet)).toEqual([true, true, true]);
    expect(['Riepilogo Cruscotto', 'Riepilogo (2)', 'Cruscotto'].map(isSummarySheet)).toEqual([false, false, false]);
  });

  it('takes «Riepilogo» when free, the add-in’s own when the ledger names it, else a free name', () => {
    const ledger = emptyLedger();
    expect(summaryTarget(['Cruscotto'], ledger, 'Cruscotto')).toEqual({ name: 'Riepilogo', replaces: null });
    expect(summaryTarget(['Cruscotto', 'riepilogo'], ledger, 'Cruscotto')).toEqual({ name: 'Riepilogo Cruscotto', replaces: null });
    expect(summaryTarget(['Cruscotto', 'Riepilogo', 'Riepilogo Cruscotto'], ledger, 'Cruscotto')).toEqual({ name: 'Riepilogo (2)', replaces: null });
    expect(summaryTarget(['Cruscotto', 'Riepilogo', 'Riepilogo Cruscotto'], { ...ledger, summarySheet: 'Riepilogo Cruscotto' }, 'Cruscotto')).toEqual({
      name: 'Riepilogo Cruscotto',
      replaces: 'Riepilogo Cruscotto',
    });
    // a cruscotto called «Riepilogo» is read; the summary goes elsewhere
    expect(summaryTarget(['Riepilogo'], ledger, 'Riepilogo')).toEqual({ name: 'Riepilogo Cruscotto', replaces: null });
  });

  it('the back end refuses to replace a sheet the ledger does not name', () => {
    const grid = g([[null]]);
    const summary = { ...plan([]), sheet: 'Riepilogo', chart: null, page: { orientation: 'landscape' as const, paper: 'A4' as const, fitToWidth: 1 as const }, dataBarRange: null };
    const refused = prepareWrites({ sheet: plan([]), summary }, gridView(grid), emptyLedger(), ['Cruscotto', 'Riepilogo']);
    expect(refused.plan.summary).toBeNull();
    expect(refused.refused.map((d) => d.code)).toEqual(['summary-refused']);
    // its own summary, nobody has written in it: replaced
    const allowed = prepareWrites({ sheet: plan([]), summary }, gridView(grid), { ...emptyLedger(), summarySheet: 'riepilogo' }, ['Cruscotto', 'Riepilogo'], () => gridView(g([])));
    expect(allowed.summaryReplaces).toBe('Riepilogo');
    expect(allowed.ledger.summarySheet).toBe('Riepilogo');
  });
});

describe('a merged header of the user beside the table', () => {
  it('is never written, and runs stay stable', () => {
    const grid: SheetGrid = generateCruscotto({ actions: 10, seed: 5, layout: '2022', withResults: true });
    const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
    // «Esito azione» typed by the user, merged over three header rows and three columns right of the table
    while (grid.cells[0].length <= width) grid.cells[0].push({ value: null });
    grid.cells[0][width] = { value: 'Esito azione' };
    grid.merges.push({ top: 0, left: width, bottom: 2, right: width + 2 });
    const profile = getProfile('sondrio-2020')!;
    const first = applyPlanToGrid(grid, runPipeline(grid, { profile }).plan);
    expect(first.refused).toEqual([]);
    expect(first.grid.cells[0][width].value).toBe('Esito azione');
    for (let r = 0; r <= 2; r++) for (let c = width; c <= width + 2; c++) if (r || c !== width) expect(first.grid.cells[r]?.[c]?.value ?? null).toBeNull();
    const second = applyPlanToGrid(first.grid, runPipeline(first.grid, { profile, ledger: first.ledger }).plan, first.ledger);
    expect(second.grid.cells).toEqual(first.grid.cells);
  });
});
