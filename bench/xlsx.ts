/**
 * Benchmark of the CLI on .xlsx: read, compute and write a generated 5 000-action workbook (the package
 * edited in place, src/xlsx/package) against two floors: the same workbook only read and written by exceljs,
 * and a plain unzip + rezip of its package (fflate). Median of 5 runs each, in this process; peak memory
 * (max RSS) of each in a child process of its own. Aim: faster than the exceljs floor, within 2× the
 * unzip + rezip floor.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_PROFILE_NAME, getProfile } from '../src/engine';
import { generateCruscotto } from '../test/support/generate';
import { chooseSheet, runPipeline } from '../src/layout/pipeline';
import { saveWorkbook, worksheetFromGrid } from '../src/xlsx';
import { applyPlanToPackage } from '../src/xlsx/package/applyPlan';
import { openPackage, savePackage } from '../src/xlsx/package/workbook';

export const BENCH_ACTIONS = 5000;
const RUNS = 5;
const WARM_UP = 2;
const AIM_EXCELJS_RATIO = 1;
const AIM_ZIP_RATIO = 2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function time(fn: () => Promise<void>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const ms = (x: number) => `${x.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ms`;
const ratioText = (x: number) => x.toFixed(2).replace('.', ',');
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

type Kind = 'cli' | 'exceljs' | 'zip';

/** One run of `kind` on `input`, writing `output`. */
export async function runOnce(kind: Kind, input: string, output: string): Promise<void> {
  if (kind === 'cli') {
    const book = await openPackage(input);
    const choice = chooseSheet(book.sheets, (s) => book.grid(s.name), null);
    if (!choice.ok) throw new Error(choice.message);
    const result = runPipeline(choice.grid, { profile: getProfile(DEFAULT_PROFILE_NAME)!, sheetNames: book.sheets.map((s) => s.name) });
    await applyPlanToPackage(book, result.plan);
    await savePackage(book, output);
  } else if (kind === 'exceljs') {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(input);
    await book.xlsx.writeFile(output);
  } else {
    await fs.writeFile(output, zipSync(unzipSync(await fs.readFile(input)), { level: 6 }));
  }
}

/** Peak memory (max RSS, KB) of one run in a fresh process. */
function peakMemory(kind: Kind, input: string, output: string): number {
  const script = `require('./bench/xlsx').runOnce(${JSON.stringify(kind)}, ${JSON.stringify(input)}, ${JSON.stringify(output)}).then(() => process.stdout.write(String(process.resourceUsage().maxRSS)))`;
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim());
}

export async function benchXlsx(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cruscotto-bench-'));
  try {
    const input = path.join(dir, 'cruscotto-5000.xlsx');
    const grid = generateCruscotto({ actions: BENCH_ACTIONS, seed: 5000, layout: '2022', withResults: true });
    const wb = new ExcelJS.Workbook();
    worksheetFromGrid(wb, grid);
    await saveWorkbook(wb, input);
    const kinds: Kind[] = ['cli', 'exceljs', 'zip'];
    const times: Record<Kind, number[]> = { cli: [], exceljs: [], zip: [] };
    const run = (kind: Kind) => runOnce(kind, input, path.join(dir, `${kind}.xlsx`));
    // warm-up runs of each (JIT, module loading), then alternate so all see the same machine state
    for (let i = 0; i < WARM_UP; i++) for (const k of kinds) await run(k);
    for (let i = 0; i < RUNS; i++) for (const k of kinds) times[k].push(await time(() => run(k)));
    const [cli, excel, zip] = kinds.map((k) => median(times[k]));
    const peak = Object.fromEntries(kinds.map((k) => [k, peakMemory(k, input, path.join(dir, `${k}-mem.xlsx`))])) as Record<Kind, number>;
    const ok = (b: boolean) => (b ? 'sì' : 'no');
    return [
      `### .xlsx: ${BENCH_ACTIONS.toLocaleString('it-IT')} azioni (mediana di ${RUNS} esecuzioni; memoria: picco RSS di un processo a sé)`,
      '',
      '| misura | tempo | memoria di picco | obiettivo | raggiunto |',
      '|---|---:|---:|---|---|',
      `| ricalcola (lettura + calcolo + scrittura del pacchetto, senza riepilogo) | ${ms(cli)} | ${mb(peak.cli)} | | |`,
      `| pavimento exceljs: solo lettura + scrittura | ${ms(excel)} | ${mb(peak.exceljs)} | | |`,
      `| pavimento zip: solo decompressione + ricompressione (fflate) | ${ms(zip)} | ${mb(peak.zip)} | | |`,
      `| rapporto con exceljs | ${ratioText(cli / excel)} | | < ${ratioText(AIM_EXCELJS_RATIO)} | ${ok(cli / excel < AIM_EXCELJS_RATIO)} |`,
      `| rapporto con zip | ${ratioText(cli / zip)} | | ≤ ${ratioText(AIM_ZIP_RATIO)} | ${ok(cli / zip <= AIM_ZIP_RATIO)} |`,
      '',
    ].join('\n');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchXlsx().then((t) => process.stdout.write(`${t}\n`));
}
