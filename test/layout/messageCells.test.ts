/**
 * Issue 8, item 2: every message names its cell where one exists (a held-out fuzz found warnings naming only
 * the sheet), and a rescaling of weights says what was done.
 */
import { getProfile } from '../../src/engine';
import { runPipeline } from '../../src/layout/pipeline';
import { grid, type Cell } from './reader/fixtures';
import { COLUMNS, GROUPS } from './reader/sampleSheet';

const profile = getProfile('sondrio-2020')!;

/** Actions 1.4.1 and 1.4.2 (pesi 20 + 20) whose operational objective 1.4 has no row of its own. */
const NO_OBJECTIVE_ROW: Cell[][] = [
  GROUPS,
  COLUMNS,
  ['Processi interni', '1', 'Competitività', '', '', '', '1.4.1', 'Prima azione', '20%', 'n.', '10', '8', '6', '10'],
  ['', '', '', '', '', '', '1.4.2', 'Seconda azione', '20%', 'n.', '10', '8', '6', '9'],
];

describe('messages name their cell', () => {
  test('weights of an objective without a row of its own: the weight cell of its first action, and what was done', () => {
    const result = runPipeline(grid(NO_OBJECTIVE_ROW), { profile, planYear: 2022 });
    const sum = result.diagnostics.find((d) => d.code === 'weights-sum');
    expect(sum).toBeDefined();
    expect(sum!.cell).toBe('Cruscotto!I3');
    expect(sum!.message).toBe(
      "Cruscotto!I3: i pesi delle azioni dell'obiettivo 1.4 sommano a 40, non a 100: sono stati riproporzionati a 100 (ogni peso diviso per la loro somma)",
    );
  });

  test('no engine or reader diagnostic of a recognised sheet names only the sheet', () => {
    const result = runPipeline(grid(NO_OBJECTIVE_ROW), { profile, planYear: 2022 });
    for (const d of result.diagnostics) expect(d.cell).toMatch(/^Cruscotto![A-Z]+[0-9]+$/);
  });

  test('missing weights and actions left out for want of a value: the cells of the objective\'s first action', () => {
    const rows: Cell[][] = [
      GROUPS,
      COLUMNS,
      ['Processi interni', '1', 'Competitività', '', '', '', '1.4.1', 'Prima azione', '50%', 'n.', '10', '8', '6', ''],
      ['', '', '', '', '', '', '1.4.2', 'Seconda azione', '', 'n.', '10', '8', '6', '9'],
    ];
    const result = runPipeline(grid(rows), { profile, planYear: 2022 });
    const byCode = (code: string) => result.diagnostics.filter((d) => d.code === code);
    expect(byCode('weights-missing').map((d) => d.cell)).toEqual(['Cruscotto!I3']);
    for (const d of result.diagnostics) expect(d.cell).toMatch(/^Cruscotto![A-Z]+[0-9]+$/);
  });
});
