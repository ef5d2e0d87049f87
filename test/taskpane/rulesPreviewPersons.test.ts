/**
 * «Regole di calcolo» preview (issue 11) with the individual objectives sheet (issue 9): the persons whose score the
 * edited rules would change, recomputed in memory from the last run's sheets, compared with that run's scores.
 */
import { getProfile } from '../../src/engine';
import { profileToDocument, readProfileDocument } from '../../src/engine/profile';
import { runPipeline } from '../../src/layout/pipeline';
import { previewRules, type PersonFigures } from '../../src/taskpane/rules/preview';
import { exampleCruscotto, exampleIndividuals } from '../../src/layout/example';

const profile = getProfile('sondrio-2020')!;
const { grid, planYear } = exampleCruscotto();
const individualGrid = exampleIndividuals();
const last = runPipeline(grid, { profile, planYear, individualGrid }).report;
const before: PersonFigures = new Map(last.individuals!.persons.map((p) => [p.person, p.score]));
const source = { grid, individualGrid, planYear, currentYear: 2026, columnMapping: null };

function withMethod(metodo: string) {
  const doc = { ...profileToDocument(profile), metodo } as Record<string, unknown>;
  const read = readProfileDocument(doc);
  if (!read.ok) throw new Error(read.errors.join('; '));
  return read.profile;
}

test('the same rules: no individual score changes', () => {
  expect(previewRules(source, profile, undefined, before).changedPersons).toBe(0);
});

test('other rules: the example\'s persons (links to actions, own KPIs with soglie) change with the method', () => {
  // by soglie a result between two soglie takes the lower one's level; proportionally it takes result / target
  const other = previewRules(source, withMethod('proporzionale'), undefined, before);
  const recomputed = runPipeline(grid, { profile: withMethod('proporzionale'), planYear, individualGrid }).report.individuals!.persons;
  const expected = recomputed.filter((p) => before.get(p.person) !== p.score).length;
  expect(expected).toBeGreaterThan(0);
  expect(other.changedPersons).toBe(expected);
});

test('without an individual sheet, nothing is said of persons', () => {
  expect(previewRules({ ...source, individualGrid: null }, profile, undefined, before).changedPersons).toBeNull();
});
