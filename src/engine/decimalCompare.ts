/**
 * Comparisons of two Decimals that allocate nothing. decimal.js's own `cmp` (and so gte, lt, eq...) first
 * copies its argument into a new Decimal; on the hot path of scoring that copy is most of the cost.
 * This is the same algorithm as decimal.js `comparedTo`, on the documented fields d (digits, base 1e7),
 * e (exponent) and s (sign), including its treatment of exponents beyond maxE / minE.
 */
import type Decimal from 'decimal.js';

interface Fields {
  d: number[] | null;
  e: number;
  s: number;
}

/** 1 if a > b, -1 if a < b, 0 if equal, NaN if either is NaN: exactly `a.cmp(b)`. */
export function compare(a: Decimal, b: Decimal): number {
  const x = a as unknown as Fields;
  const y = b as unknown as Fields;
  const ctor = a.constructor as unknown as { maxE: number; minE: number };
  const xs = x.s;
  const ys = y.s;
  const xd = x.d;
  // decimal.js copies the argument first: beyond maxE it becomes ±Infinity, below minE zero
  let yd = y.d;
  let ye = y.e;
  if (!yd || ye > ctor.maxE) yd = null;
  else if (ye < ctor.minE) {
    yd = ZERO_DIGITS;
    ye = 0;
  }

  // Either NaN or ±Infinity?
  if (!xd || !yd) {
    return !xs || !ys ? NaN : xs !== ys ? xs : xd === yd ? 0 : (!xd ? 1 : 0) ^ (xs < 0 ? 1 : 0) ? 1 : -1;
  }
  // Either zero?
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== ye) return (x.e > ye ? 1 : 0) ^ (xs < 0 ? 1 : 0) ? 1 : -1;
  const xdL = xd.length;
  const ydL = yd.length;
  for (let i = 0, j = xdL < ydL ? xdL : ydL; i < j; ++i) {
    if (xd[i] !== yd[i]) return (xd[i] > yd[i] ? 1 : 0) ^ (xs < 0 ? 1 : 0) ? 1 : -1;
  }
  return xdL === ydL ? 0 : (xdL > ydL ? 1 : 0) ^ (xs < 0 ? 1 : 0) ? 1 : -1;
}

const ZERO_DIGITS = [0];

/** a >= b (false when either is NaN), as `a.gte(b)`. */
export function gte(a: Decimal, b: Decimal): boolean {
  const c = compare(a, b);
  return c === 1 || c === 0;
}

/** a <= b (false when either is NaN), as `a.lte(b)`. */
export function lte(a: Decimal, b: Decimal): boolean {
  return compare(a, b) < 1;
}

/** a < b, as `a.lt(b)`. */
export function lt(a: Decimal, b: Decimal): boolean {
  return compare(a, b) < 0;
}

/** a > b, as `a.gt(b)`. */
export function gt(a: Decimal, b: Decimal): boolean {
  return compare(a, b) > 0;
}

/** a == b, as `a.eq(b)`. */
export function eq(a: Decimal, b: Decimal): boolean {
  return compare(a, b) === 0;
}
