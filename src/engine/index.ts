/**
 * The scoring engine: pure TypeScript, no Office, no React, no file system.
 * Values (./values) -> action scores (./scoring) -> tree figures (./aggregate), with the body's rules in ./profiles.
 */
export * from './types';
export * from './values';
export { scoreAction } from './scoring';
export type { ActionScore } from './scoring';
export { scoreTree } from './aggregate';
export { PROFILES, getProfile, cloneProfile, DEFAULT_PROFILE_NAME, profileNames, withColours, DEFAULT_COLOURS, DEFAULT_BANDS, DEFAULT_TOLERANCE, DEFAULT_VERBAL_SCALE, DEFAULT_BINARY_WORDS } from './profiles';
export { statusOf, levelStatus, bandOf, statusColour } from './status';
export type { StatusFigures } from './status';
export { roundHalfUp, formatPercent, formatDecimal, formatNumber } from './format';
export { monitorRow, monitoringStateLabel } from './monitoring';
export type { MonitoringFigure, MonitoringInput, MonitoringState, DeviationUnit } from './monitoring';
