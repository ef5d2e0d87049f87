/**
 * Synthetic KPIs: a target, soglie consistent with the KPI's direction and a year-end result that
 * falls in a chosen band (reached, between target and soglia 80 %, between the soglie, below the
 * minimum soglia). Values are built on integer grids so that they are exact at their decimals.
 */
import { daysInMonth } from '../../../src/engine/values/calendar';
import { excelSerial, type KpiCell, type NumberUnit } from '../../../src/layout/example/kpiCell';
import type { PlanThreshold } from '../../../src/layout/example/planModel';
import type { Rng } from './prng';
import * as words from './vocabulary';

export type Outcome = 'reached' | 'soglia1' | 'soglia2' | 'below';

export interface SyntheticKpi {
  kpi: string;
  target: KpiCell;
  thresholds: PlanThreshold[];
  laterTargets: KpiCell[];
  result: KpiCell;
}

export function pickOutcome(rng: Rng): Outcome {
  const x = rng.next();
  if (x < 0.65) return 'reached';
  if (x < 0.8) return 'soglia1';
  if (x < 0.9) return 'soglia2';
  return 'below';
}

/**
 * A result on the integer grid for the band: `t`, `s1`, `s2` are target, soglia 80 % and soglia 60 %.
 * higher: s2 < s1 < t; lower: t < s1 < s2.
 */
function resultUnits(rng: Rng, outcome: Outcome, higher: boolean, t: number, s1: number, s2: number): number {
  const span = Math.max(1, Math.round(Math.abs(t) * 0.4));
  if (higher) {
    switch (outcome) {
      case 'reached':
        return rng.int(t, t + span);
      case 'soglia1':
        return rng.int(s1, t - 1);
      case 'soglia2':
        return rng.int(s2, s1 - 1);
      case 'below':
        return s2 > 0 ? rng.int(Math.max(0, s2 - Math.max(1, Math.round(s2 * 0.5))), s2 - 1) : rng.int(s2, s1 - 1);
    }
  }
  switch (outcome) {
    case 'reached':
      return rng.int(Math.max(0, t - span), t);
    case 'soglia1':
      return rng.int(t + 1, s1);
    case 'soglia2':
      return rng.int(s1 + 1, s2);
    case 'below':
      return rng.int(s2 + 1, s2 + Math.max(1, Math.round(s2 * 0.3)));
  }
}

function gap(rng: Rng, base: number, minPct: number, maxPct: number): number {
  return Math.max(1, Math.round((Math.abs(base) * rng.int(minPct, maxPct)) / 100));
}

interface NumericShape {
  unit: NumberUnit;
  higher: boolean;
  /** decimals of target and soglie */
  dt: number;
  /** extra decimals of the result */
  extra: number;
  /** target on the dt grid */
  t: number;
  gapPct: [number, number];
  as: 'cell' | 'text';
  resultAs: 'cell' | 'text';
  euroPrefix?: boolean;
  kpi: string;
}

function numeric(rng: Rng, outcome: Outcome, shape: NumericShape): SyntheticKpi {
  const { higher, dt, extra, t } = shape;
  const sign = higher ? -1 : 1;
  const s1 = t + sign * gap(rng, t, shape.gapPct[0], shape.gapPct[1]);
  const s2 = s1 + sign * gap(rng, t, shape.gapPct[0], shape.gapPct[1]);
  const f = 10 ** extra;
  const r = resultUnits(rng, outcome, higher, t * f, s1 * f, s2 * f);
  const cell = (units: number, decimals: number, as: 'cell' | 'text'): KpiCell => ({
    kind: 'number', value: units / 10 ** decimals, unit: shape.unit, decimals, as, euroPrefix: shape.euroPrefix,
  });
  const growth = higher ? 1 : -1;
  return {
    kpi: shape.kpi,
    target: cell(t, dt, shape.as),
    thresholds: [
      { level: 80, value: cell(s1, dt, shape.as) },
      { level: 60, value: cell(s2, dt, shape.as) },
    ],
    laterTargets: [1, 2].map((y) => cell(Math.max(0, t + growth * gap(rng, t, 2 * y, 6 * y)), dt, shape.as)),
    result: cell(r, dt + extra, shape.resultAs),
  };
}

function fromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function endOfMonthSerial(year: number, month: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return excelSerial(y, m, daysInMonth(y, m));
}

