/** Individual objectives and per-person scores (issue 9, item 1). Pure. */
export * from './types';
export { scoreIndividuals } from './scoreIndividuals';
export { unitFigure } from './unitFigure';
