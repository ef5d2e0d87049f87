/** The example individual objectives sheet (`cruscotto esempio`) is read beside the example cruscotto with no problem. */
import { getProfile } from '../../../src/engine';
import { exampleCruscotto, exampleIndividuals, EXAMPLE_INDIVIDUAL_SHEET_NAME } from '../../../src/layout/example';
import { runPipeline } from '../../../src/layout/pipeline';

test('every link resolves (codes and units), every person has a score, no message on the sheet', () => {
  const { grid, planYear } = exampleCruscotto();
  const run = runPipeline(grid, { profile: getProfile('sondrio-2020')!, planYear, individualGrid: exampleIndividuals() });
  expect(run.diagnostics.filter((d) => d.cell?.includes(EXAMPLE_INDIVIDUAL_SHEET_NAME))).toEqual([]);
  const persons = run.report.individuals!.persons;
  expect(persons.map((p) => [p.role, p.objectives.map((o) => o.source)])).toEqual([
    ['dirigente', ['linked', 'linked', 'own']],
    ['po', ['linked', 'own']],
    ['personale', ['linked', 'own']],
  ]);
  for (const p of persons) expect(p.score).not.toBeNull();
  // own KPI by the soglie: 24 gg against 30 (lower is better) -> 100; 11 newsletter (soglia 80 at 10) -> 80; 18 ore -> 80
  expect(persons.map((p) => p.objectives.find((o) => o.source === 'own')!.achievement)).toEqual([100, 80, 80]);
});
