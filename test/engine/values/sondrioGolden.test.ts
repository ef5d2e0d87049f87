/**
 * Every target and result string of the Sondrio reports (golden rows in test/fixtures/sondrio)
 * is read by the product and gives the figures the analysts transcribed.
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import type { KpiValue } from '../../../src/engine/types';
import { comparableValue, parseKpiValue, parseTargetSpec } from '../../../src/engine/values';
import { expectOk } from './helpers';

interface GoldenRow {
  level: string;
  code: string;
  notes: string;
  target?: number | string;
  thresholds?: Array<{ value: number | string; pct: number }>;
  raw_target?: string | null;
  raw_result?: string | null;
  result?: number | string | null;
}

function rows(file: string): GoldenRow[] {
  const text = fs.readFileSync(path.join(__dirname, '../../fixtures/sondrio', file), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldenRow);
}

/** Dates the golden rows give as text, as a calendar reading of the 2020 plan year would give them. */
const GOLDEN_DATES: Record<string, [number, number, number, 'day' | 'month']> = {
  dicembre: [2020, 12, 31, 'month'],
  luglio: [2020, 7, 31, 'month'],
  settembre: [2020, 9, 30, 'month'],
  ottobre: [2020, 10, 31, 'month'],
  'maggio 2021': [2021, 5, 31, 'month'],
  '30 giugno': [2020, 6, 30, 'day'],
  '14/12/2020': [2020, 12, 14, 'day'],
  '22/07/2020': [2020, 7, 22, 'day'],
};

/** Compares a read value with a golden figure: numbers (ratios as percent allowed), ISO dates, labels. */
function matches(v: KpiValue, golden: number | string): boolean {
  if (typeof golden === 'number') {
    if (v.kind !== 'number') return false;
    return v.value.eq(golden) || (v.unit === 'percent' && v.value.div(100).eq(golden));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(golden);
  if (iso) {
    return v.kind === 'date' && v.date.year === +iso[1] && v.date.month === +iso[2] && v.date.day === +iso[3];
  }
  if (v.kind === 'boolean') return golden.toLowerCase() === (v.value ? 'si' : 'no');
  if (v.kind === 'qualitative') return v.label === golden.toLowerCase();
  const expected = GOLDEN_DATES[golden];
  if (v.kind === 'date' && expected) {
    const [year, month, day, precision] = expected;
    return v.date.year === year && v.date.month === month && v.date.day === day && v.date.precision === precision;
  }
  return false;
}

describe('RP 2018: every action target string', () => {
  const actions = rows('sondrio-rp2018.jsonl').filter((r) => r.level === 'azione');
  const cases = actions
    .map((r) => ({ row: r, text: /Target[^']*'([^']+)'/.exec(r.notes)?.[1] }))
    .filter((c): c is { row: GoldenRow; text: string } => c.text !== undefined);

  test('the fixture holds the 37 actions, each with its target string', () => {
    expect(actions).toHaveLength(37);
    expect(cases).toHaveLength(37);
  });

  test.each(cases.map((c) => [c.row.code, c.text, c.row] as const))('%s: %s', (_code, text, row) => {
    const spec = expectOk(parseTargetSpec({ value: text }, { planYear: 2018 }, [80, 60]));
    expect(matches(spec.target, row.target!)).toBe(true);
    const golden = row.thresholds ?? [];
    expect(spec.thresholds).toHaveLength(golden.length);
    spec.thresholds.forEach((t, i) => {
      expect(matches(t.value, golden[i].value)).toBe(true);
      expect(t.level.eq(golden[i].pct)).toBe(true);
    });
  });

  test('3.1a (days, T < S) and 2.8b (deadlines) keep their order for the engine', () => {
    const days = expectOk(parseTargetSpec({ value: '28 =100% - soglia minima 30 = 80%' }, { planYear: 2018 }, [80, 60]));
    expect(comparableValue(days.target)!.lt(comparableValue(days.thresholds[0].value)!)).toBe(true);
    const months = expectOk(
      parseTargetSpec({ value: '100%=entro novembre - 80%=entro dicembre' }, { planYear: 2018 }, [80, 60]),
    );
    const result = expectOk(parseKpiValue({ value: '14 novembre 2018' }, { planYear: 2018 }));
    expect(comparableValue(result)!.lte(comparableValue(months.target)!)).toBe(true);
  });
});

describe('RP 2020: every raw target and result of the cruscotto annex', () => {
  const withRaw = rows('sondrio-rp2020.jsonl').filter((r) => r.level === 'azione');
  const cells = withRaw.flatMap((r) => [
    ...(r.raw_target ? [[r.code, 'target', r.raw_target, r.target] as const] : []),
    ...(r.raw_result ? [[r.code, 'risultato', r.raw_result, r.result] as const] : []),
  ]);

  test('there are cells to read', () => {
    expect(cells.length).toBeGreaterThan(90);
  });

  test.each(cells)('%s %s «%s»', (_code, _field, raw, golden) => {
    const v = expectOk(parseKpiValue({ value: raw }, { planYear: 2020 }));
    expect(v.raw).toBe(raw);
    expect(matches(v, golden as number | string)).toBe(true);
  });

  test('9.1.3: € 165,80 against a target of 80 €', () => {
    const target = expectOk(parseKpiValue({ value: '80 €' }, { planYear: 2020 }));
    const result = expectOk(parseKpiValue({ value: '€ 165,80' }, { planYear: 2020 }));
    expect(target.kind === 'number' && target.unit).toBe('euro');
    expect(comparableValue(result)!.minus(comparableValue(target)!).eq(new Decimal('85.8'))).toBe(true);
  });
});
