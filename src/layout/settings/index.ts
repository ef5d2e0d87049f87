/**
 * The rules of every settings field, shared by the add-in (src/excel/settings.ts), the .xlsx settings sheet
 * (src/xlsx/settings.ts), the CLI and the task pane: one rule and one Italian message per field. Pure.
 */
export { PLAN_YEAR_MIN, PLAN_YEAR_MAX, isPlanYear, parsePlanYear, planYearMessage, type PlanYearParse } from './planYear';
export { COLOUR_KEYS, normaliseHex, parseColours, colourMessage, type ColourKey } from './colours';
export { parseOrganisationName, organisationNameTooLong, ORGANISATION_NAME_NOT_TEXT } from './organisationName';
export { parseSheetName, sheetNameMessage, SHEET_NAME_MAX_LENGTH } from './sheetName';
export { isKnownProfile, profileMessage } from './profile';
export { parseStoredMapping, mappingMessage } from './columnMapping';
export { parseSettingsFields, storedFieldsOfAddinObject, type ParsedFields, type StoredFields } from './settingsFields';
export { parseStoredProfile, customProfileMessage, effectiveProfile, type StoredProfileParse } from './customProfile';
export { PERIODS, DEFAULT_PERIOD, isPeriod, parsePeriod, periodMessage, type Period, type PeriodParse } from './period';
