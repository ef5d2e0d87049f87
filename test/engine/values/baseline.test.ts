/**
 * Issue 9 item 4: targets written relative to the baseline ("+10% su 2017") and their resolution on the baseline
 * as shown (RP 2018 analysis §2.3: 0,51·1,10 = 0,561 -> 0,56; 0,51·1,05 = 0,5355 -> 0,54).
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { readBaseline, readRelativeText, resolveRelative, resolveRelativeCell, type Baseline } from '../../../src/engine/values';
import { BASELINE_2017 } from '../../fixtures/baselines/rp2018Baseline';

const ctx = { planYear: 2018 };

describe('readRelativeText', () => {
  test.each([
    ['+10% su 2017', '10', 2017],
    ['+5% rispetto al 2018', '5', 2018],
    ['-3% rispetto al 2018', '-3', 2018],
    ['+10% sul 2017', '10', 2017],
    ['+ 10 % su 2017', '10', 2017],
    ['+2,5% rispetto al 2018', '2.5', 2018],
    ['−4% sul 2018', '-4', 2018],
    ['+10% rispetto all’anno 2017', '10', 2017],
    ['+3% rispetto all\'anno precedente', '3', null],
    ['+3% sul valore storico', '3', null],
    ['+3% rispetto alla baseline', '3', null],
    ['2017+10%', '10', 2017],
    ['2017 + 5 %', '5', 2017],
    ['  +10%   SU   2017 ', '10', 2017],
  ])('%s', (text, percent, year) => {
    const r = readRelativeText(text)!;
    expect(r).not.toBeNull();
    expect(r.percent.toString()).toBe(percent);
    expect(r.year).toBe(year);
    expect(r.raw).toBe(text);
  });

  test.each(['+10%', '10%', '10% su 2017', '+10', '+10% entro 2017', '0,56', '2017+10%=0,56=100% - 2017+5%=0,54=60%', '+10% su', 'su 2017', '+10% su 17'])(
    '%s is not a relative target',
    (text) => expect(readRelativeText(text)).toBeNull(),
  );
});

describe('readBaseline: the value as shown', () => {
  const ratio = BASELINE_2017.started / BASELINE_2017.requests; // 0,5137614678899083
  test('a number cell with format 0.00 is read as 0,51, two decimals', () => {
    const r = readBaseline({ value: ratio, numberFormat: '0.00' }, ctx, null);
    expect(r.ok && r.value?.value.value.toString()).toBe('0.51');
    expect(r.ok && r.value?.decimals).toBe(2);
  });
  test('a General number takes the report\'s 2 decimals; a 4-decimal format keeps 4', () => {
    const general = readBaseline({ value: ratio }, ctx, null);
    expect(general.ok && general.value?.value.value.toString()).toBe('0.51');
    const four = readBaseline({ value: ratio, numberFormat: '0.0000' }, ctx, null);
    expect(four.ok && four.value?.value.value.toString()).toBe('0.5138');
  });
  test('text keeps the decimals typed; a percentage in percent points', () => {
    const t = readBaseline({ value: '0,51' }, ctx, 2017);
    expect(t.ok && [t.value?.value.value.toString(), t.value?.decimals, t.value?.year]).toEqual(['0.51', 2, 2017]);
    const p = readBaseline({ value: 0.513761, numberFormat: '0.0%' }, ctx, null);
    expect(p.ok && [p.value?.value.value.toString(), p.value?.value.unit, p.value?.decimals]).toEqual(['51.4', 'percent', 1]);
    const thousands = readBaseline({ value: '1.500' }, ctx, null);
    expect(thousands.ok && [thousands.value?.value.value.toString(), thousands.value?.decimals]).toEqual(['1500', 0]);
  });
  test('blank or not measured: no baseline; a word or a date: a problem', () => {
    expect(readBaseline({ value: null }, ctx, null)).toEqual({ ok: true, value: null });
    expect(readBaseline({ value: 'n.d.' }, ctx, null)).toEqual({ ok: true, value: null });
    expect(readBaseline(undefined, ctx, null)).toEqual({ ok: true, value: null });
    const bad = readBaseline({ value: 'buono' }, ctx, null);
    expect(bad.ok ? null : bad.problem.message).toBe('il valore «buono» non è un numero');
    const date = readBaseline({ value: '30/06/2017' }, ctx, null);
    expect(date.ok).toBe(false);
  });
});

function baseline(value: string, decimals: number, year: number | null = null, unit: 'none' | 'percent' = 'none'): Baseline {
  return { value: { kind: 'number', value: new Decimal(value), unit, raw: value }, decimals, year };
}

describe('resolveRelative (RP 2018 action 2.7a bis and Dirigente obj. 2)', () => {
  test('+10% and +5% on 0,51 are 0,56 and 0,54 (multiplicative on the rounded baseline, rounded to 2 decimals)', () => {
    expect(resolveRelative(readRelativeText('+10% su 2017')!, baseline('0.51', 2)).value.toString()).toBe('0.56');
    expect(resolveRelative(readRelativeText('+5% su 2017')!, baseline('0.51', 2)).value.toString()).toBe('0.54');
  });

  test('not the unrounded alternative (56/109·1,10 = 0,5651; ·1,05 = 0,5394)', () => {
    const shown = readBaseline({ value: BASELINE_2017.started / BASELINE_2017.requests, numberFormat: '0.00' }, ctx, null);
    if (!shown.ok || !shown.value) throw new Error('no baseline');
    const b = shown.value;
    const t = resolveRelative(readRelativeText('+10% su 2017')!, b).value;
    const s = resolveRelative(readRelativeText('+5% su 2017')!, b).value;
    expect([t.toString(), s.toString()]).toEqual(['0.56', '0.54']);
    const unrounded = new Decimal(BASELINE_2017.started).div(BASELINE_2017.requests);
    expect(t.eq(unrounded.times('1.1').toDecimalPlaces(4))).toBe(false);
  });

  test('a decrease, a counted baseline, a percent baseline (10% of it, not 10 points)', () => {
    expect(resolveRelative(readRelativeText('-3% rispetto al 2018')!, baseline('28', 0)).value.toString()).toBe('27.16');
    expect(resolveRelative(readRelativeText('+10% su 2018')!, baseline('13', 0)).value.toString()).toBe('14.3');
    const p = resolveRelative(readRelativeText('+10% su 2017')!, baseline('51.4', 1, null, 'percent'));
    expect([p.value.toString(), p.unit]).toEqual(['56.54', 'percent']);
    expect(resolveRelative(readRelativeText('+2,5% su 2017')!, baseline('0.5138', 4)).value.toString()).toBe('0.5266');
  });

  test('the raw text is kept (messages quote what the user typed)', () => {
    expect(resolveRelative(readRelativeText('+10% su 2017')!, baseline('0.51', 2)).raw).toBe('+10% su 2017');
  });
});

describe('resolveRelativeCell: year check and missing baseline', () => {
  const rel = (t: string) => readRelativeText(t)!;
  test('the year of the text is the plan year − 1, or the header\'s year: no warning', () => {
    expect(resolveRelativeCell(rel('+10% su 2017'), baseline('0.51', 2), ctx, 'il target')).toEqual({ ok: true, value: expect.anything() });
    expect(resolveRelativeCell(rel('+10% su 2016'), baseline('0.51', 2, 2016), ctx, 'il target')).toEqual({ ok: true, value: expect.anything() });
    expect(resolveRelativeCell(rel("+10% rispetto all'anno precedente"), baseline('0.51', 2, 2016), ctx, 'il target')).toEqual({ ok: true, value: expect.anything() });
  });
  test('another year: an Italian warning, the target still resolved on the row\'s baseline', () => {
    const r = resolveRelativeCell(rel('+10% su 2016'), baseline('0.51', 2), ctx, 'il target');
    expect(r.ok && r.value.value.toString()).toBe('0.56');
    expect(r.ok && r.warning).toBe(
      'il target «+10% su 2016» si riferisce al 2016, ma il valore storico dovrebbe essere del 2017 (anno del piano 2018 − 1): calcolato comunque sul valore storico della riga (0,51), = 0,56',
    );
    const h = resolveRelativeCell(rel('+5% rispetto al 2018'), baseline('0.51', 2, 2017), { planYear: 2019 }, 'la soglia 60%');
    expect(h.ok && h.warning).toMatch(/^la soglia 60% «\+5% rispetto al 2018» si riferisce al 2018, ma il valore storico della colonna è del 2017/);
  });
  test('no baseline: a problem in Italian, quoting the text', () => {
    const r = resolveRelativeCell(rel('+10% su 2017'), null, ctx, 'il target');
    expect(r.ok ? null : [r.problem.code, r.problem.message]).toEqual([
      'missing-baseline',
      'il target «+10% su 2017» si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato',
    ]);
  });
});

describe('properties', () => {
  test('any text: null or a reading, never a throw; a written change reads back and resolves half-up to max(d, 2) decimals', () => {
    fc.assert(fc.property(fc.string(), (t) => expect(() => readRelativeText(t)).not.toThrow()));
    fc.assert(
      fc.property(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (whole, cents, units, d) => {
        const p = new Decimal(whole).plus(new Decimal(cents).div(100).times(Math.sign(whole) || 1));
        const text = `${p.isNegative() ? '-' : '+'}${p.abs().toFixed(2).replace('.', ',')}% su 2017`;
        const rel = readRelativeText(text)!;
        expect(rel.percent.eq(p)).toBe(true);
        const b = baseline(new Decimal(units).div(10 ** d).toFixed(d), d);
        const want = b.value.value.times(p.plus(100).div(100)).toDecimalPlaces(Math.max(d, 2), Decimal.ROUND_HALF_UP);
        expect(resolveRelative(rel, b).value.eq(want)).toBe(true);
      }),
    );
  });
});
