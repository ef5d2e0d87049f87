/** Cruscotto generators: synthetic sheets for tests and benchmarks, and the 2022 example. */
export { generateCruscotto, generatePlan, renderPlan, DEFAULT_SHEET_NAME } from './generateCruscotto';
export type { GenerateOptions, CruscottoVariant, RenderOptions } from './generateCruscotto';
export { exampleCruscotto, EXAMPLE_SHEET_NAME } from './exampleCruscotto';
export { examplePlan, EXAMPLE_ORGANISATION, EXAMPLE_PLAN_YEAR } from './example2022Data';
export { HEADER_ROWS, STATUS_HEADER, weightCell } from './layouts';
export type { LayoutName } from './layouts';
export type { CruscottoPlan, PlanAction, PlanOperational, PlanStrategic, PlanPerspective, PlanOverride, PlanThreshold } from './planModel';
export { planActions } from './planModel';
export type { KpiCell, NumberUnit } from './kpiCell';
export { kpiToCell, combinedTarget2018, excelSerial, formatItalian, MONTH_NAMES } from './kpiCell';
export { Rng } from './prng';
