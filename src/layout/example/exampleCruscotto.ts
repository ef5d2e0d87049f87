/** The example workbook of `cruscotto esempio`: the Sondrio plan 2022 with year-end results typed in. */
import type { SheetGrid } from '../types';
import { EXAMPLE_ORGANISATION, EXAMPLE_PLAN_YEAR, examplePlan } from './example2022Data';
import { renderPlan } from './renderPlan';

export const EXAMPLE_SHEET_NAME = 'Cruscotto 2022';

export function exampleCruscotto(): { grid: SheetGrid; organisationName: string; planYear: number } {
  const grid = renderPlan(examplePlan(), { layout: '2022', sheetName: EXAMPLE_SHEET_NAME, mergeParents: true });
  return { grid, organisationName: EXAMPLE_ORGANISATION, planYear: EXAMPLE_PLAN_YEAR };
}
