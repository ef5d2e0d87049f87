/**
 * Individual objectives benchmark (issue 9): the whole pipeline on a generated cruscotto, without and with an
 * individual objectives sheet of 4 objectives per person (3 linked to cruscotto actions, 1 with its own KPI), and
 * what the sheet adds: reading it, resolving the links, scoring every person, planning its own columns.
 */
import { getProfile } from '../src/engine';
import { runPipeline } from '../src/layout/pipeline';
import { INDIVIDUAL_HEADER } from '../src/layout/example';
import type { CellInput } from '../src/engine/types';
import type { SheetGrid } from '../src/layout/types';
import { generateCruscotto } from '../test/support/generate';

const SIZES: [actions: number, persons: number][] = [
  [500, 100],
  [5_000, 1_000],
];
const RUNS = 5;

function individualSheet(codes: string[], persons: number): SheetGrid {
  const rows: (string | number | null)[][] = [['Obiettivi individuali'], [...INDIVIDUAL_HEADER]];
  for (let p = 0; p < persons; p++) {
    const code = (k: number) => codes[(p * 3 + k) % codes.length];
    rows.push([`Persona ${p + 1}`, p % 10 === 0 ? 'Dirigente' : 'Personale', `Azione ${code(0)}`, 30, code(0), null, null, null, null, null]);
    rows.push([null, null, `Azione ${code(1)}`, 30, code(1), null, null, null, null, null]);
    rows.push([null, null, `Azione ${code(2)}`, 20, code(2), null, null, null, null, null]);
    rows.push([null, null, 'Pratiche evase', 20, null, 'pratiche', 100, 80, 60, 70 + (p % 40)]);
  }
  return { name: 'Obiettivi individuali', cells: rows.map((r) => r.map((value): CellInput => ({ value }))), merges: [] };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchIndividuals(): Promise<string> {
  const profile = getProfile('sondrio-2020')!;
  const lines = ['| actions | persons (objectives) | pipeline without the sheet | with it | added per person |', '|---:|---:|---:|---:|---:|'];
  for (const [actions, persons] of SIZES) {
    const grid = generateCruscotto({ actions, seed: 9, withResults: true });
    const codes = runPipeline(grid, { profile }).report.nodes.filter((n) => n.level === 'action' && n.code).map((n) => n.code!);
    const sheet = individualSheet(codes, persons);
    const without: number[] = [];
    const withSheet: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t0 = process.hrtime.bigint();
      runPipeline(grid, { profile });
      without.push(Number(process.hrtime.bigint() - t0) / 1e6);
      t0 = process.hrtime.bigint();
      const result = runPipeline(grid, { profile, individualGrid: sheet });
      withSheet.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (result.report.individuals?.persons.length !== persons) throw new Error('benchmark: persons not all scored');
    }
    const a = median(without);
    const b = median(withSheet);
    lines.push(`| ${actions} | ${persons} (${persons * 4}) | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${(((b - a) * 1000) / persons).toFixed(0)} µs |`);
  }
  return lines.join('\n');
}
