/**
 * The sheet's own "% raggiungimento" column, filled by hand: the add-in leaves it, writes its figures in a
 * column of its own and lists every row where the two differ by more than 0,01 points (Verifica).
 */
import { getProfile } from '../../../src/engine';
import { a1, columnIndex } from '../../../src/layout/address';
import { generateCruscotto } from '../../support/generate';
import { runPipeline } from '../../../src/layout/pipeline';
import { findHeader } from '../../../src/layout/reader';
import type { SheetGrid } from '../../../src/layout/types';
import { applyPlanToGrid } from './applyToGrid';

const profile = getProfile('sondrio-2020')!;

/** The 2020 annex layout: its action "Risultato" column holds percentages (the sheet's own output). */
function annex(): { grid: SheetGrid; outputCol: number } {
  const grid = generateCruscotto({ actions: 12, seed: 4, layout: '2020', withResults: true });
  const layout = findHeader(grid)!;
  const outputCol = layout.columns.find((c) => c.role === 'action.output')!.col;
  return { grid, outputCol };
}

describe('Verifica of a figure column the user filled', () => {
  it('fills an empty sheet column itself (nothing of the user there)', () => {
    const { grid, outputCol } = annex();
    const result = runPipeline(grid, { profile });
    expect(result.plan.sheet.blocks.some((b) => b.left === outputCol)).toBe(true);
    expect(result.report.checks).toEqual([]);
  });

  it('leaves a filled one as it is, writes its own column and lists the rows that differ', () => {
    const { grid, outputCol } = annex();
    const computed = runPipeline(grid, { profile });
    const actions = computed.report.nodes.filter((n) => n.level === 'action' && n.achievement !== null && n.cell);
    // the user typed the figures by hand: right on every row but two
    const rows = actions.map((n) => Number(/(\d+)$/.exec(n.cell!)![1]) - 1);
    rows.forEach((row, i) => (grid.cells[row][outputCol] = { value: actions[i].achievement! / 100, numberFormat: '0.00%' }));
    grid.cells[rows[1]][outputCol] = { value: (actions[1].achievement! - 5) / 100, numberFormat: '0.00%' };
    grid.cells[rows[3]][outputCol] = { value: 0.5, numberFormat: '0%' };

    const result = runPipeline(grid, { profile, summary: true });
    // nothing is written into the user's column
    for (const b of result.plan.sheet.blocks) expect(b.left <= outputCol && outputCol < b.left + b.values[0].length).toBe(false);
    const warning = result.diagnostics.find((d) => d.code === 'user-figure-column')!;
    expect(warning.message).toMatch(/contiene valori o formule inseriti nel foglio: il componente aggiuntivo non la modifica e i risultati del calcolo vanno nella colonna [A-Z]+\.$/);

    const checks = result.report.checks!;
    const expected = [1, 3].filter((i) => Math.abs((i === 1 ? actions[1].achievement! - 5 : 50) - actions[i].achievement!) > 0.01);
    expect(checks.map((c) => c.cell)).toEqual(expected.map((i) => `Cruscotto!${a1(rows[i], outputCol)}`));
    expect(checks[0].sheetValue).toBeCloseTo(actions[1].achievement! - 5, 9);
    expect(checks[0].computed).toBeCloseTo(actions[1].achievement!, 9);
    expect(checks[0].message).toMatch(new RegExp(`^Verifica: la percentuale in ${a1(rows[1], outputCol)} è \\d+,\\d\\d, il calcolo dà \\d+,\\d\\d \\(colonna [A-Z]+\\)$`));
    // the add-in's own column holds the computed figures on the same rows
    const ownCol = /colonna ([A-Z]+)\)$/.exec(checks[0].message)![1];
    expect(checks[0].computedCell).toBe(`Cruscotto!${ownCol}${rows[1] + 1}`);
    // and the plan writes the computed figure there, not in the user's column
    const figureCol = columnIndex(ownCol);
    expect(figureCol).not.toBe(outputCol);
    const written = result.plan.sheet.blocks.find((b) => b.left === figureCol && b.top <= rows[1] && rows[1] < b.top + b.values.length);
    expect(written?.values[rows[1] - written.top][0]).toBeCloseTo(actions[1].achievement! / 100, 12);

    // the Riepilogo lists them
    const texts = result.plan.summary!.blocks.flatMap((b) => b.values.flat()).filter((v) => typeof v === 'string');
    expect(texts).toContain('Verifica delle percentuali già presenti nel foglio');
    expect(texts).toContain(checks[0].message);

    // a second run changes nothing and gives the same list
    const once = applyPlanToGrid(grid, result.plan.sheet);
    expect(once.refused).toEqual([]);
    const again = runPipeline(once.grid, { profile, ledger: once.ledger });
    expect(again.report.checks).toEqual(checks);
    expect(applyPlanToGrid(once.grid, again.plan.sheet, once.ledger).grid.cells).toEqual(once.grid.cells);
  });
});
