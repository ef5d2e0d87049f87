/**
 * The scoring methods on a prepared KPI (numbers and dates; the verbal scale and the sì/no words are in
 * ./wordMethods). Every method returns percent points in 0..100,
 * or null (with a diagnostic) when the value cannot be scored.
 */
import Decimal from 'decimal.js';
import { compare } from '../decimalCompare';
import { formatNumber } from '../format';
import { DEFAULT_TOLERANCE } from '../profiles';
import type { Direction, Profile, ScoringMethod } from '../types';
import { DiagnosticSink, quote } from './diagnostics';
import { directionLabel, type PreparedKpi } from './kpi';

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

/** Value seen as "higher is better". */
function oriented(kpi: PreparedKpi, v: Decimal): Decimal {
  return kpi.direction === 'higher' ? v : v.neg();
}

/** `a` at least as good as `b` in the KPI's direction: oriented(a) >= oriented(b), without negating. */
function atLeast(kpi: PreparedKpi, a: Decimal, b: Decimal): boolean {
  const c = compare(a, b);
  return kpi.direction === 'higher' ? c === 1 || c === 0 : c === -1 || c === 0;
}

function reachesTarget(kpi: PreparedKpi, result: Decimal): boolean {
  return atLeast(kpi, result, kpi.target);
}

/**
 * soglie (Sondrio 2020-2022): target or better 100; else the level of the first soglia reached
 * (boundaries inclusive); worse than the last soglia 0 (RP 2020 §2.2).
 */
export function scoreSoglie(kpi: PreparedKpi, result: Decimal, profile: Profile, sink: DiagnosticSink): Decimal | null {
  if (reachesTarget(kpi, result)) return HUNDRED;
  if (kpi.thresholds.length === 0) return scoreWithoutThresholds(kpi, result, profile, sink);
  for (const th of kpi.thresholds) {
    if (atLeast(kpi, result, th.value)) return th.level;
  }
  return ZERO;
}

/**
 * lineare (Sondrio 2018): straight line between consecutive points (soglia at its level ... target at 100),
 * 100 at or beyond the target, 0 worse than the lowest soglia (RP 2018 §2.2: 2.3a 72/56=80%, 65 -> 91,25).
 */
export function scoreLineare(kpi: PreparedKpi, result: Decimal, profile: Profile, sink: DiagnosticSink): Decimal | null {
  if (reachesTarget(kpi, result)) return HUNDRED;
  if (kpi.thresholds.length === 0) return scoreWithoutThresholds(kpi, result, profile, sink);
  const x = oriented(kpi, result);
  let upperValue = oriented(kpi, kpi.target);
  let upperLevel = HUNDRED;
  for (const th of kpi.thresholds) {
    const s = oriented(kpi, th.value);
    if (x.gte(s)) {
      return th.level.plus(x.minus(s).div(upperValue.minus(s)).times(upperLevel.minus(th.level)));
    }
    upperValue = s;
    upperLevel = th.level;
  }
  return ZERO;
}

/**
 * proporzionale (Pavia): result / target capped at 100, no floor; lower is better: target / result.
 * Dates: day of year of the deadline over day of year of the completion (31/3 due, 4/4 done: 90/94).
 */
export function scoreProporzionale(kpi: PreparedKpi, result: Decimal, _profile: Profile, sink: DiagnosticSink): Decimal | null {
  if (reachesTarget(kpi, result)) return HUNDRED;
  let t = kpi.target;
  let r = result;
  if (kpi.isDate) {
    if (kpi.dayOrigin === null) return notProportional(kpi, result, sink);
    t = t.minus(kpi.dayOrigin);
    r = r.minus(kpi.dayOrigin);
  }
  let ratio: Decimal;
  if (kpi.direction === 'higher') {
    if (!t.gt(0) || r.lt(0)) return notProportional(kpi, result, sink);
    ratio = r.div(t);
  } else {
    if (t.lt(0) || !r.gt(0)) return notProportional(kpi, result, sink);
    ratio = t.div(r);
  }
  return Decimal.min(HUNDRED, Decimal.max(ZERO, ratio.times(HUNDRED)));
}

function notProportional(kpi: PreparedKpi, result: Decimal, sink: DiagnosticSink): null {
  sink.warning(
    'proportional-not-applicable',
    `il metodo proporzionale richiede target e risultato positivi: target ${quote(kpi.targetValue)}, risultato ${kpi.isDate ? 'in data' : formatNumber(result)}`,
    'result',
  );
  return null;
}

/** A target with no soglia below the target: all-or-nothing (0 here) or pro rata (profile.noThresholdRule). */
function scoreWithoutThresholds(kpi: PreparedKpi, result: Decimal, profile: Profile, sink: DiagnosticSink): Decimal | null {
  if (profile.noThresholdRule === 'pro-rata') return scoreProporzionale(kpi, result, profile, sink);
  return ZERO;
}

