/**
 * Prepares an action's target, soglie and result for scoring: checks that they can be compared,
 * puts them on one numeric scale (numbers, or day serials for dates), resolves the direction and
 * orders the soglie from the one closest to the target to the minimum one.
 */
import Decimal from 'decimal.js';
import { compare, eq, gte, lt } from '../decimalCompare';
import { comparableValue, unitLabel } from '../values';
import { formatNumber, roundHalfUp } from '../format';
import type { ActionSpec, Direction, KpiValue, Profile, TargetSpec } from '../types';
import { DiagnosticSink, quote } from './diagnostics';

type NumberValue = Extract<KpiValue, { kind: 'number' }>;
type DateValue = Extract<KpiValue, { kind: 'date' }>;

export interface ScoringPoint {
  value: Decimal;
  level: Decimal;
}

/** A numeric or date KPI ready for a scoring method. */
export interface PreparedKpi {
  target: Decimal;
  /** ordered from the one closest to the target to the minimum soglia; levels strictly decreasing */
  thresholds: ScoringPoint[];
  direction: Direction;
  isDate: boolean;
  /** for dates: serial of 31 December of the year before the target's year (day 0 of the day-of-year count) */
  dayOrigin: Decimal | null;
  targetValue: NumberValue | DateValue;
  /** true when the direction was stated (Direzione column, a sign) or follows from the soglie, not assumed */
  directionKnown: boolean;
  /** the row's baseline on the target's scale (method 'progresso'); null when the row has none or it is not comparable */
  baseline: Decimal | null;
}

const HUNDRED = new Decimal(100);
/** A target up to 1,5 with no unit is a ratio; a percent result against it is divided by 100 (RP 2018 3.1b: 0,88 vs 97,2%). */
const RATIO_LIMIT = new Decimal('1.5');

/**
 * A number on the target's scale. Units that differ give a warning and compare on the number, except
 * a percent against a ratio target (unit none, value <= 1,5), which is divided by 100.
 */
export function numberOnTargetScale(
  v: NumberValue,
  target: NumberValue,
  what: 'risultato' | 'soglia' | 'valore storico',
  sink: DiagnosticSink,
): Decimal {
  if (v.unit === target.unit) return v.value;
  const field = what === 'risultato' ? 'result' : what === 'soglia' ? 'thresholds' : 'baseline';
  const article = what === 'soglia' ? 'la soglia' : `il ${what}`;
  if (target.unit === 'none' && v.unit === 'percent' && target.value.abs().lte(RATIO_LIMIT)) {
    const converted = v.value.div(HUNDRED);
    sink.warning(
      'unit-ratio',
      `${article} ${quote(v)} è una percentuale e il target ${quote(target)} un rapporto: confrontato come ${formatNumber(converted)}`,
      field,
    );
    return converted;
  }
  sink.warning(
    'unit-mismatch',
    `unità diverse: ${article} ${quote(v)} è in ${unitLabel(v.unit)}, il target ${quote(target)} in ${unitLabel(target.unit)}; si confrontano i soli numeri`,
    field,
  );
  return v.value;
}

function roundKpi(d: Decimal, profile: Profile, isDate: boolean): Decimal {
  return !isDate && profile.kpiRoundingDecimals !== null ? roundHalfUp(d, profile.kpiRoundingDecimals) : d;
}

/** Serial of 31 December of the year before `year`, via the value reader's date scale. */
function dayOrigin(year: number): Decimal | null {
  return comparableValue({ kind: 'date', date: { year: year - 1, month: 12, day: 31, precision: 'day' }, raw: '' });
}

/**
 * Sorts the soglie from the best value down (sign 1: higher is better). Stable, as Array.prototype.sort:
 * an insertion sort for the usual one to three soglie, which avoids the set-up cost of the built-in sort.
 */
function sortPoints(points: ScoringPoint[], sign: 1 | -1): void {
  const n = points.length;
  if (n > 16) {
    points.sort((a, b) => sign * compare(b.value, a.value));
    return;
  }
  for (let i = 1; i < n; i++) {
    const p = points[i];
    let j = i - 1;
    while (j >= 0 && sign * compare(p.value, points[j].value) > 0) {
      points[j + 1] = points[j];
      j--;
    }
    points[j + 1] = p;
  }
}

