/** Builders of KPI values, specs and trees for the engine tests (no value reader involved). */
import Decimal from 'decimal.js';
import type { ActionSpec, KpiValue, Level, PerformanceNode, Threshold, Unit } from '../../src/engine/types';

export const D = (v: number | string) => new Decimal(v);

export function num(value: number | string, unit: Unit = 'none'): KpiValue {
  const suffix = unit === 'percent' ? '%' : unit === 'days' ? ' gg' : unit === 'months' ? ' mesi' : unit === 'euro' ? ' €' : '';
  return { kind: 'number', value: new Decimal(value), unit, raw: `${String(value).replace('.', ',')}${suffix}` };
}

export function day(year: number, month: number, dayOfMonth: number): KpiValue {
  return { kind: 'date', date: { year, month, day: dayOfMonth, precision: 'day' }, raw: `${dayOfMonth}/${month}/${year}` };
}

export function month(year: number, m: number): KpiValue {
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { kind: 'date', date: { year, month: m, day: last, precision: 'month' }, raw: `mese ${m}` };
}

export const EMPTY: KpiValue = { kind: 'empty', raw: '' };
export const NOT_MEASURED: KpiValue = { kind: 'not-measured', raw: 'n.d.' };
export const NOT_DONE: KpiValue = { kind: 'not-done', raw: '=' };
export const yes: KpiValue = { kind: 'boolean', value: true, raw: 'sì' };
export const no: KpiValue = { kind: 'boolean', value: false, raw: 'no' };
export const qual = (label: string): KpiValue => ({ kind: 'qualitative', label, raw: label });

export function th(value: KpiValue, level: number): Threshold {
  return { value, level: new Decimal(level) };
}

export function spec(target: KpiValue, result: KpiValue, thresholds: Threshold[] = [], extra: Partial<ActionSpec> = {}): ActionSpec {
  return { targetSpec: { target, thresholds }, result, ...extra };
}

let counter = 0;

/** An action node with the given spec and weight. */
export function action(code: string, actionSpec: ActionSpec, weight?: number): PerformanceNode {
  const n: PerformanceNode = { id: code, level: 'action', code, title: `Azione ${code}`, action: actionSpec, children: [] };
  if (weight !== undefined) n.weight = new Decimal(weight);
  return n;
}

/** An action scoring exactly `pct` under every method (a qualitative KPI with its percentage entered by hand); null = not measured. */
export function scoredAction(code: string, pct: number | null, weight?: number, extra: Partial<ActionSpec> = {}): PerformanceNode {
  const s: ActionSpec =
    pct === null
      ? spec(num(10), EMPTY, [], extra)
      : { targetSpec: { target: qual('qualitativo'), thresholds: [] }, result: qual('valutato'), manualAchievement: new Decimal(pct), ...extra };
  return action(code, s, weight);
}

export function group(level: Exclude<Level, 'action'>, code: string | null, children: PerformanceNode[], weight?: number, target?: number): PerformanceNode {
  counter += 1;
  const n: PerformanceNode = { id: code ?? `P:${counter}`, level, code, title: `${level} ${code ?? counter}`, children };
  if (weight !== undefined) n.weight = new Decimal(weight);
  if (target !== undefined) n.target = new Decimal(target);
  return n;
}

export const CTX = { planYear: 2020 };