/** A deadline KPI: target a month name ("luglio") or a date, soglie one and two months later. */
function deadline(rng: Rng, outcome: Outcome, planYear: number, asMonths: boolean): SyntheticKpi {
  const m = rng.int(3, 8);
  const m1 = m + rng.int(1, 2);
  const m2 = m1 + rng.int(1, 2);
  const t = endOfMonthSerial(planYear, m);
  const s1 = endOfMonthSerial(planYear, m1);
  const s2 = endOfMonthSerial(planYear, m2);
  const start = excelSerial(planYear, 1, 15);
  let serial: number;
  switch (outcome) {
    case 'reached':
      serial = rng.int(Math.max(start, t - 120), t);
      break;
    case 'soglia1':
      serial = rng.int(t + 1, s1);
      break;
    case 'soglia2':
      serial = rng.int(s1 + 1, s2);
      break;
    case 'below':
      serial = rng.int(s2 + 1, s2 + 60);
      break;
  }
  const date = fromSerial(serial);
  const kpi = rng.pick(words.DEADLINE_KPIS);
  const dateCell = (s: number): KpiCell => ({ kind: 'date', ...fromSerial(s), as: 'cell' });
  if (asMonths) {
    const monthCell = (month: number, year = planYear): KpiCell =>
      year === planYear ? { kind: 'month', month } : { kind: 'month', month, year };
    // a month-name result means "during that month": only valid when the whole month is in the band
    const resultAsMonth = outcome !== 'reached' && rng.chance(0.3);
    const monthResult = fromSerial(outcome === 'reached' ? t : outcome === 'soglia1' ? s1 : outcome === 'soglia2' ? s2 : endOfMonthSerial(date.year, date.month));
    return {
      kpi,
      target: monthCell(m),
      thresholds: [
        { level: 80, value: monthCell(m1) },
        { level: 60, value: monthCell(m2) },
      ],
      laterTargets: [monthCell(m, planYear + 1), monthCell(m, planYear + 2)],
      result: resultAsMonth ? monthCell(monthResult.month, monthResult.year) : dateCell(serial),
    };
  }
  return {
    kpi,
    target: dateCell(t),
    thresholds: [
      { level: 80, value: dateCell(s1) },
      { level: 60, value: dateCell(s2) },
    ],
    laterTargets: [dateCell(endOfMonthSerial(planYear + 1, m)), dateCell(endOfMonthSerial(planYear + 2, m))],
    result: dateCell(serial),
  };
}

/**
 * One synthetic KPI of a random kind (counts, percentages, days, euro, months, dates). `wholePercents`
 * keeps percentage targets whole (35 %), so that as ratios they have two decimals (0,35).
 */
export function syntheticKpi(rng: Rng, outcome: Outcome, planYear: number, wholePercents = false): SyntheticKpi {
  const x = rng.next();
  if (x < 0.3) {
    return numeric(rng, outcome, {
      unit: 'none', higher: true, dt: 0, extra: 0, t: rng.int(8, 400), gapPct: [8, 15], as: 'cell', resultAs: 'cell',
      kpi: rng.pick(words.COUNT_KPIS),
    });
  }
  if (x < 0.55) {
    // small percentages with two decimals (3,25%), except where ratios are scored at two decimals (2018)
    const small = rng.chance(0.3) && !wholePercents;
    return numeric(rng, outcome, {
      unit: 'percent', higher: true, dt: small ? 2 : 0, extra: small ? 0 : 2, t: small ? rng.int(100, 900) : rng.int(20, 95),
      gapPct: [5, 12], as: 'cell', resultAs: 'cell', kpi: rng.pick(words.PERCENT_HIGHER_KPIS),
    });
  }
  if (x < 0.63) {
    return numeric(rng, outcome, {
      unit: 'percent', higher: false, dt: 0, extra: 2, t: rng.int(10, 40), gapPct: [5, 10], as: 'cell', resultAs: 'cell',
      kpi: rng.pick(words.PERCENT_LOWER_KPIS),
    });
  }
  if (x < 0.75) {
    return numeric(rng, outcome, {
      unit: 'days', higher: false, dt: 0, extra: 2, t: rng.int(5, 60), gapPct: [5, 12], as: 'text', resultAs: 'text',
      kpi: rng.pick(words.DAYS_KPIS),
    });
  }
  if (x < 0.83) {
    const typed = rng.chance(0.6);
    return numeric(rng, outcome, {
      unit: 'euro', higher: true, dt: 0, extra: 2, t: rng.int(80, 200), gapPct: [8, 15],
      as: typed ? 'cell' : 'text', resultAs: typed ? 'cell' : 'text', euroPrefix: rng.chance(0.5), kpi: rng.pick(words.EURO_KPIS),
    });
  }
  return deadline(rng, outcome, planYear, x < 0.93);
}