/** Prepares target and soglie; null (with an error in `sink`) when they cannot be scored. */
export function prepareTarget(spec: ActionSpec, ts: TargetSpec, profile: Profile, sink: DiagnosticSink): PreparedKpi | null {
  const t = ts.target;
  if (t.kind !== 'number' && t.kind !== 'date') return null;
  const isDate = t.kind === 'date';
  const rawTarget = comparableValue(t);
  if (rawTarget === null || !rawTarget.isFinite()) {
    sink.error('bad-target', `il target ${quote(t)} non è un valore utilizzabile`, 'target');
    return null;
  }
  const target = roundKpi(rawTarget, profile, isDate);

  const points: ScoringPoint[] = [];
  let ok = true;
  for (const th of ts.thresholds) {
    const v = th.value;
    if (v.kind === 'empty') continue;
    let value: Decimal | null = null;
    if (v.kind === 'number' && t.kind === 'number') value = numberOnTargetScale(v, t, 'soglia', sink);
    else if (v.kind === 'date' && t.kind === 'date') value = comparableValue(v);
    if (value === null || !value.isFinite()) {
      sink.error('threshold-type', `la soglia ${quote(v)} non è confrontabile con il target ${quote(t)}`, 'thresholds');
      ok = false;
      continue;
    }
    const level = th.level;
    if (!level || !Decimal.isDecimal(level) || !level.isFinite() || level.isNegative() || gte(level, HUNDRED)) {
      sink.error(
        'threshold-level',
        `il livello della soglia ${quote(v)} deve essere tra 0% e 100% (escluso): trovato ${level && level.isFinite() ? formatNumber(level) + '%' : 'nessun valore'}`,
        'thresholds',
      );
      ok = false;
      continue;
    }
    points.push({ value: roundKpi(value, profile, isDate), level });
  }
  if (!ok) return null;

  // Direction from the soglie: below the target = higher is better, above = lower is better (cruscotto 2022).
  let below = false;
  let above = false;
  for (const p of points) {
    const c = compare(p.value, target);
    if (c === 0) {
      sink.error('threshold-equals-target', `una soglia coincide con il target ${quote(t)}`, 'thresholds');
      return null;
    }
    if (c < 0) below = true;
    else above = true;
  }
  if (below && above) {
    sink.error(
      'thresholds-both-sides',
      `le soglie sono sia sotto sia sopra il target ${quote(t)}: non si capisce se è meglio un valore più alto o più basso`,
      'thresholds',
    );
    return null;
  }
  const fromThresholds: Direction | undefined = below ? 'higher' : above ? 'lower' : undefined;
  const stated = spec.direction ?? ts.statedDirection;
  if (stated && fromThresholds && stated !== fromThresholds) {
    sink.error(
      'direction-conflict',
      `la direzione indicata (${directionLabel(stated)}) contrasta con le soglie, che indicano ${directionLabel(fromThresholds)}`,
      'direction',
    );
    return null;
  }
  let direction: Direction = stated ?? fromThresholds ?? 'higher';
  if (!stated && !fromThresholds) {
    if (isDate) direction = 'lower'; // a date target is a deadline: earlier is better
    else if (t.kind === 'number' && t.unit === 'days') {
      direction = 'lower';
      sink.warning(
        'direction-assumed',
        `direzione non indicata: per un valore in giorni (${quote(t)}) si considera migliore il valore più basso; indicarla nella colonna Direzione se diversa`,
        'direction',
      );
    }
  }

  // Order from the soglia closest to the target outwards; levels must fall as the value gets worse.
  const sign: 1 | -1 = direction === 'higher' ? 1 : -1;
  sortPoints(points, sign);
  for (let i = 1; i < points.length; i++) {
    if (eq(points[i].value, points[i - 1].value)) {
      sink.error('threshold-duplicate', 'due soglie hanno lo stesso valore', 'thresholds');
      return null;
    }
    if (!lt(points[i].level, points[i - 1].level)) {
      sink.error(
        'threshold-levels',
        `i livelli delle soglie devono diminuire allontanandosi dal target: ${formatNumber(points[i - 1].level)}% poi ${formatNumber(points[i].level)}%`,
        'thresholds',
      );
      return null;
    }
  }

  return {
    target,
    thresholds: points,
    direction,
    isDate,
    dayOrigin: t.kind === 'date' ? dayOrigin(t.date.year) : null,
    targetValue: t,
    directionKnown: stated !== undefined || fromThresholds !== undefined,
    baseline: spec.baseline ? prepareBaseline(spec.baseline, t, profile, sink) : null,
  };
}

/** The baseline on the target's scale (a number against a number target); null, with a warning, when not comparable. */
function prepareBaseline(b: KpiValue, t: NumberValue | DateValue, profile: Profile, sink: DiagnosticSink): Decimal | null {
  if (b.kind === 'empty' || b.kind === 'not-measured') return null;
  if (b.kind !== 'number' || t.kind !== 'number') {
    sink.warning('baseline-type', `il valore storico ${quote(b)} non è confrontabile con il target ${quote(t)}`, 'baseline');
    return null;
  }
  return roundKpi(numberOnTargetScale(b, t, 'valore storico', sink), profile, false);
}

/** The result on the prepared target's scale; null (with an error) when it cannot be compared. */
export function prepareResult(result: KpiValue, kpi: PreparedKpi, profile: Profile, sink: DiagnosticSink): Decimal | null {
  const t = kpi.targetValue;
  let value: Decimal | null = null;
  if (result.kind === 'number' && t.kind === 'number') value = numberOnTargetScale(result, t, 'risultato', sink);
  else if (result.kind === 'date' && t.kind === 'date') value = comparableValue(result);
  if (value === null || !value.isFinite()) {
    sink.error('result-type', `il risultato ${quote(result)} non è confrontabile con il target ${quote(t)}`, 'result');
    return null;
  }
  return roundKpi(value, profile, kpi.isDate);
}

export function directionLabel(d: Direction): string {
  return d === 'higher' ? 'più alto è meglio' : 'più basso è meglio';
}
