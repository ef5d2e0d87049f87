/**
 * Per-person weighted score of individual objectives: Σ weight × achievement / 100, with the weights checked
 * to sum to 100 per person (RP 2020 §3.4: 50·100 + 25·100 + 5·100 + 20·100 = 100 %; RP 2018 §5.3 60/20/20).
 * Own-KPI objectives are scored by the profile's method (../scoring), exactly like a cruscotto action.
 */
import Decimal from 'decimal.js';
import { formatDecimal } from '../format';
import { scoreAction } from '../scoring';
import type { EngineDiagnostic, Profile } from '../types';
import type { IndividualObjective, IndividualScore, ScoredIndividualObjective } from './types';

const HUNDRED = new Decimal(100);

function scoreObjective(o: IndividualObjective, profile: Profile, diagnostics: EngineDiagnostic[]): ScoredIndividualObjective {
  let achievement: Decimal | null = null;
  let without: Decimal | null = null;
  let overridden = false;
  if (o.source.kind === 'linked') {
    achievement = o.source.figure.achievement;
    without = o.source.figure.achievementWithoutOverrides;
    overridden = o.source.figure.overridden === true;
  } else if (o.source.kind === 'own') {
    const s = scoreAction(o.source.spec, profile);
    achievement = s.achievement;
    without = s.formulaAchievement;
    overridden = s.overridden;
    for (const d of s.diagnostics) diagnostics.push({ ...d, nodeId: o.id });
  }
  // a figure that exists only by decision counts 0 without it (RP 2020 §3.4: 3.4.1 unassigned -> 75 %)
  if (overridden && without === null && achievement !== null) without = new Decimal(0);
  const belowTarget = achievement !== null && achievement.lt(profile.status.actionReached);
  return { objective: o, achievement, achievementWithoutOverrides: without, belowTarget };
}

function weighted(objs: ScoredIndividualObjective[], weights: Decimal[], pick: (o: ScoredIndividualObjective) => Decimal | null): Decimal | null {
  let sum = new Decimal(0);
  let weightSum = new Decimal(0);
  for (let i = 0; i < objs.length; i++) {
    const a = pick(objs[i]);
    if (a === null) return null;
    sum = sum.plus(weights[i].times(a));
    weightSum = weightSum.plus(weights[i]);
  }
  return weightSum.isZero() ? null : sum.dividedBy(weightSum);
}

/** Scores every person's objectives, in the order persons first appear. */
export function scoreIndividuals(objectives: readonly IndividualObjective[], profile: Profile): IndividualScore[] {
  const byPerson = new Map<string, IndividualObjective[]>();
  for (const o of objectives) {
    const key = o.person.trim().toLocaleLowerCase('it-IT');
    const list = byPerson.get(key);
    if (list) list.push(o);
    else byPerson.set(key, [o]);
  }
  const out: IndividualScore[] = [];
  for (const list of byPerson.values()) {
    const diagnostics: EngineDiagnostic[] = [];
    const scored = list.map((o) => scoreObjective(o, profile, diagnostics));
    const person = list[0].person.trim();
    const missing = list.filter((o) => o.weight === undefined);
    // no weight at all: equal weights; some missing: no score (which weight would they take?)
    const equal = missing.length === list.length;
    const weights = equal ? list.map(() => new Decimal(1)) : list.map((o) => o.weight ?? new Decimal(0));
    const weightSum = equal ? HUNDRED : weights.reduce((a, b) => a.plus(b), new Decimal(0));
    let score: Decimal | null = null;
    let without: Decimal | null = null;
    if (missing.length > 0 && missing.length < list.length) {
      for (const o of missing) diagnostics.push({ severity: 'error', code: 'individual-missing-weight', message: `manca il peso dell'obiettivo «${o.title}» di ${person}`, nodeId: o.id, field: 'weight' });
    } else {
      if (!weightSum.equals(HUNDRED)) {
        diagnostics.push({
          severity: 'warning',
          code: 'individual-weights-sum',
          message: `i pesi degli obiettivi di ${person} sommano a ${formatDecimal(weightSum, 2)}% invece di 100%: il punteggio è calcolato sui pesi riproporzionati`,
          nodeId: list[0].id,
          field: 'weight',
        });
      }
      score = weighted(scored, weights, (o) => o.achievement);
      without = weighted(scored, weights, (o) => o.achievementWithoutOverrides);
      if (score === null) {
        for (const o of scored.filter((s) => s.achievement === null)) {
          diagnostics.push({ severity: 'warning', code: 'individual-not-measured', message: `l'obiettivo «${o.objective.title}» di ${person} non ha una percentuale: il punteggio della persona non è calcolato`, nodeId: o.objective.id });
        }
      }
    }
    out.push({
      person,
      role: list[0].role,
      score,
      scoreWithoutOverrides: without,
      weightSum,
      objectives: scored,
      belowTarget: scored.filter((s) => s.belowTarget).length,
      diagnostics,
    });
  }
  return out;
}
