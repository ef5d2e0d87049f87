/**
 * A random but realistic performance plan: perspectives > strategic objectives > operational
 * objectives (2-5 each) > actions (1-7 each), weights summing to 100 at each weighted level.
 */
import type { KpiCell } from '../../../src/layout/example/kpiCell';
import type { LayoutName } from '../../../src/layout/example/layouts';
import type { CruscottoPlan, PlanAction, PlanOperational, PlanPerspective, PlanStrategic } from '../../../src/layout/example/planModel';
import type { Rng } from './prng';
import { pickOutcome, syntheticKpi, type Outcome } from './syntheticKpi';
import * as words from './vocabulary';

export interface SyntheticPlanOptions {
  actions: number;
  planYear: number;
  layout: LayoutName;
  overrides: boolean;
  neutralised: boolean;
}

/** Sizes of consecutive groups of `total` items, each between min and max (the last one fixed up). */
function groupSizes(rng: Rng, total: number, min: number, max: number): number[] {
  const sizes: number[] = [];
  let rest = total;
  while (rest > 0) {
    const k = Math.min(rest, rng.int(min, max));
    sizes.push(k);
    rest -= k;
  }
  // a short last group borrows from the previous ones
  for (let i = sizes.length - 1; i > 0 && sizes[i] < min; i--) {
    while (sizes[i] < min && sizes[i - 1] > min) {
      sizes[i - 1]--;
      sizes[i]++;
    }
    if (sizes[i] < min) {
      sizes[i - 1] += sizes[i];
      sizes.splice(i, 1);
    }
  }
  return sizes;
}

function perspectiveCount(strategics: number): number {
  if (strategics <= 2) return 1;
  if (strategics <= 8) return Math.min(4, Math.ceil(strategics / 2));
  return Math.min(words.PERSPECTIVES.length, 4 + Math.floor(strategics / 60));
}

