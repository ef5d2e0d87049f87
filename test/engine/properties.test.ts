/** Property tests of the engine (fast-check). */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { getProfile, scoreAction, scoreTree } from '../../src/engine';
import type { ActionSpec, Direction, KpiValue, PerformanceNode, Profile, ScoredNode, ScoreResult, ScoringMethod } from '../../src/engine';
import { CTX, day, EMPTY, NOT_DONE, num, spec, th } from './helpers';

const PROFILES: Profile[] = ['sondrio-2020', 'sondrio-2018', 'pavia'].map((n) => getProfile(n)!);
const METHODS: ScoringMethod[] = ['soglie', 'lineare', 'proporzionale'];
const dec = (cents: number) => new Decimal(cents).div(100);
const inRange = (d: Decimal | null) => d === null || (d.gte(0) && d.lte(100));

const kpiNumber = fc.integer({ min: -100000, max: 100000 }).map((c) => num(dec(c).toString()));
const level = fc.integer({ min: 0, max: 99 });

describe('scores stay within 0..100', () => {
  it('for any target, soglie, result, method and profile', () => {
    const result: fc.Arbitrary<KpiValue> = fc.oneof(kpiNumber, fc.constant(EMPTY), fc.constant(NOT_DONE));
    fc.assert(
      fc.property(
        kpiNumber,
        fc.array(fc.tuple(kpiNumber, level), { maxLength: 3 }),
        result,
        fc.constantFrom(...METHODS),
        fc.constantFrom<Direction | undefined>('higher', 'lower', undefined),
        fc.constantFrom(...PROFILES),
        (target, ths, r, method, direction, profile) => {
          const s = spec(target, r, ths.map(([v, l]) => th(v, l)), { method, ...(direction ? { direction } : {}) });
          const out = scoreAction(s, profile);
          expect(inRange(out.achievement)).toBe(true);
          expect(inRange(out.formulaAchievement)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Target and soglie consistent with the direction, levels falling away from the target. */
const consistentKpi = (direction: Direction, positive: boolean) =>
  fc
    .tuple(
      fc.integer({ min: positive ? 100 : -50000, max: 50000 }),
      fc.uniqueArray(fc.integer({ min: 1, max: 20000 }), { maxLength: 3 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 3, maxLength: 3 }),
    )
    .map(([t, gaps, levels]) => {
      const sign = direction === 'higher' ? -1 : 1;
      const sortedGaps = [...gaps].sort((a, b) => a - b);
      const sortedLevels = [...levels].sort((a, b) => b - a);
      const thresholds = sortedGaps
        .map((g, i) => ({ cents: t + sign * g, level: sortedLevels[i] }))
        .filter((x) => !positive || x.cents >= 0);
      return { target: t, thresholds };
    });

describe('a better result never scores lower', () => {
  for (const method of METHODS) {
    for (const direction of ['higher', 'lower'] as Direction[]) {
      it(`${method}, ${direction} is better`, () => {
        const positive = method === 'proporzionale';
        fc.assert(
          fc.property(
            consistentKpi(direction, positive),
            fc.integer({ min: positive ? 1 : -80000, max: 80000 }),
            fc.integer({ min: positive ? 1 : -80000, max: 80000 }),
            fc.constantFrom(...PROFILES),
            ({ target, thresholds }, a, b, profile) => {
              // a target without soglia scored pro rata needs positive values (a warning otherwise, tested elsewhere)
              const proRata = method === 'proporzionale' || (profile.noThresholdRule === 'pro-rata' && thresholds.length === 0);
              fc.pre(!proRata || (target > 0 && a > 0 && b > 0));
              const better = direction === 'higher' ? Math.max(a, b) : Math.min(a, b);
              const worse = direction === 'higher' ? Math.min(a, b) : Math.max(a, b);
              const score = (r: number) => {
                const s = spec(num(dec(target).toString()), num(dec(r).toString()), thresholds.map((x) => th(num(dec(x.cents).toString()), x.level)), { method, direction });
                return scoreAction(s, profile);
              };
              const sb = score(better);
              const sw = score(worse);
              expect(sb.diagnostics).toEqual([]);
              expect(sw.diagnostics).toEqual([]);
              expect(sb.achievement!.gte(sw.achievement!)).toBe(true);
            },
          ),
          { numRuns: 300 },
        );
      });
    }
  }

  it('for deadlines: an earlier completion never scores lower (every method)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        (due, a, b) => {
          const d = (n: number) => {
            const t = new Date(Date.UTC(2021, 0, n));
            return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
          };
          const soglia = [th(d(due + 30), 60)];
          const score = (r: number, m: ScoringMethod) => scoreAction(spec(d(due), d(r), soglia, { method: m }), PROFILES[2]).achievement!;
          return METHODS.every((m) => score(Math.min(a, b), m).gte(score(Math.max(a, b), m)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Trees

interface ActionGen {
  pct: number | null;
  weight: number;
  neutralised: boolean;
}
const actionGen: fc.Arbitrary<ActionGen> = fc.record({
  pct: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 8 }),
  weight: fc.integer({ min: 1, max: 100 }),
  neutralised: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});
interface OpGen {
  weight: number;
  actions: ActionGen[];
}
interface StrategicGen {
  target: number | undefined;
  ops: OpGen[];
}
type TreeGen = StrategicGen[][];
const opGen: fc.Arbitrary<OpGen> = fc.record({ weight: fc.integer({ min: 1, max: 100 }), actions: fc.array(actionGen, { minLength: 1, maxLength: 5 }) });
const strategicGen: fc.Arbitrary<StrategicGen> = fc.record({ target: fc.constantFrom(undefined, 80, 100), ops: fc.array(opGen, { minLength: 1, maxLength: 4 }) });
const treeGen: fc.Arbitrary<TreeGen> = fc.array(fc.array(strategicGen, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

function actionSpecOf(a: ActionGen): ActionSpec {
  if (a.pct === null) return { ...spec(num(10), EMPTY), neutralised: a.neutralised };
  // a lineare-friendly KPI: target 100, soglia 0 at level 0 -> the result is the score under every method
  return { ...spec(num(100), num(a.pct), [th(num(0), 0)]), neutralised: a.neutralised };
}

function buildTree(gen: TreeGen): PerformanceNode[] {
  return gen.map((p, pi) => ({
    id: `P${pi}`,
    level: 'perspective' as const,
    code: null,
    title: `P${pi}`,
    children: p.map((s, si) => ({
      id: `${pi}.${si}`,
      level: 'strategic' as const,
      code: `${pi}.${si}`,
      title: 's',
      ...(s.target ? { target: new Decimal(s.target) } : {}),
      children: s.ops.map((o, oi) => ({
        id: `${pi}.${si}.${oi}`,
        level: 'operational' as const,
        code: `${pi}.${si}.${oi}`,
        title: 'o',
        weight: new Decimal(o.weight),
        children: o.actions.map((a, ai) => ({
          id: `${pi}.${si}.${oi}.${ai}`,
          level: 'action' as const,
          code: `${pi}.${si}.${oi}.${ai}`,
          title: 'a',
          weight: new Decimal(a.weight),
          action: actionSpecOf(a),
          children: [],
        })),
      })),
    })),
  }));
}

function figures(r: ScoreResult): Map<string, string> {
  const m = new Map<string, string>();
  const fmt = (d: Decimal | null) => (d === null ? 'null' : d.toDecimalPlaces(12).toString());
  const walk = (n: ScoredNode) => {
    m.set(n.node.id, [n.achievement, n.formulaAchievement, n.targetAchievement, n.effectiveWeight].map(fmt).join('|') + n.status);
    n.children.forEach(walk);
  };
  r.roots.forEach(walk);
  m.set('ente', [r.organisation.achievement, r.organisation.achievementWithoutOverrides].map(fmt).join('|'));
  return m;
}

function reverseDeep(nodes: PerformanceNode[]): PerformanceNode[] {
  return [...nodes].reverse().map((n) => ({ ...n, children: reverseDeep(n.children) }));
}

describe('trees', () => {
  it('keep every figure within 0..100', () => {
    fc.assert(
      fc.property(treeGen, fc.constantFrom(...PROFILES), (gen, profile) => {
        const r = scoreTree({ roots: buildTree(gen) }, profile, CTX);
        const walk = (n: ScoredNode): boolean => [n.achievement, n.formulaAchievement, n.targetAchievement].every(inRange) && n.children.every(walk);
        return r.roots.every(walk) && inRange(r.organisation.achievement);
      }),
      { numRuns: 200 },
    );
  });

  it('do not depend on the order of siblings', () => {
    fc.assert(
      fc.property(treeGen, fc.constantFrom(...PROFILES), (gen, profile) => {
        const roots = buildTree(gen);
        const a = figures(scoreTree({ roots }, profile, CTX));
        const b = figures(scoreTree({ roots: reverseDeep(roots) }, profile, CTX));
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('give the same figures when an action is neutralised as when it is removed and the weights renormalised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ pct: fc.integer({ min: 0, max: 100 }), weight: fc.integer({ min: 1, max: 100 }) }), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        (acts, k0) => {
          const k = k0 % acts.length;
          const node = (id: string, pct: number, weight: Decimal, neutralised = false): PerformanceNode => ({
            id,
            level: 'action',
            code: id,
            title: id,
            weight,
            action: { ...spec(num(100), num(pct), [th(num(0), 0)]), neutralised },
            children: [],
          });
          const wrap = (children: PerformanceNode[]) => ({
            roots: [{ id: 'S', level: 'strategic' as const, code: 'S', title: 'S', children: [{ id: 'O', level: 'operational' as const, code: 'O', title: 'O', weight: new Decimal(100), children }] }],
          });
          const withNeutralised = wrap(acts.map((a, i) => node(`a${i}`, a.pct, new Decimal(a.weight), i === k)));
          const rest = acts.filter((_, i) => i !== k);
          const restSum = rest.reduce((s, a) => s + a.weight, 0);
          const renormalised = wrap(rest.map((a, i) => node(`r${i}`, a.pct, new Decimal(a.weight).times(100).div(restSum))));
          for (const profile of PROFILES) {
            const x = scoreTree(withNeutralised, profile, CTX);
            const y = scoreTree(renormalised, profile, CTX);
            const op = (r: ScoreResult) => r.roots[0].children[0].achievement!.toDecimalPlaces(10).toString();
            expect(op(x)).toBe(op(y));
            expect(x.organisation.achievement!.toDecimalPlaces(10).toString()).toBe(y.organisation.achievement!.toDecimalPlaces(10).toString());
            const eff = x.roots[0].children[0].children.filter((_, i) => i !== k).map((c) => c.effectiveWeight!.toDecimalPlaces(10).toString());
            expect(eff).toEqual(y.roots[0].children[0].children.map((c) => c.effectiveWeight!.toDecimalPlaces(10).toString()));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
