/**
 * Column mappings: what the reader understood, in a form the user can correct and save (describeLayout,
 * proposeMapping), checked (parseMapping) and applied instead of the header detection (layoutFromMapping).
 * Pure: no Office.js, no file system, no clock.
 */
export { describeLayout } from './describeLayout';
export { proposeMapping, roleFromWords } from './proposeMapping';
export { layoutFromMapping, type MappingFit } from './layoutFromMapping';
export { searchFromMapping, type MappedSearch } from './searchFromMapping';
export { parseMapping, MAX_COLUMN, MAX_MAPPING_HEADER_ROWS, type ParsedMapping } from './parseMapping';
export { mappingProblems, type MappingProblem } from './checkMapping';
export { ROLE_LABELS, LEVEL_LABELS, describeColumn, roleLevelLabel, type LevelNames } from './roleLabels';
export { MAPPING_ROLES, isMappingRole, roleLevel, type MappingRole } from './roles';
export { sameHeader, columnHeaderText } from './headerText';
export { REDO_MAPPING } from './messages';
