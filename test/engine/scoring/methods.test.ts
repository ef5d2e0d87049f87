import { getProfile, scoreAction } from '../../../src/engine';
import type { Profile, ScoringMethod } from '../../../src/engine';
import { D, day, month, num, spec, th } from '../helpers';

const soglie = getProfile('sondrio-2020')!;
const lineare = getProfile('sondrio-2018')!;
const pavia = getProfile('pavia')!;

function pct(p: Profile, s: ReturnType<typeof spec>): string | null {
  const r = scoreAction(s, p);
  return r.achievement === null ? null : r.achievement.toString();
}

describe('soglie (Sondrio 2020-2022: step 100 / soglia level / 0)', () => {
  // cruscotto 2022 3.3.1 and RP 2020 L138: target 28 gg, soglie 29 (80 %) and 30 (60 %), lower is better
  const days = (r: number | string) => spec(num(28, 'days'), num(r, 'days'), [th(num(29, 'days'), 80), th(num(30, 'days'), 60)]);

  it('gives 100 at or better than the target, each soglia its level, 0 beyond the last (boundaries inclusive)', () => {
    expect(pct(soglie, days(20))).toBe('100');
    expect(pct(soglie, days(28))).toBe('100');
    expect(pct(soglie, days('28.5'))).toBe('80');
    expect(pct(soglie, days(29))).toBe('80');
    expect(pct(soglie, days('29.01'))).toBe('60');
    expect(pct(soglie, days(30))).toBe('60');
    expect(pct(soglie, days('35.87'))).toBe('0'); // RP 2020 3.3.1: formula 0, published 60 by OIV decision
  });

  it('reads the direction from the soglie: below the target means higher is better', () => {
    // cruscotto 2022 1.4.1: target 250, soglie 220 (80 %) and 200 (60 %)
    const s = (r: number) => spec(num(250), num(r), [th(num(220), 80), th(num(200), 60)]);
    expect(pct(soglie, s(300))).toBe('100');
    expect(pct(soglie, s(230))).toBe('80');
    expect(pct(soglie, s(200))).toBe('60');
    expect(pct(soglie, s(199))).toBe('0');
    expect(scoreAction(s(230), soglie).direction).toBe('higher');
    expect(scoreAction(days(28), soglie).direction).toBe('lower');
  });

  it('compares dates in calendar order; a month target means by the end of that month', () => {
    // cruscotto 2022 1.1.4: luglio / settembre (80 %) / ottobre (60 %)
    const s = (r: ReturnType<typeof day>) => spec(month(2022, 7), r, [th(month(2022, 9), 80), th(month(2022, 10), 60)]);
    expect(pct(soglie, s(day(2022, 7, 31)))).toBe('100');
    expect(pct(soglie, s(day(2022, 8, 1)))).toBe('80');
    expect(pct(soglie, s(day(2022, 10, 31)))).toBe('60');
    expect(pct(soglie, s(day(2022, 11, 1)))).toBe('0');
  });

  it('scores a target without soglie all-or-nothing unless the profile says pro rata', () => {
    expect(pct(soglie, spec(num(880), num(655)))).toBe('0');
    expect(pct(soglie, spec(num(880), num(880)))).toBe('100');
    const proRata: Profile = { ...soglie, noThresholdRule: 'pro-rata' };
    expect(pct(proRata, spec(num(880), num(660)))).toBe('75');
  });

  it('takes the soglie in any order and still gives each its level', () => {
    const s = spec(num(250), num(205), [th(num(200), 60), th(num(220), 80)]);
    expect(pct(soglie, s)).toBe('60');
  });
});

