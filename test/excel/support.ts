/** Shared helpers of the Excel back-end tests. */
import { DEFAULT_PROFILE_NAME, getProfile } from '../../src/engine';
import type { RunOutcome } from '../../src/excel/host';
import { createOfficeHost } from '../../src/excel/officeHost';
import { runPipeline } from '../../src/layout/pipeline';
import type { CellScalar, PipelineResult, SheetGrid, SheetWritePlan } from '../../src/layout/types';
import { createFakeEnvironment, findSheet, getCell, sheetToGrid, type FakeEnvironment, type FakeWorkbookState } from './fake';

/** Round trips of a Ricalcola on a sheet the settings name (or the only one); the notes take one more. */
export const MAX_SYNCS = 3;
export const MAX_SYNCS_WITH_NOTES = MAX_SYNCS + 1;

export function environment(grids: SheetGrid[], options: Parameters<typeof createFakeEnvironment>[1] = {}): FakeEnvironment {
  return createFakeEnvironment(grids, options);
}

export function hostOf(env: FakeEnvironment) {
  return createOfficeHost({ excel: env.excel, office: env.office });
}

/** What the pipeline plans for the sheet as it is in the fake workbook now (the default profile). */
export function expectedRun(state: FakeWorkbookState, sheet: string, summary: boolean): PipelineResult {
  return runPipeline(sheetToGrid(state, sheet), { profile: getProfile(DEFAULT_PROFILE_NAME)!, summary });
}

/** The cell as the plan means it: '' and missing cells are null. */
export function cellValue(state: FakeWorkbookState, sheet: string, row: number, col: number): CellScalar {
  const cell = getCell(findSheet(state, sheet), row, col);
  if (!cell || cell.value === '') return null;
  return cell.value;
}

/** Every value of every block of the plan is in the workbook (and no block wrote a formula). */
export function mismatches(state: FakeWorkbookState, plan: SheetWritePlan): string[] {
  const out: string[] = [];
  for (const block of plan.blocks) {
    block.values.forEach((line, i) =>
      line.forEach((expected, j) => {
        const row = block.top + i;
        const col = block.left + j;
        const actual = cellValue(state, plan.sheet, row, col);
        const formula = getCell(findSheet(state, plan.sheet), row, col)?.formula;
        const same = typeof expected === 'number' && typeof actual === 'number' ? Math.abs(expected - actual) < 1e-12 : expected === actual;
        if (!same || formula !== undefined) out.push(`${plan.sheet} r${row} c${col}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}${formula ? ` (formula ${formula})` : ''}`);
      }),
    );
  }
  return out;
}

/** The cells the plan writes, as "row:col". */
export function plannedCells(plan: SheetWritePlan): Set<string> {
  const cells = new Set<string>();
  for (const block of plan.blocks) block.values.forEach((line, i) => line.forEach((_, j) => cells.add(`${block.top + i}:${block.left + j}`)));
  return cells;
}

export async function run(env: FakeEnvironment, summary: boolean): Promise<RunOutcome> {
  return hostOf(env).ricalcola({ summary });
}
