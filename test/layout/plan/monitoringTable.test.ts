/** The Riepilogo of a monitoring run (issue 9 item 3): counts at 30/6 and the late rows with their scostamento. */
import { getProfile } from '../../../src/engine';
import { runPipeline } from '../../../src/layout/pipeline';
import { formatDeviation } from '../../../src/layout/deviationText';
import type { CellScalar, SummaryPlan } from '../../../src/layout/types';
import { bresciaSemestraleGrid } from '../../fixtures/brescia2019/semestrale';

const profile = getProfile('sondrio-2020')!;
const run = (period: 'consuntivo' | 'monitoraggio') => runPipeline(bresciaSemestraleGrid(), { profile, planYear: 2019, period, summary: true });

/** The Riepilogo's rows by sheet row, blank rows as empty arrays (a table ends at a blank row). */
function rowsOf(plan: SummaryPlan): CellScalar[][] {
  const rows: CellScalar[][] = [];
  for (const b of plan.blocks) rows[b.top] = [...Array(b.left).fill(null), ...b.values[0]];
  return Array.from(rows, (r) => r ?? []);
}

test('monitoraggio: the Riepilogo counts the rows in line, late and not measurable, and lists the late ones', () => {
  const result = run('monitoraggio');
  const rows = rowsOf(result.plan.summary!);
  const at = rows.findIndex((r) => r[0] === 'Monitoraggio al 30/6');
  expect(at).toBeGreaterThan(0);
  const monitoring = result.report.monitoring!.rows;
  const count = (s: string) => monitoring.filter((r) => r.state === s).length;
  expect(rows.slice(at + 1, at + 4).map((r) => r[2])).toEqual([count('in-linea'), count('in-ritardo'), count('non-rilevabile')]);
  expect(count('in-ritardo')).toBeGreaterThan(0);
  const header = rows.findIndex((r, i) => i > at && r[1] === 'Indicatore in ritardo');
  const end = rows.findIndex((r, i) => i > header && r.length === 0);
  const late = new Map(rows.slice(header + 1, end).map((r) => [r[0], r]));
  expect(late.size).toBe(count('in-ritardo'));
  expect(late.get('2.1.4.3')!.slice(2, 5)).toEqual(['600 (al 30/6)', '575', '-25']);
  expect(late.get('1.1.2.4')![2]).toBe('200 (al 31/12)');
  expect(late.get('2.1.2.5')![4]).toBe('-1');
  // the section comes before the year's tables: what is behind is read first
  const strategic = rows.findIndex((r) => r[0] === 'Obiettivi strategici');
  expect(strategic).toBeGreaterThan(end);
});

test('consuntivo: no monitoring section', () => {
  expect(rowsOf(run('consuntivo').plan.summary!).some((r) => r[0] === 'Monitoraggio al 30/6')).toBe(false);
});

test('a scostamento in its unit, Italian digits, with its sign (one rule with the pane: src/layout/deviationText)', () => {
  expect(formatDeviation({ deviation: 1027, unit: 'none' })).toBe('+1.027');
  expect(formatDeviation({ deviation: -2.01, unit: 'percent' })).toBe('-2,01 p.p.');
  expect(formatDeviation({ deviation: -4, unit: 'date-days' })).toBe('-4 giorni');
  expect(formatDeviation({ deviation: 1, unit: 'date-days' })).toBe('+1 giorno');
  expect(formatDeviation({ deviation: 0, unit: 'none' })).toBe('0');
  expect(formatDeviation({ deviation: null, unit: 'none', components: [266, 4] })).toBe('+266 e +4');
  expect(formatDeviation({ deviation: null, unit: null })).toBe('n.d.');
});
