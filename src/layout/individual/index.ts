/** The individual objectives sheet: header, links to the cruscotto, reading and the report (issue 9). */
export { findIndividualHeader } from './header';
export type { IndividualLayout, IndividualColumn, IndividualColumnKind } from './header';
export { linkIndex } from './links';
export type { LinkIndex } from './links';
export { readIndividuals, roleOf } from './readIndividuals';
export type { IndividualRead } from './readIndividuals';
export { runIndividuals } from './runIndividuals';
export type { IndividualRun } from './runIndividuals';
export { planIndividualSheet } from './individualPlan';
export type { IndividualSheetPlan } from './individualPlan';
export { INDIVIDUAL_OWN_COLUMN_HEADERS, individualOutputOf } from './ownColumns';
