/** The profile as a document (issue 11): schema, validation, conversion to and from the engine's Profile, summary. */
export { PROFILE_DOCUMENT_VERSION, METHOD_WORDS, NO_THRESHOLD_WORDS, AGGREGATION_WORDS, FIGURE_WORDS, ORGANISATION_FROM_WORDS, valueOfWord, wordOfValue, wordsOf } from './document';
export type { ProfileDocument, WordTable } from './document';
export { profileToDocument, documentToProfile } from './convert';
export { readProfileDocument, type ProfileRead } from './validate';
export { migrateDocument } from './migrate';
export { DOCUMENT_FIELDS, type FieldSpec } from './fields';
export { profileJsonSchema, profileJsonSchemaText } from './schema';
export { profileSummaryText, savedDate } from './summary';
export { profileDocumentText } from './text';
