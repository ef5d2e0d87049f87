/** Nothing the reader is given makes it throw, return NaN or turn unreadable text into a number. */
import fc from 'fast-check';
import type { KpiValue } from '../../../src/engine/types';
import { comparableValue, parseKpiValue, parsePercentage, parseTargetSpec } from '../../../src/engine/values';
import { ctx2020 } from './helpers';

function finite(v: KpiValue): boolean {
  const c = comparableValue(v);
  return c === null || c.isFinite();
}

const cellValue = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.,%€ -=/gmesiolugènd°≥≤<>'.split('')) }),
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
);
const format = fc.constantFrom(undefined, 'General', '0.00%', 'dd/mm/yyyy', '€ #,##0.00', '0 "gg"', '[h]:mm', '');

describe('robustness', () => {
  test('parseKpiValue and parseTargetSpec never throw nor give NaN', () => {
    fc.assert(
      fc.property(cellValue, format, (value, numberFormat) => {
        const cell = { value, numberFormat };
        const v = parseKpiValue(cell, ctx2020);
        if (v.ok) expect(finite(v.value)).toBe(true);
        else expect(v.problem.message).toMatch(/«.*»|manca/s);
        const t = parseTargetSpec(cell, ctx2020, [80, 60]);
        if (t.ok) {
          expect(finite(t.value.target)).toBe(true);
          t.value.thresholds.forEach((th) => expect(finite(th.value) && th.level.isFinite()).toBe(true));
        }
        const p = parsePercentage(cell);
        if (p.ok) expect(p.value.isFinite() && !p.value.isNegative()).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('text with digits never reads as qualitative', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 9 }), (s, d) => {
        const v = parseKpiValue({ value: `${s}${d}` }, ctx2020);
        if (v.ok) expect(v.value.kind).not.toBe('qualitative');
      }),
    );
  });

  test('any finite number in a percent cell is its fraction in percent points', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const v = parseKpiValue({ value: x, numberFormat: '0.00%' }, ctx2020);
        expect(v.ok && v.value.kind === 'number' && v.value.unit).toBe('percent');
        if (v.ok && v.value.kind === 'number') expect(Math.abs(v.value.value.toNumber() - x * 100)).toBeLessThanOrEqual(Math.abs(x) * 1e-12 + 1e-12);
      }),
    );
  });
});
