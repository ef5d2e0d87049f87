/** Issue 8, item 2: a legend of the colours beside the add-in's columns on the cruscotto sheet, never on user data. */
import { getProfile } from '../../../src/engine';
import { generateCruscotto } from '../../support/generate';
import { runPipeline } from '../../../src/layout/pipeline';
import { findHeader } from '../../../src/layout/reader';
import { LEGEND_TEXTS } from '../../../src/layout/outputColumns';
import { a1 } from '../../../src/layout/address';
import { applyPlanToGrid } from './applyToGrid';

const profile = getProfile('sondrio-2020')!;
const texts = LEGEND_TEXTS.map((l) => l.text);

function legendOf(blocks: { top: number; left: number; values: unknown[][] }[]) {
  return blocks.find((b) => JSON.stringify(b.values[0]) === JSON.stringify(texts)) ?? null;
}

describe('legend of the colours on the cruscotto sheet', () => {
  test('on the first header row, one column right of the add-in\'s columns, each cell filled with its colour', () => {
    const grid = generateCruscotto({ actions: 20, seed: 4, layout: '2022', withResults: true });
    const r = runPipeline(grid, { profile });
    const ownCols = r.plan.sheet.blocks.filter((b) => b.style === 'header').map((b) => b.left);
    const legend = legendOf(r.plan.sheet.blocks)!;
    expect(legend).not.toBeNull();
    expect(legend.top).toBe(findHeader(grid)!.headerTop);
    expect(legend.left).toBe(Math.max(...ownCols) + 2);
    LEGEND_TEXTS.forEach((l, j) => {
      const rule = r.plan.sheet.conditionalFormats.find((c) => c.range === a1(legend.top, legend.left + j));
      expect(rule?.fill).toBe(profile.colours[l.status]);
    });
  });

  test('a value of the user where it would go: the legend moves right, nothing is refused, the value stays', () => {
    const grid = generateCruscotto({ actions: 20, seed: 4, layout: '2022', withResults: true });
    const first = legendOf(runPipeline(grid, { profile }).plan.sheet.blocks)!;
    const row = grid.cells[first.top];
    row[first.left + 1] = { value: 'nota mia' };
    const r = runPipeline(grid, { profile });
    const moved = legendOf(r.plan.sheet.blocks)!;
    // (the value also widens the header the reader sees, so the add-in's columns may move too)
    expect(moved.left).toBeGreaterThan(first.left + 1);
    expect(r.diagnostics.filter((d) => d.code === 'write-refused')).toEqual([]);
    const applied = applyPlanToGrid(grid, r.plan.sheet);
    expect(applied.grid.cells[first.top][first.left + 1].value).toBe('nota mia');
  });

  test('read back, the legend is the add-in\'s: a second run gives the same plan', () => {
    const grid = generateCruscotto({ actions: 20, seed: 4, layout: '2020', withResults: true });
    const first = runPipeline(grid, { profile });
    const applied = applyPlanToGrid(grid, first.plan.sheet);
    const second = runPipeline(applied.grid, { profile, ledger: applied.ledger });
    expect(second.plan).toEqual(first.plan);
    expect(second.read.layout!.columns.filter((c) => texts.includes(c.header)).map((c) => c.role)).toEqual(['own', 'own', 'own', 'own']);
  });
});
