/** The short-value shortcut gives exactly decimal.js's own toNumber (and div(100).toNumber()). */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { decimalToNumber } from '../../src/engine/decimalNumber';

function check(d: Decimal): void {
  expect(Object.is(decimalToNumber(d), d.toNumber())).toBe(true);
  expect(Object.is(decimalToNumber(d, 2), d.div(100).toNumber())).toBe(true);
}

describe('decimalToNumber', () => {
  it('on chosen values: zeros, integers, fractions, word boundaries, long and extreme values', () => {
    const texts = ['0', '-0', '1', '-1', '100', '80', '97.2', '0.972', '84.21052631578947368421', '9999999', '10000000', '123456789012345', '1234567890123456',
      '999999999999999', '0.1', '0.3', '1e-7', '1.5e-20', '1e22', '1e23', '1e-22', '1e-30', '33.33', '66.666666666666666667', '-12.5', '1e+300', '5e-324', 'NaN', 'Infinity', '-Infinity'];
    for (const t of texts) check(new Decimal(t));
  });

  it('on random values of every length and scale', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: -30, max: 30 }), (m, e) => {
        check(new Decimal(`${m}e${e}`));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        check(new Decimal(n));
      }),
      { numRuns: 2000 },
    );
  });
});
