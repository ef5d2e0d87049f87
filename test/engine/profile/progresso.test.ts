/** Issue 9 item 4: a profile document may choose "metodo": "progresso"; the schema, the summary and scoring follow. */
import { getProfile, scoreAction } from '../../../src/engine';
import { profileJsonSchemaText, profileSummaryText, profileToDocument, readProfileDocument } from '../../../src/engine/profile';
import { num, spec } from '../helpers';

function withMethod(metodo: string) {
  const doc = profileToDocument(getProfile('sondrio-2020')!) as unknown as Record<string, unknown>;
  doc.metodo = metodo;
  return readProfileDocument(JSON.parse(JSON.stringify(doc)));
}

test('«progresso» is a method of the document, read, scored and summarised in Italian', () => {
  const read = withMethod('progresso');
  if (!read.ok) throw new Error(read.errors.join('\n'));
  expect(read.profile.method).toBe('progresso');
  expect(profileToDocument(read.profile).metodo).toBe('progresso');
  expect(scoreAction(spec(num(60), num(50), [], { baseline: num(40) }), read.profile).achievement?.toString()).toBe('50');
  expect(profileSummaryText(read.profile)).toContain('Progresso dal valore storico (0%) al target (100%), in proporzione; con il target uguale al valore storico metodo a soglie');
});

test('the published schema lists it and explains it', () => {
  const schema = JSON.parse(profileJsonSchemaText());
  expect(schema.properties.metodo.enum).toContain('progresso');
  expect(schema.properties.metodo.description).toContain('«progresso» = progresso dal valore storico');
});

test('an unknown method is still refused', () => {
  const read = withMethod('progressivo');
  expect(read.ok).toBe(false);
});
