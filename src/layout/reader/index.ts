/**
 * The sheet reader: finds the cruscotto's header block and reads its rows into a PerformanceTree,
 * with the location of every node and diagnostics addressed to cells.
 */
export { readCruscotto, HEADER_NOT_FOUND } from './readCruscotto';
export type { ReadOptions } from './readCruscotto';
export { findHeader, hasRequiredColumns } from './findHeader';
export { matchHeader } from './matchHeader';
export type { HeaderMatch } from './matchHeader';
export { parseCode, operationalPrefix, strategicPrefix } from './codes';
export type { ColumnKind, VocabularyRow } from './vocabulary';
export { vocabularyRows, LEVEL_WORDS, COLUMN_WORDS } from './vocabulary';
export { cruscottoScore } from './cruscottoScore';
