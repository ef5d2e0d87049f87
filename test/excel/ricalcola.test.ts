import { generateCruscotto } from '../support/generate';
import { findSheet, getCell, snapshotWorkbook, sheetToGrid } from './fake';
import { MAX_SYNCS, environment, expectedRun, mismatches, plannedCells, run } from './support';

describe('Ricalcola against the fake Excel', () => {
  const sizes = [10, 500, 5000];
  const measured = new Map<number, { syncs: number; operations: number; maxRequest: number; maxResponse: number; styled: number }>();

  describe.each(sizes)('%i actions', (actions) => {
    const grid = generateCruscotto({ actions, seed: 7 });

    it('writes exactly the plan, leaves the user cells alone, and a second run changes nothing', async () => {
      const env = environment([grid]);
      const before = sheetToGrid(env.state, 'Cruscotto');
      const expected = expectedRun(env.state, 'Cruscotto', true);
      expect(expected.plan.sheet.blocks.length).toBeGreaterThan(0);

      const outcome = await run(env, true);
      expect(outcome.report.organisation.achievement).toEqual(expected.report.organisation.achievement);
      expect(outcome.summaryWritten).toBe(true);
      expect(mismatches(env.state, expected.plan.sheet)).toEqual([]);
      expect(mismatches(env.state, expected.plan.summary!)).toEqual([]);

      // user cells: everything the plan does not write is as it was
      const planned = plannedCells(expected.plan.sheet);
      const sheet = findSheet(env.state, 'Cruscotto');
      const changed: string[] = [];
      before.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (planned.has(`${r}:${c}`)) return;
          const now = getCell(sheet, r, c);
          const value = now && now.value !== '' ? now.value : null;
          if (value !== (cell.value ?? null) || (now?.numberFormat ?? 'General') !== (cell.numberFormat ?? 'General')) changed.push(`r${r} c${c}`);
        }),
      );
      expect(changed).toEqual([]);

      const first = snapshotWorkbook(env.state);
      env.excel.stats.reset();
      const second = await run(env, true);
      expect(snapshotWorkbook(env.state)).toEqual(first);
      expect(second.syncs).toBe(env.excel.stats.syncs);
      measured.set(actions, {
        syncs: env.excel.stats.syncs,
        operations: env.excel.stats.operations,
        maxRequest: env.excel.stats.maxRequestBytes,
        maxResponse: env.excel.stats.maxResponseBytes,
        styled: expected.plan.summary!.blocks.filter((b) => b.bold || (b.style && b.style !== 'normal')).length,
      });
    });
  });

  it('makes the same number of round trips and operations whatever the number of rows', () => {
    const counts = sizes.map((n) => measured.get(n));
    expect(counts.every((c) => c !== undefined)).toBe(true);
    for (const c of counts) expect(c!.syncs).toBeLessThanOrEqual(MAX_SYNCS);
    expect(new Set(counts.map((c) => c!.syncs)).size).toBe(1);
    // the operations depend on the columns and the rules, never on the rows, except the Riepilogo's styled rows:
    // one Range each (Worksheet.getRanges would need the locale's list separator, office-js #1167)
    const ops = counts.map((c) => c!.operations);
    const styled = counts.map((c) => c!.styled);
    for (const i of [1, 2]) expect(ops[i] - ops[0]).toBeLessThanOrEqual(4 * (styled[i] - styled[0]) + 6);
    for (const c of counts) {
      expect(c!.maxRequest).toBeLessThan(5 * 1024 * 1024);
      expect(c!.maxResponse).toBeLessThan(5 * 1024 * 1024);
    }
  });
});
