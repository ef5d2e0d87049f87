/**
 * A Decimal as the nearest JS number, without going through text when it is short. decimal.js's toNumber
 * prints the value and parses the text back; for a value of at most 15 significant digits the same number
 * comes from one exact integer and one exact power of ten: the digits m (below 2^53) times or divided by
 * 10^k (k <= 22) is a single correctly rounded IEEE operation, as parsing "m e±k" is (the classic fast path
 * of decimal-to-binary conversion). Longer values, and NaN / ±Infinity, take decimal.js's own path.
 */
import type Decimal from 'decimal.js';

interface Fields {
  d: number[] | null;
  e: number;
  s: number;
}

const POW10: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10.push(p);

/** Decimal digits of one base-1e7 word (1..7). */
function wordDigits(w: number): number {
  return w < 10 ? 1 : w < 100 ? 2 : w < 1000 ? 3 : w < 10000 ? 4 : w < 100000 ? 5 : w < 1000000 ? 6 : 7;
}

/**
 * `d × 10^-shift` as the nearest number: exactly `d.toNumber()` for shift 0; for shift 2 exactly
 * `d.div(100).toNumber()` (the division by 100 of a value this short is exact).
 */
export function decimalToNumber(d: Decimal, shift = 0): number {
  const x = d as unknown as Fields;
  const words = x.d;
  if (words && words.length <= 3) {
    const first = words[0];
    if (first === 0) return x.s * 0;
    const digits = wordDigits(first) + 7 * (words.length - 1);
    if (digits <= 15) {
      let m = first;
      for (let i = 1; i < words.length; i++) m = m * 1e7 + words[i];
      // value = 0.[digits] × 10^(e + 1) = m × 10^(e + 1 - digits); m < 10^15 < 2^53 is exact
      const scale = x.e + 1 - digits - shift;
      if (scale >= 0 && scale <= 22) return x.s * (m * POW10[scale]);
      if (scale < 0 && scale >= -22) return x.s * (m / POW10[-scale]);
    }
  }
  return shift === 0 ? d.toNumber() : d.div(POW10[shift]).toNumber();
}
