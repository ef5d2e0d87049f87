export { scoreAction } from './scoreAction';
export type { ActionScore } from './scoreAction';
export { scoreSoglie, scoreLineare, scoreProporzionale, scoreBinario, scoreTolleranza, isScoringMethod, SCORING_METHODS, METHOD_LABELS } from './methods';
export { scoreYesNo, scoreVerbal, yesNoOf, wordKey } from './wordMethods';
export { prepareTarget, prepareResult, directionLabel } from './kpi';
export type { PreparedKpi, ScoringPoint } from './kpi';
