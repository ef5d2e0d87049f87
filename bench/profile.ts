/**
 * Profiling helper (not a benchmark): runs one workload in a loop under the V8 CPU profiler and prints the
 * heaviest functions by self time, plus a phase split of the .xlsx path.
 *
 *   node -r ts-node/register/transpile-only bench/profile.ts engine [actions=10000] [loops=30]
 *   node -r ts-node/register/transpile-only bench/profile.ts xlsx [actions=5000] [loops=4]
 *   node -r ts-node/register/transpile-only bench/profile.ts floor [actions=5000] [loops=4]   (exceljs read + write only)
 *   node -r ts-node/register/transpile-only bench/profile.ts phases [actions=5000] [loops=5]
 *
 * The .cpuprofile is written to .tmp/ (git-ignored) and can be opened in Chrome DevTools.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as inspector from 'inspector';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_PROFILE_NAME, getProfile, scoreTree } from '../src/engine';
import { generateCruscotto, generateTree } from '../test/support/generate';
import { chooseSheet, runPipeline } from '../src/layout/pipeline';
import { buildSheetPlan } from '../src/layout/plan/sheetPlan';
import { allDiagnostics } from '../src/layout/plan/diagnostics';
import { readCruscotto } from '../src/layout/reader';
import { buildReport } from '../src/layout/report';
import { applyWritePlan, gridFromWorksheet, loadWorkbook, saveWorkbook, worksheetFromGrid } from '../src/xlsx';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total time per function, heaviest self time first. */
export function summarise(profile: CpuProfile, top = 30): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const n = byId.get(id)!;
    let t = selfUs.get(id) ?? 0;
    const k = key(n);
    self.set(k, (self.get(k) ?? 0) + t);
    const inner = new Set(onStack).add(k);
    for (const c of n.children ?? []) t += walk(c, inner);
    if (!onStack.has(k)) total.set(k, (total.get(k) ?? 0) + t);
    return t;
  };
  const all = walk(profile.nodes[0].id, new Set());
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const pct = (us: number) => `${((100 * us) / all).toFixed(1).padStart(5)} %`;
  return [
    `total ${(all / 1000).toFixed(0)} ms`,
    '   self     total  function',
    ...rows.map(([k, us]) => `${pct(us)} ${pct(total.get(k) ?? 0)}  ${k}`),
  ].join('\n');
}

async function profiled(name: string, body: () => Promise<void>): Promise<void> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  await body();
  const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  await fs.mkdir('.tmp', { recursive: true });
  const file = path.join('.tmp', `${name}.cpuprofile`);
  await fs.writeFile(file, JSON.stringify(profile));
  process.stdout.write(`${summarise(profile)}\n(profile in ${file})\n`);
}

async function makeWorkbook(actions: number): Promise<{ dir: string; input: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cruscotto-profile-'));
  const input = path.join(dir, `cruscotto-${actions}.xlsx`);
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, generateCruscotto({ actions, seed: actions, layout: '2022', withResults: true }));
  await saveWorkbook(wb, input);
  return { dir, input };
}

async function main(): Promise<void> {
  const [what = 'engine', a, l] = process.argv.slice(2);
  const profile = getProfile(DEFAULT_PROFILE_NAME)!;
  if (what === 'engine') {
    const actions = Number(a ?? 10_000);
    const loops = Number(l ?? 30);
    const tree = generateTree(actions);
    for (let i = 0; i < 5; i++) scoreTree(tree, profile, { planYear: 2024 });
    await profiled(`engine-${actions}`, async () => {
      for (let i = 0; i < loops; i++) scoreTree(tree, profile, { planYear: 2024 });
    });
    return;
  }
  const actions = Number(a ?? 5000);
  const { dir, input } = await makeWorkbook(actions);
  try {
    const output = path.join(dir, 'out.xlsx');
    if (what === 'xlsx') {
      const loops = Number(l ?? 4);
      const full = async () => {
        const book = await loadWorkbook(input);
        const choice = chooseSheet(book.worksheets, (ws) => gridFromWorksheet(ws), null);
        if (!choice.ok) throw new Error(choice.message);
        applyWritePlan(book, runPipeline(choice.grid, { profile }).plan);
        await saveWorkbook(book, output);
      };
      await full();
      await profiled(`xlsx-${actions}`, async () => {
        for (let i = 0; i < loops; i++) await full();
      });
      return;
    }
    if (what === 'floor') {
      const loops = Number(l ?? 4);
      const floor = async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(input);
        await book.xlsx.writeFile(output);
      };
      await floor();
      await profiled(`floor-${actions}`, async () => {
        for (let i = 0; i < loops; i++) await floor();
      });
      return;
    }
    if (what === 'phases') {
      const loops = Number(l ?? 5);
      const times: Record<string, number[]> = {};
      const lap = <T>(name: string, f: () => T): T => {
        const t0 = process.hrtime.bigint();
        const r = f();
        (times[name] ??= []).push(Number(process.hrtime.bigint() - t0) / 1e6);
        return r;
      };
      const lapAsync = async (name: string, f: () => Promise<unknown>) => {
        const t0 = process.hrtime.bigint();
        await f();
        (times[name] ??= []).push(Number(process.hrtime.bigint() - t0) / 1e6);
      };
      for (let i = 0; i < loops + 1; i++) {
        let book!: ExcelJS.Workbook;
        await lapAsync('load', async () => (book = await loadWorkbook(input)));
        const grid = lap('grid', () => gridFromWorksheet(book.worksheets[0]));
        const read = lap('read', () => readCruscotto(grid, { profile }));
        const score = lap('score', () => scoreTree(read.tree, profile, { planYear: read.layout?.planYear ?? 2024 }));
        lap('diagnostics', () => allDiagnostics(read, score.diagnostics));
        const sheet = lap('sheetPlan', () => buildSheetPlan(read, score, profile, grid));
        lap('report', () => buildReport(read, score, profile, grid));
        lap('apply', () => applyWritePlan(book, { sheet, summary: null }));
        await lapAsync('save', () => saveWorkbook(book, output));
        const untouched = await loadWorkbook(input);
        await lapAsync('save (floor)', () => saveWorkbook(untouched, output));
      }
      const median = (xs: number[]) => [...xs.slice(1)].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
      for (const [k, xs] of Object.entries(times)) process.stdout.write(`${k.padEnd(12)} ${median(xs).toFixed(1).padStart(8)} ms\n`);
      return;
    }
    throw new Error(`unknown workload «${what}»: engine, xlsx, floor, phases`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
