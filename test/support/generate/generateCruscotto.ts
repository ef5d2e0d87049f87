/**
 * Synthetic cruscotto sheets for tests and benchmarks: a seeded, deterministic plan laid out in one
 * of the Sondrio shapes, with optional real-world variations.
 */
import type { LayoutName } from '../../../src/layout/example/layouts';
import type { CruscottoPlan } from '../../../src/layout/example/planModel';
import { renderPlan as renderLayout } from '../../../src/layout/example/renderPlan';
import type { SheetGrid } from '../../../src/layout/types';
import { Rng } from './prng';
import { syntheticPlan } from './syntheticPlan';
import { addExtraColumns, applyHeaderTypos, shuffleColumns } from './variants';

export interface CruscottoVariant {
  shuffleColumns?: boolean;
  extraColumns?: boolean;
  repeatHeaderEvery?: number;
  headerTypos?: boolean;
  emptyRows?: boolean;
  /** merge perspective and strategic cells over their rows (default true for '2022' and '2020') */
  mergeParents?: boolean;
  /** add "% assegnata" + "Motivazione" with a few overrides "sentito l'OIV" */
  overrides?: boolean;
  /** add "Stato" with a few actions "annullata" */
  neutralised?: boolean;
}

export interface GenerateOptions {
  actions: number;
  seed?: number;
  layout?: LayoutName;
  withResults?: boolean;
  planYear?: number;
  variant?: CruscottoVariant;
  /** sheet name, default "Cruscotto" */
  sheetName?: string;
}

export const DEFAULT_SHEET_NAME = 'Cruscotto';

export interface RenderOptions {
  layout: LayoutName;
  sheetName: string;
  withResults?: boolean;
  variant?: CruscottoVariant;
  /** PRNG for the variations (extra columns, typos, empty rows) */
  seed?: number;
}

/** Lays a plan out as a sheet in the given layout, with the variations (used by the generator and the fixtures). */
export function renderPlan(plan: CruscottoPlan, options: RenderOptions): SheetGrid {
  const variant = options.variant ?? {};
  const rng = new Rng((options.seed ?? 1) ^ 0x5bd1e995);
  return renderLayout(plan, {
    layout: options.layout,
    sheetName: options.sheetName,
    withResults: options.withResults,
    mergeParents: variant.mergeParents,
    statusColumn: variant.neutralised === true,
    overrideColumns: variant.overrides === true,
    adjustColumns: (columns, headerRows) => {
      let out = columns;
      if (variant.extraColumns) out = addExtraColumns(out, headerRows, rng);
      if (variant.shuffleColumns) out = shuffleColumns(out, rng);
      if (variant.headerTypos) out = applyHeaderTypos(out, rng);
      return out;
    },
    rows: { repeatHeaderEvery: variant.repeatHeaderEvery, emptyRows: variant.emptyRows, rng },
  });
}

export function generateCruscotto(options: GenerateOptions): SheetGrid {
  const seed = options.seed ?? 1;
  const layout = options.layout ?? '2022';
  const planYear = options.planYear ?? 2022;
  const variant = options.variant ?? {};
  const plan = syntheticPlan(new Rng(seed), {
    actions: options.actions,
    planYear,
    layout,
    overrides: variant.overrides === true,
    neutralised: variant.neutralised === true,
  });
  return renderPlan(plan, {
    layout,
    sheetName: options.sheetName ?? DEFAULT_SHEET_NAME,
    withResults: options.withResults,
    variant,
    seed,
  });
}

/** The plan behind a generated sheet, for tests that need to know what the sheet holds. */
export function generatePlan(options: GenerateOptions): CruscottoPlan {
  const variant = options.variant ?? {};
  return syntheticPlan(new Rng(options.seed ?? 1), {
    actions: options.actions,
    planYear: options.planYear ?? 2022,
    layout: options.layout ?? '2022',
    overrides: variant.overrides === true,
    neutralised: variant.neutralised === true,
  });
}
