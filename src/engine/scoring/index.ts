export { scoreAction } from './scoreAction';
export type { ActionScore } from './scoreAction';
export { scoreSoglie, scoreLineare, scoreProporzionale, isScoringMethod } from './methods';
export { prepareTarget, prepareResult, directionLabel } from './kpi';
export type { PreparedKpi, ScoringPoint } from './kpi';
