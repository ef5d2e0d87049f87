/**
 * Benchmark of the .xlsx path: read, compute and write a generated 5 000-action workbook, against the
 * I/O floor (the same workbook only read and written by exceljs). Median of 5 runs each.
 * Aim: under 2 s and within 1,5 times the floor.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_PROFILE_NAME, getProfile } from '../src/engine';
import { generateCruscotto } from '../test/support/generate';
import { chooseSheet, runPipeline } from '../src/layout/pipeline';
import { applyWritePlan, gridFromWorksheet, loadWorkbook, saveWorkbook, worksheetFromGrid } from '../src/xlsx';

export const BENCH_ACTIONS = 5000;
const RUNS = 5;
const WARM_UP = 2;
const AIM_MS = 2000;
const AIM_RATIO = 1.5;

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

export async function benchXlsx(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cruscotto-bench-'));
  try {
    const input = path.join(dir, 'cruscotto-5000.xlsx');
    const grid = generateCruscotto({ actions: BENCH_ACTIONS, seed: 5000, layout: '2022', withResults: true });
    const wb = new ExcelJS.Workbook();
    worksheetFromGrid(wb, grid);
    await saveWorkbook(wb, input);
    const profile = getProfile(DEFAULT_PROFILE_NAME)!;

    const full = async () => {
      const book = await loadWorkbook(input);
      const choice = chooseSheet(book.worksheets, (ws) => gridFromWorksheet(ws), null);
      if (!choice.ok) throw new Error(choice.message);
      const result = runPipeline(choice.grid, { profile });
      applyWritePlan(book, result.plan);
      await saveWorkbook(book, path.join(dir, 'full.xlsx'));
    };
    const floor = async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(input);
      await book.xlsx.writeFile(path.join(dir, 'floor.xlsx'));
    };
    // warm-up runs of each (JIT, module loading), then alternate so both see the same machine state
    for (let i = 0; i < WARM_UP; i++) {
      await full();
      await floor();
    }
    const fullTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      fullTimes.push(await time(full));
      floorTimes.push(await time(floor));
    }
    const f = median(fullTimes);
    const io = median(floorTimes);
    const ratio = f / io;
    const ok = (b: boolean) => (b ? 'sì' : 'no');
    return [
      `### .xlsx: ${BENCH_ACTIONS.toLocaleString('it-IT')} azioni (mediana di ${RUNS} esecuzioni)`,
      '',
      '| misura | tempo | obiettivo | raggiunto |',
      '|---|---:|---|---|',
      `| lettura + calcolo + scrittura (ricalcola, senza riepilogo) | ${ms(f)} | < ${ms(AIM_MS)} | ${ok(f < AIM_MS)} |`,
      `| solo lettura + scrittura exceljs (pavimento I/O) | ${ms(io)} | | |`,
      `| rapporto | ${ratioText(ratio)} | ≤ ${ratioText(AIM_RATIO)} | ${ok(ratio <= AIM_RATIO)} |`,
      '',
    ].join('\n');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchXlsx().then((t) => process.stdout.write(`${t}\n`));
}
