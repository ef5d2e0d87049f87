/**
 * Issue 8, item 2: after a Ricalcola without Riepilogo (the ribbon's Ricalcola) the add-in's own Riepilogo shows the
 * new figures, never the old ones; a user's own «Riepilogo» is never touched.
 */
import { findHeader } from '../../src/layout/reader';
import { generateCruscotto } from '../support/generate';
import { SUMMARY_SHEET_NAME } from '../../src/layout/types';
import { emptySheet, ensureCell, findSheet, getCell } from './fake';
import { environment, run } from './support';

function enteFigure(env: ReturnType<typeof environment>): unknown {
  const sheet = findSheet(env.state, SUMMARY_SHEET_NAME);
  for (let r = 0; r < sheet.rows.length; r++) if (getCell(sheet, r, 1)?.value === 'Performance di ente') return getCell(sheet, r, 2)?.value;
  return undefined;
}

describe('the add-in\'s Riepilogo after a Ricalcola without Riepilogo', () => {
  it('is rewritten with the new figures', async () => {
    const grid = generateCruscotto({ actions: 12, seed: 3, withResults: true });
    const env = environment([grid]);
    await run(env, true);
    const before = enteFigure(env);
    // every result emptied: the ente figure changes
    const layout = findHeader(grid)!;
    const col = layout.columns.find((c) => c.role === 'action.result')!.col;
    const cruscotto = findSheet(env.state, 'Cruscotto');
    for (let r = layout.headerBottom + 1; r < grid.cells.length; r++) if (getCell(cruscotto, r, col)?.value !== undefined && getCell(cruscotto, r, col)?.value !== '') ensureCell(cruscotto, r, col).value = 0;
    // the user is on the cruscotto: a Ricalcola rewrites the Riepilogo without bringing it to the front
    env.state.activeSheetId = cruscotto.id;
    const outcome = await run(env, false);
    expect(outcome.summaryWritten).toBe(true);
    expect(env.state.activeSheetId).toBe(findSheet(env.state, 'Cruscotto').id);
    expect(enteFigure(env)).not.toEqual(before);
    expect(enteFigure(env) as number).toBeCloseTo(outcome.report.organisation.achievement! / 100, 12);
  });

  it('a user\'s own «Riepilogo» is never written by a Ricalcola', async () => {
    const env = environment([generateCruscotto({ actions: 12, seed: 3, withResults: true })]);
    const mine = emptySheet(env.state, SUMMARY_SHEET_NAME);
    ensureCell(mine, 0, 0).value = 'appunti miei';
    env.state.sheets.push(mine);
    const outcome = await run(env, false);
    expect(outcome.summaryWritten).toBe(false);
    expect(findSheet(env.state, SUMMARY_SHEET_NAME).rows.flat().filter((c) => c && c.value !== '').map((c) => c!.value)).toEqual(['appunti miei']);
  });
});