/** binario (issue 11: sì/no, fatto/non fatto): the target reached (boundary inclusive) 100, anything short of it 0; soglie ignored. */
export function scoreBinario(kpi: PreparedKpi, result: Decimal, _profile: Profile, _sink: DiagnosticSink): Decimal | null {
  return reachesTarget(kpi, result) ? HUNDRED : ZERO;
}

/**
 * tolleranza (issue 11: "±5 % counts as reached"): a result short of the target by at most the profile's
 * tolerance (percent of the target for numbers, days for dates) scores 100; further off, the soglie apply as
 * in the 'soglie' method (0 without soglie, or pro rata when the profile says so).
 */
export function scoreTolleranza(kpi: PreparedKpi, result: Decimal, profile: Profile, sink: DiagnosticSink): Decimal | null {
  const tolerance = profile.tolerance ?? DEFAULT_TOLERANCE;
  const margin = kpi.isDate ? new Decimal(tolerance.days) : kpi.target.abs().times(tolerance.percent).div(HUNDRED);
  const edge = kpi.direction === 'higher' ? kpi.target.minus(margin) : kpi.target.plus(margin);
  if (atLeast(kpi, result, edge)) return HUNDRED;
  return scoreSoglie(kpi, result, profile, sink);
}

/** The direction of a progress from the baseline: towards the target (null when the two coincide or there is no baseline). */
export function progressDirection(kpi: PreparedKpi): Direction | null {
  if (kpi.baseline === null) return null;
  const c = compare(kpi.target, kpi.baseline);
  return c === 0 ? null : c > 0 ? 'higher' : 'lower';
}

/**
 * progresso (issue 9 item 4: year-on-year progress, as performance systems measure it): 0 at the baseline, 100 at
 * the target, linear in between: (result − baseline)/(target − baseline) × 100, clamped to 0..100. The direction is
 * the sign of target − baseline; soglie are not used. No baseline: not measured. Target equal to the baseline (or a
 * date KPI): the profile's own rule (soglie when the profile's rule is progresso or scala), with a warning.
 */
export function scoreProgresso(kpi: PreparedKpi, result: Decimal, profile: Profile, sink: DiagnosticSink): Decimal | null {
  const fallback: NumericMethod = profile.method !== 'progresso' && profile.method !== 'scala' ? profile.method : 'soglie';
  if (kpi.isDate) {
    sink.warning('progress-not-applicable', `il metodo progresso si applica a valori numerici, non alla data ${quote(kpi.targetValue)}: si usa il metodo «${fallback}»`, 'method');
    return METHODS[fallback](kpi, result, profile, sink);
  }
  if (kpi.baseline === null) {
    sink.warning('missing-baseline', 'metodo progresso: manca il valore storico (baseline) da cui misurare il progresso: azione non misurata', 'baseline');
    return null;
  }
  const direction = progressDirection(kpi);
  if (direction === null) {
    sink.warning(
      'progress-flat',
      `metodo progresso: il target ${quote(kpi.targetValue)} è uguale al valore storico (${formatNumber(kpi.baseline)}), non c'è progresso da misurare: si usa il metodo «${fallback}»`,
      'baseline',
    );
    return METHODS[fallback](kpi, result, profile, sink);
  }
  if (kpi.directionKnown && direction !== kpi.direction) {
    sink.warning(
      'progress-direction',
      `la direzione indicata (${directionLabel(kpi.direction)}) contrasta con target e valore storico (${directionLabel(direction)}): si misura il progresso dal valore storico verso il target`,
      'direction',
    );
  }
  const progress = result.minus(kpi.baseline).div(kpi.target.minus(kpi.baseline)).times(HUNDRED);
  return Decimal.min(HUNDRED, Decimal.max(ZERO, progress));
}

/** The methods that score a number or a date against its target. */
export type NumericMethod = Exclude<ScoringMethod, 'scala'>;

export const METHODS: Record<NumericMethod, (kpi: PreparedKpi, result: Decimal, profile: Profile, sink: DiagnosticSink) => Decimal | null> = {
  soglie: scoreSoglie,
  lineare: scoreLineare,
  proporzionale: scoreProporzionale,
  binario: scoreBinario,
  tolleranza: scoreTolleranza,
  progresso: scoreProgresso,
};

export const SCORING_METHODS: readonly ScoringMethod[] = ['soglie', 'lineare', 'proporzionale', 'binario', 'scala', 'tolleranza', 'progresso'];

export function isScoringMethod(m: unknown): m is ScoringMethod {
  return typeof m === 'string' && (SCORING_METHODS as readonly string[]).includes(m);
}

/** The method's Italian name for messages and the pane. */
export const METHOD_LABELS: Record<ScoringMethod, string> = {
  soglie: 'a soglie',
  lineare: 'interpolazione lineare',
  proporzionale: 'proporzionale (risultato/target)',
  binario: 'sì/no (raggiunto o no)',
  scala: 'scala verbale',
  tolleranza: 'tolleranza sul target',
  progresso: 'progresso dal valore storico al target',
};
