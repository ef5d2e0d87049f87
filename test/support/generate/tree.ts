/**
 * Performance trees built directly as PerformanceTree objects (no sheet), of any size, from a seeded PRNG:
 * what the engine benchmark (bench/engine.ts) scores.
 */
import Decimal from 'decimal.js';
import type { ActionSpec, KpiValue, PerformanceNode, PerformanceTree } from '../../../src/engine';
import { Rng } from './prng';

const num = (v: number, unit: 'none' | 'percent' | 'days' = 'none'): KpiValue => ({ kind: 'number', value: new Decimal(v), unit, raw: String(v) });
const date = (year: number, month: number, day: number): KpiValue => ({ kind: 'date', date: { year, month, day, precision: 'day' }, raw: `${day}/${month}/${year}` });

/** A varied action: counts, percentages, days (lower is better), deadlines, qualitative, missing, overridden, neutralised. */
function randomAction(rnd: () => number): ActionSpec {
  const kind = rnd();
  let s: ActionSpec;
  if (kind < 0.45) {
    const t = 10 + Math.floor(rnd() * 990);
    s = { targetSpec: { target: num(t), thresholds: [{ value: num(Math.round(t * 0.8)), level: new Decimal(80) }, { value: num(Math.round(t * 0.6)), level: new Decimal(60) }] }, result: num(Math.floor(rnd() * t * 1.3)) };
  } else if (kind < 0.65) {
    const t = 20 + Math.floor(rnd() * 70);
    s = { targetSpec: { target: num(t, 'percent'), thresholds: [{ value: num(t - 5, 'percent'), level: new Decimal(80) }] }, result: num(Math.round(rnd() * 10000) / 100, 'percent') };
  } else if (kind < 0.8) {
    const t = 5 + Math.floor(rnd() * 50);
    s = { targetSpec: { target: num(t, 'days'), thresholds: [{ value: num(t + 2, 'days'), level: new Decimal(80) }, { value: num(t + 4, 'days'), level: new Decimal(60) }] }, result: num(Math.round(rnd() * t * 150) / 100, 'days') };
  } else if (kind < 0.9) {
    const m = 1 + Math.floor(rnd() * 11);
    s = { targetSpec: { target: date(2024, m, 28), thresholds: [{ value: date(2024, m + 1, 28), level: new Decimal(80) }] }, result: date(2024, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)) };
  } else if (kind < 0.95) {
    s = { targetSpec: { target: { kind: 'qualitative', label: 'qualitativo', raw: 'qualitativo' }, thresholds: [] }, result: { kind: 'qualitative', label: 'buono', raw: 'buono' }, manualAchievement: new Decimal(Math.floor(rnd() * 101)) };
  } else {
    s = { targetSpec: { target: num(4), thresholds: [] }, result: { kind: 'empty', raw: '' } };
  }
  const extra = rnd();
  if (extra < 0.02) s.neutralised = true;
  else if (extra < 0.04) s.override = { achievement: new Decimal(100), motivation: "sentito l'OIV" };
  return s;
}

/** A tree of `actions` actions: 5 actions per operational objective, 4 operational per strategic, 3 strategic per perspective. */
export function generateTree(actions: number, seed = 2020): PerformanceTree {
  const rng = new Rng(seed ^ actions);
  const rnd = () => rng.next();
  const perOp = 5;
  const opsPerStrategic = 4;
  const strategicPerPerspective = 3;
  const roots: PerformanceNode[] = [];
  let made = 0;
  let p = 0;
  while (made < actions) {
    const perspective: PerformanceNode = { id: `P:${p}`, level: 'perspective', code: null, title: `Prospettiva ${p}`, children: [] };
    for (let s = 0; s < strategicPerPerspective && made < actions; s++) {
      const sc = `${p}.${s}`;
      const strategic: PerformanceNode = { id: sc, level: 'strategic', code: sc, title: 'Obiettivo strategico', target: new Decimal(rnd() < 0.7 ? 80 : 100), children: [] };
      for (let o = 0; o < opsPerStrategic && made < actions; o++) {
        const oc = `${sc}.${o}`;
        const op: PerformanceNode = { id: oc, level: 'operational', code: oc, title: 'Obiettivo operativo', weight: new Decimal(25), children: [] };
        for (let a = 0; a < perOp && made < actions; a++, made++) {
          const ac = `${oc}.${a}`;
          op.children.push({ id: ac, level: 'action', code: ac, title: 'Azione', weight: new Decimal(20), action: randomAction(rnd), children: [] });
        }
        strategic.children.push(op);
      }
      perspective.children.push(strategic);
    }
    roots.push(perspective);
    p++;
  }
  return { roots };
}
