/** The allocation-free comparisons give exactly what decimal.js's own cmp / gte / lte / lt / gt / eq give. */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { compare, eq, gt, gte, lt, lte } from '../../src/engine/decimalCompare';

const SPECIAL = ['0', '-0', 'NaN', 'Infinity', '-Infinity', '1', '-1', '100', '99.99', '100.00000000000000000001', '1e-7', '1e7', '9999999', '10000000', '-1e-20', '1e+30'];

const decimalText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => String(n)),
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => new Decimal(n).div(new Decimal(10).pow(k)).toString()),
  fc.tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -30, max: 30 })).map(([n, e]) => `${n}e${e}`),
  fc.double({ noNaN: false }).map((d) => String(d)),
);

function same(x: Decimal, y: Decimal): void {
  const c = x.cmp(y);
  if (Number.isNaN(c)) expect(compare(x, y)).toBeNaN();
  else expect(compare(x, y)).toBe(c);
  expect(gte(x, y)).toBe(x.gte(y));
  expect(lte(x, y)).toBe(x.lte(y));
  expect(lt(x, y)).toBe(x.lt(y));
  expect(gt(x, y)).toBe(x.gt(y));
  expect(eq(x, y)).toBe(x.eq(y));
}

describe('compare', () => {
  it('agrees with decimal.js on the special values, pairwise', () => {
    for (const a of SPECIAL) for (const b of SPECIAL) same(new Decimal(a), new Decimal(b));
  });

  it('agrees with decimal.js on random values (all digit lengths, signs, exponents)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        same(new Decimal(a), new Decimal(b));
        same(new Decimal(a), new Decimal(a));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on values that differ only in the last digit or in length', () => {
    const pairs = [
      ['1.0000001', '1.00000011'],
      ['1.00000011', '1.0000001'],
      ['-1.0000001', '-1.00000011'],
      ['12345678.9', '12345678.90000001'],
      ['0.1', '0.10000000000000000000000000001'],
      ['-0.5', '-0.49999999'],
    ];
    for (const [a, b] of pairs) same(new Decimal(a), new Decimal(b));
  });

  it('treats an argument beyond maxE / below minE as decimal.js does (it copies the argument first)', () => {
    const D = Decimal.clone({ maxE: 20, minE: -20 });
    const big = new D('1e25'); // the constructor applies the limits: Infinity
    // Decimals made before the limits were lowered keep their exponents: built here field by field
    const raw = Object.assign(Object.create(D.prototype), { constructor: D, s: 1, e: 25, d: [10] }) as Decimal;
    const tiny = Object.assign(Object.create(D.prototype), { constructor: D, s: -1, e: -25, d: [1000] }) as Decimal;
    for (const y of [raw, tiny, big, new D(5), new D(-5), new D(0)]) {
      for (const x of [raw, tiny, big, new D(5), new D(-5), new D(0)]) same(x, y);
    }
  });
});
