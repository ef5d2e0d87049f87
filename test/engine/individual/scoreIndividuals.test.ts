/** Per-person weighted scores of individual objectives (issue 9, item 1). */
import Decimal from 'decimal.js';
import { getProfile } from '../../../src/engine';
import { scoreIndividuals, type IndividualObjective } from '../../../src/engine/individual';

const profile = getProfile('sondrio-2020')!;
const d = (n: number) => new Decimal(n);
const linked = (id: string, person: string, achievement: number | null, weight?: number, without: number | null = achievement): IndividualObjective => ({
  id,
  person,
  role: 'personale',
  title: id,
  ...(weight === undefined ? {} : { weight: d(weight) }),
  source: { kind: 'linked', figure: { achievement: achievement === null ? null : d(achievement), achievementWithoutOverrides: without === null ? null : d(without) } },
});

test('Σ weight × achievement / 100, per person in order of appearance (same person: case and spaces ignored)', () => {
  const [a, b] = scoreIndividuals([linked('1', 'Rossi', 80, 50), linked('2', 'Bianchi', 100, 100), linked('3', ' rossi ', 60, 50)], profile);
  expect(a.person).toBe('Rossi');
  expect(a.score!.toNumber()).toBe(70);
  expect(a.belowTarget).toBe(2);
  expect(b.score!.toNumber()).toBe(100);
  expect(a.diagnostics).toEqual([]);
});

test('no weight at all: equal weights; weights not summing to 100: renormalised, with a warning', () => {
  const [eq] = scoreIndividuals([linked('1', 'A', 90), linked('2', 'A', 60), linked('3', 'A', 30)], profile);
  expect(eq.score!.toNumber()).toBe(60);
  expect(eq.diagnostics).toEqual([]);
  const [off] = scoreIndividuals([linked('1', 'B', 100, 60), linked('2', 'B', 50, 60)], profile);
  expect(off.score!.toNumber()).toBe(75);
  expect(off.diagnostics.map((x) => [x.code, x.severity])).toEqual([['individual-weights-sum', 'warning']]);
});

test('a weight missing among others, or an objective without figure: no score, said', () => {
  const [m] = scoreIndividuals([linked('1', 'C', 100, 50), linked('2', 'C', 100)], profile);
  expect(m.score).toBeNull();
  expect(m.diagnostics.map((x) => [x.code, x.nodeId])).toEqual([['individual-missing-weight', '2']]);
  const [n] = scoreIndividuals([linked('1', 'D', 100, 50), linked('2', 'D', null, 50)], profile);
  expect(n.score).toBeNull();
  expect(n.diagnostics.map((x) => x.code)).toEqual(['individual-not-measured']);
});

test('own KPI scored by the profile (soglie), an assigned value without formula counts 0 without it', () => {
  const own: IndividualObjective = {
    id: 'o',
    person: 'E',
    role: 'po',
    title: 'Pratiche',
    weight: d(100),
    source: {
      kind: 'own',
      spec: {
        targetSpec: { target: { kind: 'qualitative', label: 'valutazione quali-quantitativa', raw: 'valutazione quali-quantitativa' }, thresholds: [] },
        result: { kind: 'qualitative', label: 'maggio 2021', raw: 'maggio 2021' },
        override: { achievement: d(100), motivation: "sentito l'OIV" },
      },
    },
  };
  const [e] = scoreIndividuals([own], profile);
  expect(e.score!.toNumber()).toBe(100);
  expect(e.scoreWithoutOverrides!.toNumber()).toBe(0);
});
