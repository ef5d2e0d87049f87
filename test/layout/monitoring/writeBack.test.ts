/**
 * Issue 9 item 3: in the period «monitoraggio» the add-in writes each scored row's scostamento into its own column
 * «Scostamento al 30/6» (appended after its other columns, through the output-column placement and the write
 * guard), never into the sheet's own «Scostamenti» column (the user's input). A second run writes the same plan
 * into the same column; a consuntivo run appends no such column.
 */
import { getProfile } from '../../../src/engine';
import { runPipeline } from '../../../src/layout/pipeline';
import { MONITORING_COLUMN_HEADERS } from '../../../src/layout/outputColumns';
import { columnLetter } from '../../../src/layout/address';
import type { Ledger } from '../../../src/layout/ownership';
import type { SheetGrid } from '../../../src/layout/types';
import { bresciaSemestraleGrid, COL, rowOf } from '../../fixtures/brescia2019/semestrale';
import { applyPlanToGrid } from '../plan/applyToGrid';
import { at, planCells } from '../plan/planCells';

const profile = getProfile('sondrio-2020')!;
const HEADER = MONITORING_COLUMN_HEADERS[0].header;
const run = (grid: SheetGrid, period: 'consuntivo' | 'monitoraggio', ledger?: Ledger) => runPipeline(grid, { profile, planYear: 2019, period, ...(ledger ? { ledger } : {}) });

function scostamentoColumn(cells: ReturnType<typeof planCells>): number {
  for (const [key, cell] of cells) if (cell.value === HEADER) return Number(key.split(',')[1]);
  return -1;
}

test('the scostamenti are written in the add-in\'s own column, the sheet\'s «Scostamenti» is left as typed', () => {
  const grid = bresciaSemestraleGrid();
  const result = run(grid, 'monitoraggio');
  const cells = planCells(result.plan.sheet);
  const col = scostamentoColumn(cells);
  expect(col).toBeGreaterThan(COL.printed);
  expect(result.report.layout!.columns.find((c) => c.col === COL.printed)?.role).toBe('action.deviation');
  for (const key of cells.keys()) expect(Number(key.split(',')[1])).not.toBe(COL.printed);
  const value = (code: string) => at(cells, rowOf(code), col)?.value;
  expect([value('1.1.1.1'), value('1.1.1.2'), value('1.1.1.3'), value('2.1.1.1'), value('2.1.4.3'), value('3.1.3.2')]).toEqual([1, -4, 18, 1027, -25, 0]);
  expect(value('3.1.4.5')).toBeCloseTo(-2.01, 10);
  // non rilevabile and yes/no rows: an empty cell
  expect([value('2.1.1.4'), value('1.1.1.4')]).toEqual([null, null]);
  // a composite target: its scostamenti in order, as Brescia prints them ("+ 266 … e + 4 riunioni"); a list: a count
  expect([value('2.1.1.2'), value('2.1.2.5')]).toEqual(['+266 e +4', -1]);
  expect(at(cells, rowOf('1.1.1.1'), col)?.numberFormat).toBeUndefined();
});

test('Ricalcola twice == once: the second run finds its column and writes the same cells', () => {
  const first = run(bresciaSemestraleGrid(), 'monitoraggio');
  const applied = applyPlanToGrid(bresciaSemestraleGrid(), first.plan);
  expect(applied.refused).toEqual([]);
  const second = run(applied.grid, 'monitoraggio', applied.ledger);
  expect(second.plan.sheet.blocks).toEqual(first.plan.sheet.blocks);
  // the column is read back as the add-in's own, not appended again
  const col = scostamentoColumn(planCells(first.plan.sheet));
  expect(second.report.layout!.columns.find((c) => c.col === col)?.role).toBe('own');
  expect(scostamentoColumn(planCells(second.plan.sheet))).toBe(col);
});

test('consuntivo: no scostamento column', () => {
  const cells = planCells(run(bresciaSemestraleGrid(), 'consuntivo').plan.sheet);
  expect(scostamentoColumn(cells)).toBe(-1);
});

test('«Stato al 30/6»: the state of each row as text beside the scostamento, both coloured by that text', () => {
  const result = run(bresciaSemestraleGrid(), 'monitoraggio');
  const cells = planCells(result.plan.sheet);
  const stateHeader = MONITORING_COLUMN_HEADERS.find((h) => h.output === 'action.monitoringState')!.header;
  let stateCol = -1;
  for (const [key, cell] of cells) if (cell.value === stateHeader) stateCol = Number(key.split(',')[1]);
  const col = scostamentoColumn(cells);
  expect(stateCol).toBe(col + 1);
  const state = (code: string) => at(cells, rowOf(code), stateCol)?.value;
  // every state the engine gives, written as the report says it (not copied: computed from target and result)
  for (const row of result.report.monitoring!.rows) {
    if (!row.code) continue;
    const expected = { 'in-linea': 'In linea', 'in-ritardo': 'In ritardo', 'non-rilevabile': 'Non rilevabile' }[row.state];
    expect([row.code, state(row.code)]).toEqual([row.code, expected]);
  }
  // a late row (2.1.4.3: −25) and one in line (1.1.1.1: +1)
  expect([state('2.1.4.3'), state('1.1.1.1')]).toEqual(['In ritardo', 'In linea']);
  const rules = result.plan.sheet.conditionalFormats;
  const onState = rules.filter((r) => r.range.replace(/\d.*/, '') === columnLetter(stateCol));
  const onDeviation = rules.filter((r) => r.range.replace(/\d.*/, '') === columnLetter(col));
  expect(onState.map((r) => r.fill)).toEqual([profile.colours.raggiunto, profile.colours['non-raggiunto'], profile.colours.neutralizzato]);
  // the scostamento's colour is keyed to the state cell of its row (its sign alone does not say: lower may be better)
  expect(onDeviation.map((r) => r.formula)).toEqual(onState.map((r) => r.formula));
});
