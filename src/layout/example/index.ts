/** The example workbook of `cruscotto esempio` / `demo` (the Sondrio plan 2022), and the layouts it is drawn in. */
export { exampleCruscotto, EXAMPLE_SHEET_NAME } from './exampleCruscotto';
export { examplePlan, EXAMPLE_ORGANISATION, EXAMPLE_PLAN_YEAR } from './example2022Data';
export { renderPlan } from './renderPlan';
export type { LayoutRenderOptions } from './renderPlan';
export { HEADER_ROWS, STATUS_HEADER, weightCell } from './layouts';
export type { LayoutName } from './layouts';
export type { CruscottoPlan, PlanAction, PlanOperational, PlanStrategic, PlanPerspective, PlanOverride, PlanThreshold } from './planModel';
export { planActions } from './planModel';
export type { KpiCell, NumberUnit } from './kpiCell';
export { kpiToCell, combinedTarget2018, excelSerial, formatItalian, MONTH_NAMES } from './kpiCell';
export { exampleIndividuals, EXAMPLE_INDIVIDUAL_SHEET_NAME, INDIVIDUAL_HEADER } from './exampleIndividuals';
