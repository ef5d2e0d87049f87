/**
 * Issue 9 item 3 through the Excel back end: the period «monitoraggio» saved in the workbook's settings makes the
 * ribbon's Ricalcola compute Brescia's scostamenti at 30/6 (the same ones the CLI test reproduces), write them with
 * their state in the add-in's own columns, and do it in the same round trips as a year-end run.
 */
import { MONITORING_COLUMN_HEADERS } from '../../src/layout/outputColumns';
import type { CruscottoSettings } from '../../src/layout/types';
import { bresciaSemestraleGrid, BRESCIA_SHEET, PUBLISHED_COMPOSITE, PUBLISHED_SCOSTAMENTI, rowOf } from '../fixtures/brescia2019/semestrale';
import { findSheet, getCell } from './fake';
import { cellValue, environment, hostOf, MAX_SYNCS, run } from './support';

const settings = (period: CruscottoSettings['period']): CruscottoSettings => ({ profile: 'sondrio-2020', planYear: 2019, sheetName: null, ...(period ? { period } : {}) });

function columnOf(env: ReturnType<typeof environment>, header: string): number {
  const sheet = findSheet(env.state, BRESCIA_SHEET);
  for (let col = 0; col < 40; col++) if (getCell(sheet, 0, col)?.value === header) return col;
  return -1;
}

test('monitoraggio in the settings: the 19 published scostamenti, written with their state, in the usual round trips', async () => {
  const env = environment([bresciaSemestraleGrid()]);
  await hostOf(env).saveSettings(settings('monitoraggio'));
  const outcome = await run(env, false);
  expect(outcome.syncs).toBeLessThanOrEqual(MAX_SYNCS);
  const rows = new Map(outcome.report.monitoring!.rows.map((r) => [r.code, r]));
  for (const [code, printed, unit, period] of PUBLISHED_SCOSTAMENTI) {
    expect([code, rows.get(code)!.deviation, rows.get(code)!.unit, rows.get(code)!.targetPeriod]).toEqual([code, expect.closeTo(printed, 10), unit, period]);
  }
  for (const [code, printed] of PUBLISHED_COMPOSITE) {
    const row = rows.get(code)!;
    expect([code, row.components ?? [row.deviation]]).toEqual([code, printed]);
  }
  const sheet = findSheet(env.state, BRESCIA_SHEET);
  const deviationCol = columnOf(env, MONITORING_COLUMN_HEADERS[0].header);
  const stateCol = columnOf(env, MONITORING_COLUMN_HEADERS[1].header);
  expect(deviationCol).toBeGreaterThan(0);
  expect(stateCol).toBe(deviationCol + 1);
  expect(getCell(sheet, rowOf('2.1.4.3'), deviationCol)?.value).toBe(-25);
  expect(getCell(sheet, rowOf('2.1.4.3'), stateCol)?.value).toBe('In ritardo');
  expect(getCell(sheet, rowOf('2.1.1.2'), deviationCol)?.value).toBe('+266 e +4');
  expect(getCell(sheet, rowOf('3.1.4.5'), stateCol)?.value).toBe('In linea');
});

test('back to consuntivo: the monitoring columns are cleared, not left with July figures', async () => {
  const env = environment([bresciaSemestraleGrid()]);
  await hostOf(env).saveSettings(settings('monitoraggio'));
  await run(env, false);
  const deviationCol = columnOf(env, MONITORING_COLUMN_HEADERS[0].header);
  await hostOf(env).saveSettings(settings(null));
  const outcome = await run(env, false);
  expect(outcome.report.monitoring).toBeUndefined();
  for (const [code] of PUBLISHED_SCOSTAMENTI) expect([code, cellValue(env.state, BRESCIA_SHEET, rowOf(code), deviationCol)]).toEqual([code, null]);
});

test('the per-dirigente weights of the objectives come through Excel as published: 40/40/20, 20/20/10/20/30, 15/20/25/25/15', async () => {
  const env = environment([bresciaSemestraleGrid()]);
  await hostOf(env).saveSettings(settings('monitoraggio'));
  const outcome = await run(env, false);
  const nodes = outcome.report.nodes;
  const areas = nodes.filter((n) => n.parent === null);
  // each area (a strategic row, one per dirigente) and its objectives (operational rows)
  const weights = areas.map((a) => nodes.filter((n) => n.level === 'operational' && n.parent === a.code).map((n) => n.weight));
  expect(weights).toEqual([
    [40, 40, 20],
    [20, 20, 10, 20, 30],
    [15, 20, 25, 25, 15],
  ]);
});
