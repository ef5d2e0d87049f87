/**
 * A link to a unit (RP 2018 §5.4: "Livello di raggiungimento degli obiettivi dell'U.O. …"): all the cruscotto's
 * scored rows whose Relatore/Responsabile column names it, their simple mean.
 */
import { getProfile } from '../../../src/engine';
import { runPipeline } from '../../../src/layout/pipeline';
import type { SheetGrid } from '../../../src/layout/types';
import { sondrio2020Grid } from '../../fixtures/builders';
import { gridOf, INDIVIDUAL_SHEET } from './sondrioIndividuals';

const profile = getProfile('sondrio-2020')!;

/** The RP 2020 sheet with a "Relatore" column: the actions of 3.3 to «U.O. Promozione», of 5.3 to «U.O. Personale». */
function withOwners(): { grid: SheetGrid; promozione: string[] } {
  const grid = sondrio2020Grid();
  const first = runPipeline(grid, { profile, planYear: 2020 });
  const layout = first.read.layout!;
  const col = Math.max(...grid.cells.map((r) => r.length));
  for (let row = layout.headerTop; row <= layout.headerBottom; row++) grid.cells[row][col] = { value: row === layout.headerTop ? 'Relatore' : null };
  const promozione: string[] = [];
  for (const [id, loc] of first.read.locations) {
    const owner = id.startsWith('3.3.') ? 'U.O. Promozione' : id.startsWith('5.3.') ? 'U.O. Personale' : null;
    if (!owner || id.split('.').length !== 3) continue;
    if (owner === 'U.O. Promozione') promozione.push(id);
    grid.cells[loc.row][col] = { value: owner };
  }
  return { grid, promozione };
}

test('a unit link takes the mean of the actions whose Relatore is that unit; case and spaces do not matter', () => {
  const { grid, promozione } = withOwners();
  expect(promozione.length).toBeGreaterThan(1);
  const individual = gridOf(INDIVIDUAL_SHEET, [
    ['Persona', 'Ruolo', 'Obiettivo', 'Peso', 'Unità / area collegata'],
    ['Resp. U.O. Promozione', 'PO', 'Obiettivi della U.O.', '100%', 'u.o.  promozione'],
  ]);
  const run = runPipeline(grid, { profile, planYear: 2020, individualGrid: individual });
  expect(run.read.layout!.columns.some((c) => c.role === 'action.owner')).toBe(true);
  const byCode = new Map(run.report.nodes.map((n) => [n.code, n]));
  const mean = promozione.map((c) => byCode.get(c)!.achievement as number).reduce((a, b) => a + b, 0) / promozione.length;
  const p = run.report.individuals!.persons[0];
  expect(p.objectives[0].source).toBe('linked');
  expect(p.score).toBeCloseTo(mean, 6);
  expect(p.score).toBeLessThan(100);
  expect(p.belowTarget).toBe(1);
});
