/**
 * Synthetic cruscotto sheets for tests and benchmarks (seeded, deterministic), with the product's layouts and
 * example they are drawn in (src/layout/example) re-exported for convenience.
 */
export { generateCruscotto, generatePlan, renderPlan, DEFAULT_SHEET_NAME } from './generateCruscotto';
export type { GenerateOptions, CruscottoVariant, RenderOptions } from './generateCruscotto';
export { Rng } from './prng';
export { generateTree } from './tree';
export {
  exampleCruscotto,
  EXAMPLE_SHEET_NAME,
  examplePlan,
  EXAMPLE_ORGANISATION,
  EXAMPLE_PLAN_YEAR,
  HEADER_ROWS,
  STATUS_HEADER,
  weightCell,
  planActions,
  kpiToCell,
  combinedTarget2018,
  excelSerial,
  formatItalian,
  MONTH_NAMES,
} from '../../../src/layout/example';
export type {
  LayoutName,
  CruscottoPlan,
  PlanAction,
  PlanOperational,
  PlanStrategic,
  PlanPerspective,
  PlanOverride,
  PlanThreshold,
  KpiCell,
  NumberUnit,
} from '../../../src/layout/example';
