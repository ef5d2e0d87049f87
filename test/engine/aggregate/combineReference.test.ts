/**
 * combine reuses sums and shares equal shares for speed; these properties check it against the plain
 * computation (every sum added again, every share divided again): the same Decimals, digit for digit.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { combine, emptyFlat, type CombineItem } from '../../../src/engine/aggregate/combine';
import type { AggregationRule, EngineDiagnostic, PerformanceNode } from '../../../src/engine';

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

const valid = (w: Decimal | undefined): w is Decimal => w !== undefined && w.isFinite() && !w.isNegative();

/** The plain weighted mean: Σ w·v / Σ w over the values that are not null. */
function plainMean(weights: Decimal[], values: (Decimal | null)[]): Decimal | null {
  let num = ZERO;
  let den = ZERO;
  values.forEach((v, i) => {
    if (v === null) return;
    num = num.plus(weights[i].times(v));
    den = den.plus(weights[i]);
  });
  return den.isZero() ? null : num.div(den);
}

function plainCombine(rule: AggregationRule, items: CombineItem[]) {
  const active = items.filter((it) => !it.neutralised);
  let weights = active.map(() => ONE);
  if (rule === 'weighted' && active.length > 0 && active.every((it) => valid(it.weight))) {
    weights = active.map((it) => it.weight as Decimal);
    if (weights.reduce((a, b) => a.plus(b), ZERO).isZero()) weights = active.map(() => ONE);
  }
  const sum = weights.reduce((a, b) => a.plus(b), ZERO);
  let k = 0;
  return {
    value: plainMean(weights, active.map((it) => it.value)),
    valueF: plainMean(weights, active.map((it) => it.valueF)),
    effectiveWeights: items.map((it) => (it.neutralised ? ZERO : sum.isZero() ? ZERO : weights[k++].div(sum).times(HUNDRED))),
  };
}

const same = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? a === b : a.s === b.s && a.e === b.e && a.d.join() === b.d.join());

const figure = fc.oneof(
  fc.constant(null),
  fc.constantFrom('0', '60', '80', '100', '33.333333333333333333333', '99.995').map((t) => new Decimal(t)),
  fc.integer({ min: 0, max: 10000 }).map((c) => new Decimal(c).div(100)),
);
const weight = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('0', '20', '25', '33.33', '33.34', '50', '100', '12.5').map((t) => new Decimal(t)),
  fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n)),
);
const item = fc.record({ value: figure, override: fc.option(figure), weight, neutralised: fc.boolean() }).map(
  ({ value, override, weight: w, neutralised }): CombineItem => {
    const node: PerformanceNode = { id: 'x', level: 'action', code: '1.1.1', title: 'Azione', children: [] };
    // without an override both figures are the same object, as the engine passes them
    return { node, weight: w, value: override === null ? value : override, valueF: value, neutralised };
  },
);

describe('combine gives the plain computation', () => {
  it('for weighted sums and means, with missing values, neutralised items, overrides and any weights', () => {
    fc.assert(
      fc.property(fc.constantFrom<AggregationRule>('weighted', 'mean'), fc.array(item, { maxLength: 8 }), (rule, items) => {
        const diagnostics: EngineDiagnostic[] = [];
        const got = combine(rule, items, emptyFlat(), { node: null }, diagnostics);
        const want = plainCombine(rule, items);
        expect(same(got.value, want.value)).toBe(true);
        expect(same(got.valueF, want.valueF)).toBe(true);
        expect(got.effectiveWeights).toHaveLength(items.length);
        got.effectiveWeights.forEach((ew, i) => expect(same(ew, want.effectiveWeights[i])).toBe(true));
      }),
      { numRuns: 3000 },
    );
  });
});