describe('lineare (Sondrio 2018: interpolation between soglia and target)', () => {
  it('reproduces RP 2018 2.3a: target 72, soglia 56 at 80 %, result 65 -> 91,25', () => {
    expect(pct(lineare, spec(num(72), num(65), [th(num(56), 80)]))).toBe('91.25');
  });

  it('gives 100 at or beyond the target, the level at the soglia, 0 worse than the lowest soglia (RP 2018 2.1c)', () => {
    const s = (r: number) => spec(num(32), num(r), [th(num(26), 80)]);
    expect(pct(lineare, s(40))).toBe('100');
    expect(pct(lineare, s(32))).toBe('100');
    expect(pct(lineare, s(26))).toBe('80');
    expect(pct(lineare, s(22))).toBe('0');
  });

  it('interpolates lower-is-better KPIs symmetrically (RP 2018 3.1a: 28 gg, soglia 30 gg at 80 %)', () => {
    const s = (r: number | string) => spec(num(28), num(r), [th(num(30), 80)]);
    expect(pct(lineare, s('27.58'))).toBe('100');
    expect(pct(lineare, s(29))).toBe('90');
    expect(pct(lineare, s(30))).toBe('80');
    expect(pct(lineare, s(31))).toBe('0');
  });

  it('interpolates between consecutive soglie', () => {
    // target 100 (100 %), 80 (80 %), 50 (60 %): 65 lies half-way between 50 and 80 -> 70
    const s = (r: number) => spec(num(100), num(r), [th(num(80), 80), th(num(50), 60)]);
    expect(pct(lineare, s(90))).toBe('90');
    expect(pct(lineare, s(65))).toBe('70');
    expect(pct(lineare, s(49))).toBe('0');
  });

  it('rounds target, soglie and result to the profile decimals first (RP 2018 2.2e+f: 0,24609 -> 0,25 -> 70)', () => {
    const s = spec(num('0.4'), num('0.24609'), [th(num('0.2'), 60)]);
    expect(pct(lineare, s)).toBe('70');
    const unrounded: Profile = { ...lineare, kpiRoundingDecimals: null };
    expect(scoreAction(s, unrounded).achievement!.toDecimalPlaces(2).toString()).toBe('69.22');
  });

  it('treats a target with no soglia as all-or-nothing by default and pro rata when configured (RP 2018 2.4c)', () => {
    const s = spec(num(1), num('0.9667'));
    expect(pct(lineare, s)).toBe('0');
    expect(pct({ ...lineare, kpiRoundingDecimals: null, noThresholdRule: 'pro-rata' }, s)).toBe('96.67');
  });

  it('interpolates dates on the calendar (day serials)', () => {
    // 100 % by 30 November, 80 % by 31 December: 15 December is 15 of 31 days late
    const s = spec(day(2018, 11, 30), day(2018, 12, 15), [th(day(2018, 12, 31), 80)]);
    const r = scoreAction(s, lineare).achievement!;
    expect(r.toDecimalPlaces(6).toString()).toBe(D(80).plus(D(16).div(31).times(20)).toDecimalPlaces(6).toString());
  });
});

describe('proporzionale (Pavia: result / target, capped at 100, no floor)', () => {
  it('scores result / target, capped at 100, rounded to a whole percent by the Pavia profile', () => {
    expect(pct(pavia, spec(num(200), num(150)))).toBe('75');
    expect(pct(pavia, spec(num(200), num(300)))).toBe('100');
    expect(pct(pavia, spec(num(3), num(2)))).toBe('67'); // 66,67 -> 67 half-up
    expect(pct(pavia, spec(num(200), num(0)))).toBe('0');
    expect(pct({ ...pavia, actionRoundingDecimals: null }, spec(num(3), num(2)))!.slice(0, 8)).toBe('66.66666');
  });

  it('scores target / result when lower is better', () => {
    expect(pct(pavia, spec(num(20, 'days'), num(25, 'days'), [], { direction: 'lower' }))).toBe('80');
    expect(pct(pavia, spec(num(20, 'days'), num(15, 'days'), [], { direction: 'lower' }))).toBe('100');
  });

  it('scores a deadline as day-of-year of the deadline over day-of-year of the completion (31/3 due, 4/4 done: 90/94)', () => {
    const s = spec(day(2021, 3, 31), day(2021, 4, 4));
    const unrounded = { ...pavia, actionRoundingDecimals: null };
    expect(scoreAction(s, unrounded).achievement!.toDecimalPlaces(4).toString()).toBe('95.7447');
    expect(pct(pavia, s)).toBe('96');
    expect(pct(pavia, spec(day(2021, 3, 31), day(2021, 3, 31)))).toBe('100');
    expect(pct(pavia, spec(day(2021, 3, 31), day(2021, 1, 10)))).toBe('100');
  });

  it('counts a completion in the next year from the deadline year (31/12 due, 31/1 next year: 365/396)', () => {
    const unrounded = { ...pavia, actionRoundingDecimals: null };
    const r = scoreAction(spec(day(2021, 12, 31), day(2022, 1, 31)), unrounded).achievement!;
    expect(r.toDecimalPlaces(6).toString()).toBe(D(365).div(396).times(100).toDecimalPlaces(6).toString());
  });

  it('refuses negative values with a warning instead of a meaningless ratio', () => {
    const r = scoreAction(spec(num(-11), num(-8), [], { direction: 'lower' }), pavia);
    expect(r.achievement).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toContain('proportional-not-applicable');
  });
});

describe('method per row', () => {
  it('lets a row override the profile method', () => {
    const base = spec(num(72), num(65), [th(num(56), 80)]);
    const methods: [ScoringMethod, string][] = [
      ['soglie', '80'],
      ['lineare', '91.25'],
      ['proporzionale', D(65).div(72).times(100).toString()],
    ];
    for (const [method, expected] of methods) {
      expect(scoreAction({ ...base, method }, soglie).achievement!.toString()).toBe(expected);
    }
  });

  it('reports an unknown method and falls back to the profile method', () => {
    const r = scoreAction({ ...spec(num(72), num(65), [th(num(56), 80)]), method: 'magico' as ScoringMethod }, soglie);
    expect(r.achievement!.toString()).toBe('80');
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'bad-method', field: 'method' })]);
  });
});