function numbered(title: string, index: number, pool: number): string {
  const round = Math.floor(index / pool);
  return round === 0 ? title : `${title} (${round + 1})`;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function actionCodes2018(rng: Rng, opCode: string, count: number): string[] {
  const codes: string[] = [];
  let letter = 0;
  for (let i = 0; i < count; i++) {
    const previous = codes[codes.length - 1];
    if (previous && !previous.endsWith(' bis') && rng.chance(0.12)) codes.push(`${previous} bis`);
    else codes.push(`${opCode}${LETTERS[letter++ % LETTERS.length]}`);
  }
  return codes;
}

/** 2018 sheets score ratios: percentages become plain ratios (35 % -> 0,35), units drop. */
function as2018(cell: KpiCell): KpiCell {
  if (cell.kind !== 'number') return cell;
  if (cell.unit === 'percent') return { ...cell, unit: 'none', value: cell.value / 100, decimals: cell.decimals + 2, as: 'cell' };
  return { ...cell, unit: 'none', as: 'cell' };
}

function buildAction(rng: Rng, code: string, weight: number, planYear: number, layout: LayoutName): { action: PlanAction; outcome: Outcome } {
  const outcome = pickOutcome(rng);
  const kpi = syntheticKpi(rng, outcome, planYear, layout === '2018');
  const title = rng.pick(words.ACTION_TEMPLATES).replace('{s}', rng.pick(words.SUBJECTS));
  const action: PlanAction = {
    code,
    title,
    weight,
    kpi: kpi.kpi,
    target: kpi.target,
    thresholds: kpi.thresholds,
    laterTargets: kpi.laterTargets,
    owner: rng.pick(words.OWNERS),
    result: kpi.result,
  };
  if (layout === '2018') {
    // one soglia per KPI, earning 60 % or 80 % (Relazione 2018 §2.1)
    const keep = rng.chance(0.7) ? kpi.thresholds[1] : kpi.thresholds[0];
    action.target = as2018(kpi.target);
    action.thresholds = keep.value ? [{ level: keep.level, value: as2018(keep.value) }] : [];
    action.result = as2018(kpi.result);
    delete action.laterTargets;
  }
  return { action, outcome };
}

export function syntheticPlan(rng: Rng, options: SyntheticPlanOptions): CruscottoPlan {
  const { layout, planYear } = options;
  const total = Math.max(1, Math.floor(options.actions));
  const opSizes = groupSizes(rng, total, 1, 7);
  const strategicSizes = opSizes.length >= 2 ? groupSizes(rng, opSizes.length, 2, 5) : [opSizes.length];
  const perspectiveSizes = layout === '2018' ? [strategicSizes.length] : rng.partition(strategicSizes.length, perspectiveCount(strategicSizes.length), 1);

  const outcomes: { action: PlanAction; outcome: Outcome; siblings: PlanAction[] }[] = [];
  const perspectives: PlanPerspective[] = [];
  let opIndex = 0;
  let strategicIndex = 0;
  perspectiveSizes.forEach((strategicCount, p) => {
    const title = words.PERSPECTIVES[p % words.PERSPECTIVES.length];
    const strategicTarget = title === words.FINANCIAL_PERSPECTIVE ? 100 : 80;
    const strategics: PlanStrategic[] = [];
    for (let s = 0; s < strategicCount; s++, strategicIndex++) {
      const sCode = String(strategicIndex + 1);
      const opCount = strategicSizes[strategicIndex];
      const opWeights = rng.partition(100, opCount, 5);
      const operationals: PlanOperational[] = [];
      for (let o = 0; o < opCount; o++, opIndex++) {
        const oCode = `${sCode}.${o + 1}`;
        const actionCount = opSizes[opIndex];
        const weights = rng.partition(100, actionCount, 5);
        const codes = layout === '2018' ? actionCodes2018(rng, oCode, actionCount) : weights.map((_, a) => `${oCode}.${a + 1}`);
        const actions: PlanAction[] = [];
        for (let a = 0; a < actionCount; a++) {
          const built = buildAction(rng, codes[a], weights[a], planYear, layout);
          actions.push(built.action);
          outcomes.push({ ...built, siblings: actions });
        }
        operationals.push({
          code: oCode,
          title: numbered(words.OPERATIONAL_TITLES[opIndex % words.OPERATIONAL_TITLES.length], opIndex, words.OPERATIONAL_TITLES.length),
          weight: opWeights[o],
          actions,
        });
      }
      strategics.push({
        code: sCode,
        title: numbered(words.STRATEGIC_TITLES[strategicIndex % words.STRATEGIC_TITLES.length], strategicIndex, words.STRATEGIC_TITLES.length),
        targets: [strategicTarget, strategicTarget, strategicTarget],
        operationals,
      });
    }
    perspectives.push({ title, strategics });
  });

  if (options.neutralised) neutralise(rng, outcomes);
  if (options.overrides) override(rng, outcomes);
  return { planYear, perspectives };
}

type Entry = { action: PlanAction; outcome: Outcome; siblings: PlanAction[] };

/** A few actions "annullata", never every action of an operational objective. */
function neutralise(rng: Rng, entries: Entry[]): void {
  const eligible = (e: Entry) => e.siblings.filter((a) => a !== e.action && a.status === undefined).length > 0;
  let count = 0;
  for (const e of entries) {
    if (eligible(e) && rng.chance(0.03)) {
      mark(e);
      count++;
    }
  }
  if (count === 0) {
    const first = entries.find(eligible);
    if (first) mark(first);
  }
  function mark(e: Entry) {
    e.action.status = 'annullata';
    e.action.motivation = rng.pick(words.NEUTRALISATION_MOTIVATIONS);
  }
}

/** A few overrides "sentito l'OIV", preferably on actions below target. */
function override(rng: Rng, entries: Entry[]): void {
  const eligible = (e: Entry) => e.action.status === undefined;
  let count = 0;
  for (const e of entries) {
    if (eligible(e) && e.outcome !== 'reached' && rng.chance(0.25)) {
      mark(e);
      count++;
    }
  }
  if (count === 0) {
    const first = entries.find((e) => eligible(e) && e.outcome !== 'reached') ?? entries.find(eligible);
    if (first) mark(first);
  }
  function mark(e: Entry) {
    e.action.override = { achievement: rng.pick([60, 80, 100]), motivation: rng.pick(words.OVERRIDE_MOTIVATIONS) };
  }
}
