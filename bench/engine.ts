/**
 * Engine benchmark: scores and aggregates generated performance trees of 100 to 100 000 actions
 * (test/support/generate/tree.ts) and reports time and memory per size.
 */
import * as v8 from 'v8';
import * as vm from 'vm';
import { getProfile, scoreTree } from '../src/engine';
import type { Profile } from '../src/engine';
import { generateTree } from '../test/support/generate';

export const BENCH_SIZES = [100, 1_000, 10_000, 100_000];

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
