/** Write plans: the cruscotto sheet's figures and colours, and the Riepilogo sheet. */
export { buildSheetPlan, dataRowSpan, neededKinds } from './sheetPlan';
export { buildSummaryPlan, summaryTitle, type SummaryOptions } from './summaryPlan';
export { resolveOutputColumns, primaryColumn, lastUsedColumn, isPercentKind, levelOfKind, type OutputColumn } from './columns';
export { countLevel, countSentence, type LevelCount } from './counts';
export { PERCENT_FORMAT, toFraction, toPoints, figureFor, esitoText } from './figures';
export { overrideNoteText } from './notes';
export { marker } from './rules';
export { flattenScores, type FlatNode } from './walk';
export { allDiagnostics, engineDiagnostics, nodeFieldCell } from './diagnostics';
