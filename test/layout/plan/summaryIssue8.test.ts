/**
 * Issue 8, item 2: a Riepilogo that is never stale or silently partial. The add-in's own Riepilogo is rewritten by
 * every Ricalcola; one built from a sheet with errors says so at the top, with the cells; colours and bands have a
 * legend and agree with each other on each row; the print header/footer carries the date and page numbers.
 */
import { getProfile } from '../../../src/engine';
import { exampleCruscotto, EXAMPLE_SHEET_NAME } from '../../support/generate';
import { findHeader } from '../../../src/layout/reader';
import { runPipeline } from '../../../src/layout/pipeline';
import { emptyLedger } from '../../../src/layout/ownership';
import { a1 } from '../../../src/layout/address';
import type { SheetGrid, SummaryPlan } from '../../../src/layout/types';
import { planCells } from './planCells';

const profile = getProfile('sondrio-2020')!;
const AT = new Date(2026, 11, 3, 9, 5);

function texts(plan: SummaryPlan | null): string[] {
  return [...planCells(plan!).values()].map((c) => c.value).filter((v): v is string => typeof v === 'string');
}

function rowOf(plan: SummaryPlan, text: string): (string | number | boolean | null)[] {
  const cells = planCells(plan);
  for (const [key, cell] of cells) {
    if (cell.value !== text) continue;
    const r = Number(key.split(',')[0]);
    const row: (string | number | boolean | null)[] = [];
    for (const [k, c] of cells) if (Number(k.split(',')[0]) === r) row[Number(k.split(',')[1])] = c.value;
    return row;
  }
  throw new Error(`«${text}» non trovato`);
}

describe('a Riepilogo that is never stale', () => {
  const { grid } = exampleCruscotto();
  const ledger = { ...emptyLedger(), summarySheet: 'Riepilogo' };

  test('a Ricalcola without Riepilogo rewrites the add-in\'s own Riepilogo while the workbook has it', () => {
    const r = runPipeline(grid, { profile, ledger, sheetNames: [EXAMPLE_SHEET_NAME, 'Riepilogo'], generatedAt: AT });
    expect(r.plan.summary?.sheet).toBe('Riepilogo');
  });

  test('no Riepilogo is made when the ledger records none, or the recorded one is gone', () => {
    expect(runPipeline(grid, { profile, sheetNames: [EXAMPLE_SHEET_NAME, 'Riepilogo'] }).plan.summary).toBeNull();
    expect(runPipeline(grid, { profile, ledger, sheetNames: [EXAMPLE_SHEET_NAME] }).plan.summary).toBeNull();
  });

  test('the date of the figures (the day: two runs on one day are the same) in the print header; page numbers in the footer', () => {
    const plan = runPipeline(grid, { profile, summary: true, generatedAt: AT }).plan.summary!;
    expect(plan.page.headerFooter).toEqual({
      header: { left: 'Relazione sulla performance 2022', right: 'Cifre calcolate il 03/12/2026' },
      footer: { left: 'Riepilogo', right: 'Pagina &P di &N' },
    });
  });

  test('a "&" of the title is written "&&" in the header (a single & is a code there)', () => {
    const plan = runPipeline(grid, { profile, summary: true, organisationName: 'CCIAA Como & Lecco' }).plan.summary!;
    expect(plan.page.headerFooter?.header.left).toBe('Relazione sulla performance 2022 — CCIAA Como && Lecco');
  });
});

describe('a Riepilogo of a sheet with errors says its figures are partial', () => {
  function withErrors(): { grid: SheetGrid; cells: string[] } {
    const { grid } = exampleCruscotto();
    const layout = findHeader(grid)!;
    const col = layout.columns.find((c) => c.role === 'action.result')!.col;
    const rows = [layout.headerBottom + 2, layout.headerBottom + 5];
    for (const row of rows) grid.cells[row][col] = { value: 'circa 30' };
    return { grid, cells: rows.map((row) => a1(row, col)) };
  }

  test('at the top: how many cells, that the figures are partial, and each cell with its message', () => {
    const { grid, cells } = withErrors();
    const r = runPipeline(grid, { profile, summary: true });
    const plan = r.plan.summary!;
    const all = texts(plan);
    const banner = all.findIndex((t) => t.startsWith('ATTENZIONE'));
    expect(all[banner]).toBe('ATTENZIONE: il foglio «Cruscotto 2022» ha 2 celle con errori: le cifre di questo riepilogo sono PARZIALI.');
    // before the figures
    expect(banner).toBeLessThan(all.indexOf('Performance di ente'));
    for (const cell of cells) expect(rowOf(plan, cell)[1]).toBe('il risultato «circa 30» non è un numero');
    // the warning line is filled (a rule of the add-in, always true)
    expect(plan.conditionalFormats.some((c) => c.tag === 'errori' && c.formula.startsWith('=TRUE+'))).toBe(true);
  });

  test('without errors there is no such warning', () => {
    const plan = runPipeline(exampleCruscotto().grid, { profile, summary: true }).plan.summary!;
    expect(texts(plan).some((t) => t.startsWith('ATTENZIONE'))).toBe(false);
  });
});

describe('colours and bands agree on each row, with a legend', () => {
  const plan = runPipeline(exampleCruscotto().grid, { profile, summary: true }).plan.summary!;

  test('objective 8 at 90 % of its 100 % target: «Eccellente — target non raggiunto» (orange, not counted)', () => {
    expect(rowOf(plan, 'Massimizzazione risorse promozionali').slice(2)).toEqual([0.9, 1, 0.9, 'Eccellente — target non raggiunto']);
    expect(texts(plan)).toContain('8 obiettivi strategici su 9 raggiunti');
  });

  test('the legend names each colour with its rule per level, and each band', () => {
    const all = texts(plan);
    expect(all).toContain('Legenda dei colori e delle valutazioni');
    expect(rowOf(plan, 'Verde')[1]).toBe(
      'Raggiunto: obiettivo strategico: 100% del proprio target (% raggiungimento); obiettivo operativo: da 80,00%; prospettiva ed ente: da 80,00%; azione: da 100,00%',
    );
    for (const colour of ['Arancione', 'Rosso', 'Grigio']) expect(all).toContain(colour);
    for (const band of profile.bands) expect(all).toContain(band.label);
    // each colour cell is filled with the profile's colour
    expect(plan.conditionalFormats.find((c) => c.tag === 'legenda-raggiunto')?.fill).toBe(profile.colours.raggiunto);
  });
});

describe('layout slips of the Riepilogo', () => {
  const plan = runPipeline(exampleCruscotto().grid, { profile, summary: true }).plan.summary!;

  test('every header cell of every table has its text (the Prospettive table had blank ones)', () => {
    for (const b of plan.blocks.filter((x) => x.style === 'header')) {
      for (const v of b.values[0]) expect(v === null || v === '').toBe(false);
    }
    expect(rowOf(plan, 'Prospettiva')).toEqual(['N.', 'Prospettiva', 'Performance', 'Obiettivi strategici', 'di cui raggiunti', 'Valutazione']);
  });

  test('overrides: the objective\'s code is not right after a figure ("60.00%8.1")', () => {
    const header = rowOf(plan, '% assegnata');
    expect(header).toEqual(['Cod.', 'Azione', 'Ob. operativo', '% da formula', '% assegnata', 'Motivazione']);
    const row = rowOf(plan, '8.1.1');
    expect(row.slice(2, 5)).toEqual(['8.1', 0, 0.6]);
  });
});
