/**
 * Issue 9 item 4: the 'progresso' method, year-on-year progress as performance systems measure it: 0 at the
 * baseline, 100 at the target, (result − baseline)/(target − baseline) × 100 clamped to 0..100.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { getProfile, scoreAction } from '../../../src/engine';
import type { ActionSpec, Profile } from '../../../src/engine';
import { day, EMPTY, num, spec, th } from '../helpers';

const base = getProfile('sondrio-2020')!;
const progresso: Profile = { ...base, method: 'progresso' };

const row = (target: number | string, result: number | string, baseline?: number | string, extra: Partial<ActionSpec> = {}): ActionSpec =>
  spec(num(target), num(result), [], baseline === undefined ? extra : { baseline: num(baseline), ...extra });

function pct(p: Profile, s: ActionSpec): string | null {
  const r = scoreAction(s, p);
  return r.achievement === null ? null : r.achievement.toString();
}

describe('progresso: 0 at the baseline, 100 at the target', () => {
  test('hand cases, higher is better (baseline 40, target 60)', () => {
    expect(pct(progresso, row(60, 40, 40))).toBe('0');
    expect(pct(progresso, row(60, 60, 40))).toBe('100');
    expect(pct(progresso, row(60, 50, 40))).toBe('50');
    expect(pct(progresso, row(60, 45, 40))).toBe('25');
    // clamped: beyond the target 100, below the baseline 0
    expect(pct(progresso, row(60, 75, 40))).toBe('100');
    expect(pct(progresso, row(60, 30, 40))).toBe('0');
  });

  test('a decreasing indicator: the direction is the sign of target − baseline (days 30 -> 20)', () => {
    const days = (r: number) => spec(num(20, 'days'), num(r, 'days'), [], { baseline: num(30, 'days') });
    expect(pct(progresso, days(30))).toBe('0');
    expect(pct(progresso, days(25))).toBe('50');
    expect(pct(progresso, days(20))).toBe('100');
    expect(pct(progresso, days(18))).toBe('100');
    expect(pct(progresso, days(33))).toBe('0');
    expect(scoreAction(days(25), progresso).direction).toBe('lower');
  });

  test('the RP 2018 case: baseline 0,51, target 0,56, result 0,56 -> 100; a result of 0,535 -> 50', () => {
    expect(pct(progresso, row('0.56', '0.56', '0.51'))).toBe('100');
    expect(pct(progresso, row('0.56', '0.535', '0.51'))).toBe('50');
  });

  test('the soglie other methods use are not used by progresso', () => {
    const s = spec(num(60), num(50), [th(num(55), 80)], { baseline: num(40) });
    expect(pct(progresso, s)).toBe('50');
    expect(pct(base, s)).toBe('0');
  });

  test('selectable per row (Metodo column): the profile stays a soglie one', () => {
    expect(pct(base, row(60, 50, 40, { method: 'progresso' }))).toBe('50');
    expect(pct(base, row(60, 50, 40))).toBe('0');
  });

  test('the profile\'s KPI rounding applies to the baseline too (Sondrio 2018: 2 decimals)', () => {
    const s2018: Profile = { ...getProfile('sondrio-2018')!, method: 'progresso' };
    // 0,5138 shown 0,51: (0,53 - 0,51)/(0,56 - 0,51) = 40, not (0,53 - 0,5138)/(0,56 - 0,5138) = 35,06...
    expect(pct(s2018, row('0.56', '0.53', '0.5138'))).toBe('40');
    expect(pct(progresso, row('0.56', '0.53', '0.5138'))).toMatch(/^35\.06/);
  });
});

describe('progresso: diagnostics', () => {
  test('no baseline: a warning on the baseline field, the action not measured', () => {
    const r = scoreAction(row(60, 50), progresso);
    expect(r.achievement).toBeNull();
    expect(r.diagnostics).toEqual([
      { severity: 'warning', code: 'missing-baseline', field: 'baseline', message: 'metodo progresso: manca il valore storico (baseline) da cui misurare il progresso: azione non misurata' },
    ]);
  });

  test('target equal to the baseline: a warning and the profile\'s default rule (soglie when the profile is progresso)', () => {
    const s = spec(num(60), num(58), [th(num(55), 80)], { baseline: num(60) });
    const r = scoreAction(s, progresso);
    expect(r.achievement?.toString()).toBe('80');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'progress-flat', field: 'baseline', message: "metodo progresso: il target «60» è uguale al valore storico (60), non c'è progresso da misurare: si usa il metodo «soglie»" }),
    ]);
    const lineare = { ...getProfile('sondrio-2018')!, kpiRoundingDecimals: null };
    const perRow = scoreAction({ ...s, method: 'progresso' }, lineare);
    expect(perRow.achievement?.toString()).toBe('92'); // the lineare profile's rule: 80 + (58-55)/(60-55)·20
    expect(perRow.diagnostics[0].message).toMatch(/si usa il metodo «lineare»$/);
  });

  test('a stated direction against target and baseline: a warning, progress towards the target', () => {
    const r = scoreAction(row(60, 50, 40, { direction: 'lower' }), progresso);
    expect(r.achievement?.toString()).toBe('50');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['progress-direction']);
  });

  test('a date target: the profile\'s rule, with a warning', () => {
    const r = scoreAction(spec(day(2018, 6, 30), day(2018, 6, 1), [], { baseline: num(1) }), progresso);
    expect(r.achievement?.toString()).toBe('100');
    expect(r.diagnostics.map((d) => d.code)).toContain('progress-not-applicable');
  });

  test('an empty or not-measured result: not measured as for the other methods', () => {
    expect(scoreAction(spec(num(60), EMPTY, [], { baseline: num(40) }), progresso).achievement).toBeNull();
  });
});

describe('progresso: properties', () => {
  const value = fc.integer({ min: -10_000, max: 10_000 });
  test('0..100, 0 at the baseline, 100 at the target, monotone towards the target, the same both ways', () => {
    fc.assert(
      fc.property(value, value, value, value, (b, t, x, y) => {
        fc.pre(b !== t);
        const score = (r: number) => new Decimal(pct(progresso, row(t, r, b))!);
        const sx = score(x);
        expect(sx.gte(0) && sx.lte(100)).toBe(true);
        expect(score(b).toString()).toBe('0');
        expect(score(t).toString()).toBe('100');
        // closer to the target (in its direction) never scores less
        const towards = (r: number) => (t > b ? r : -r);
        if (towards(x) <= towards(y)) expect(sx.lte(score(y))).toBe(true);
        // mirrored indicator (decreasing instead of increasing) scores the same
        expect(new Decimal(pct(progresso, row(-t, -x, -b))!).eq(sx)).toBe(true);
        // the formula itself, where not clamped
        const exact = new Decimal(x - b).div(t - b).times(100);
        if (exact.gte(0) && exact.lte(100)) expect(sx.eq(exact)).toBe(true);
      }),
    );
  });
});
