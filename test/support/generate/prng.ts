/**
 * Seeded pseudo-random numbers (mulberry32) so generated cruscotti are deterministic: the same seed
 * always gives the same sheet, on every machine.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    // mix the seed so that small consecutive seeds give unrelated sequences
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0;
  }

  /** a float in [0, 1) */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** an integer in [min, max], both inclusive */
  int(min: number, max: number): number {
    if (max < min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Fisher-Yates, in place; returns the same array */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  /**
   * Splits `total` into `parts` positive integers that sum exactly to `total`, in multiples of `unit`
   * when possible (weights of 5 % like the Sondrio plans), otherwise in units of 1.
   */
  partition(total: number, parts: number, unit = 5): number[] {
    if (parts <= 0) return [];
    const step = parts * unit <= total && total % unit === 0 ? unit : 1;
    const units = Math.round(total / step);
    if (parts > units) throw new Error(`cannot split ${total} into ${parts} positive parts`);
    // every part gets one unit, the rest is spread at random with a mild preference for even shares
    const counts = new Array<number>(parts).fill(1);
    let rest = units - parts;
    while (rest > 0) {
      const i = Math.floor(this.next() * parts);
      const chunk = Math.min(rest, 1 + Math.floor(this.next() * Math.max(1, rest / parts)));
      counts[i] += chunk;
      rest -= chunk;
    }
    return counts.map((c) => c * step);
  }
}
