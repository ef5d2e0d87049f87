/**
 * The value reader's shortcuts (taken for speed on sheets of thousands of rows) give exactly what the
 * plain computation gives: the Decimal of a cell number, the analysis of a number format, the
 * normalised text.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { excelDecimal } from '../../../src/engine/values/excelCell';
import { analyseNumberFormat } from '../../../src/engine/values/numberFormat';
import { normaliseText } from '../../../src/engine/values/text';

/** The same Decimal: same value, sign, digits and exponent. */
function sameDecimal(a: Decimal, b: Decimal): boolean {
  return a.toString() === b.toString() && a.isNegative() === b.isNegative() && a.e === b.e && a.d.join(',') === b.d.join(',');
}

describe('excelDecimal: the Decimal of n.toPrecision(15)', () => {
  const reference = (n: number) => new Decimal(n.toPrecision(15));

  test.each([0, -0, 1, -1, 0.1, 0.1 + 0.2, 0.0325, 1 / 3, 44561, 123456789012345, 1234567890123456, 1e15, 1e21, 1.5e-7, 5e-324, Number.MAX_VALUE, -2.675])(
    '%p',
    (n) => {
      expect(sameDecimal(excelDecimal(n), reference(n))).toBe(true);
    },
  );

  test('-0 reads as 0, not as -0', () => {
    expect(excelDecimal(-0).isNegative()).toBe(false);
  });

  test('any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => sameDecimal(excelDecimal(n), reference(n))),
      { numRuns: 20000 },
    );
  });

  test('numbers as typed in cells: integers and a few decimals', () => {
    const typed = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([i, d]) => i / 10 ** d);
    fc.assert(fc.property(typed, (n) => sameDecimal(excelDecimal(n), reference(n))), { numRuns: 20000 });
  });
});

describe('analyseNumberFormat answers the same every time', () => {
  test('a repeated format gives an equal analysis, which cannot be altered', () => {
    const first = { ...analyseNumberFormat('#,##0.00 "€"') };
    const again = analyseNumberFormat('#,##0.00 "€"');
    expect(again).toEqual(first);
    expect(again).toEqual({ kind: 'number', decimals: 2, grouping: true, unit: 'euro', euroFirst: false });
    expect(Object.isFrozen(again)).toBe(true);
    expect(analyseNumberFormat('0.0%')).toEqual({ kind: 'percent', decimals: 1, grouping: false, unit: 'none', euroFirst: false });
    expect(analyseNumberFormat('0.0%')).toEqual({ kind: 'percent', decimals: 1, grouping: false, unit: 'none', euroFirst: false });
    expect(analyseNumberFormat(undefined)).toEqual(analyseNumberFormat('General'));
  });
});

describe('normaliseText: the same text as the full normalisation', () => {
  const full = (text: string) =>
    text
      .replace(/[\u00A0\u2007\u202F\u2009\u200A\u3000]/g, ' ')
      .replace(/[\u2212\u2012\u2013\u2010]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  const unit = fc.constantFrom(...'ab1,.%- \t\n\r\u00A0\u2007\u202F\u2009\u200A\u3000\u2212\u2012\u2013\u2010\u2028\uFEFFè'.split(''));

  test('texts of spaces, minus signs and letters', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (text) => normaliseText(text) === full(text)), { numRuns: 20000 });
  });

  test('already normal text comes back as it is', () => {
    expect(normaliseText('12,5 gg')).toBe('12,5 gg');
    expect(normaliseText(' 12,5\u00A0gg ')).toBe('12,5 gg');
    expect(normaliseText('\u221213,06')).toBe('-13,06');
  });
});
