/**
 * Engine benchmark: scores and aggregates generated performance trees of 100 to 100 000 actions
 * (built directly as PerformanceTree objects with a seeded PRNG) and reports time and memory per size.
 */
import * as v8 from 'v8';
import * as vm from 'vm';
import Decimal from 'decimal.js';
import { getProfile, scoreTree } from '../src/engine';
import type { ActionSpec, KpiValue, PerformanceNode, PerformanceTree, Profile } from '../src/engine';

export const BENCH_SIZES = [100, 1_000, 10_000, 100_000];

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const rnd = seededRandom(seed ^ actions);
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

export interface BenchRow {
  actions: number;
  /** median of the runs, milliseconds */
  ms: number;
  usPerAction: number;
  /** heap growth from before scoring to its end (garbage included): the peak the run needed, MB */
  heapPeakMb: number;
  /** heap still used by the result after a full collection, MB */
  heapRetainedMb: number;
  /** resident set size after scoring, MB */
  rssMb: number;
  diagnostics: number;
}

/** A full garbage collection, so heap figures measure live memory (exposed at run time if node lacks --expose-gc). */
function collector(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
const fullGc = collector();
function gc(): void {
  if (fullGc) fullGc();
}

export function measure(actions: number, profile: Profile, runs: number): BenchRow {
  const tree = generateTree(actions);
  const ctx = { planYear: 2024 };
  const times: number[] = [];
  let peak = 0;
  let retained = 0;
  let diagnostics = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    const result = scoreTree(tree, profile, ctx);
    const t1 = process.hrtime.bigint();
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    gc();
    retained = Math.max(retained, process.memoryUsage().heapUsed - before);
    times.push(Number(t1 - t0) / 1e6);
    diagnostics = result.diagnostics.length;
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  return {
    actions,
    ms,
    usPerAction: (ms * 1000) / actions,
    heapPeakMb: peak / 1024 / 1024,
    heapRetainedMb: retained / 1024 / 1024,
    rssMb: process.memoryUsage().rss / 1024 / 1024,
    diagnostics,
  };
}

const fmt = (n: number, d: number) => n.toFixed(d);

/** Scores trees of 100 to 100 000 actions with the default profile; returns a Markdown table. */
export async function benchEngine(sizes: number[] = BENCH_SIZES): Promise<string> {
  const profile = getProfile('sondrio-2020')!;
  const rows: BenchRow[] = [];
  const warmUp = generateTree(2_000, 7);
  for (let i = 0; i < 5; i++) scoreTree(warmUp, profile, { planYear: 2024 }); // let the JIT settle first
  for (const n of sizes) {
    rows.push(measure(n, profile, n >= 100_000 ? 3 : n >= 10_000 ? 7 : 15));
    await new Promise((r) => setImmediate(r));
  }
  const lines = [
    `Engine benchmark (scoreTree, profile sondrio-2020, Node ${process.version}; time = median of 3-15 runs; heap measured after a full GC${fullGc ? '' : ' (GC not available: heap figures include garbage)'})`,
    '',
    '| actions | time (ms) | µs per action | heap peak growth (MB) | heap retained by the result (MB) | RSS (MB) | diagnostics |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.actions.toLocaleString('en-US')} | ${fmt(r.ms, 1)} | ${fmt(r.usPerAction, 2)} | ${fmt(r.heapPeakMb, 1)} | ${fmt(r.heapRetainedMb, 1)} | ${fmt(r.rssMb, 0)} | ${r.diagnostics} |`,
    ),
  ];
  const at10k = rows.find((r) => r.actions === 10_000);
  if (at10k) lines.push('', `10 000 actions in ${fmt(at10k.ms, 1)} ms (aim: under 100 ms).`);
  return lines.join('\n');
}
