/**
 * The Excel back end's apply step writes the individual objectives sheet's own columns (issue 9, item 5) in the
 * same round trip as the cruscotto, through the write guard, and records them in the ledger: RP 2020 §3.4 on
 * the fake Excel, applyPlan called directly with the snapshots a Ricalcola reads (src/excel/ricalcola.ts reads
 * the individual sheet on its own branch).
 */
import { getProfile } from '../../src/engine';
import { applyPlan, type ApplyResult } from '../../src/excel/applyPlan';
import { queueLedgerRead } from '../../src/excel/ledger';
import { readSheet, type SheetSnapshot } from '../../src/excel/readSheet';
import { countingSync } from '../../src/excel/syncCounter';
import { runPipeline } from '../../src/layout/pipeline';
import type { PipelineResult } from '../../src/layout/types';
import { sondrio2020Grid } from '../fixtures/builders';
import { INDIVIDUAL_SHEET, sondrio2020Individuals } from '../layout/individual/sondrioIndividuals';
import { cellAt, findSheet, snapshotWorkbook, type FakeEnvironment } from './fake';
import { environment, mismatches } from './support';

const FEATURES = { mergedAreas: true, comments: true, pageLayout: true, rangeAreas: true, notes: true };
const CRUSCOTTO = sondrio2020Grid().name;

interface Applied {
  result: PipelineResult;
  applied: ApplyResult;
  /** round trips of the apply step alone */
  applySyncs: number;
}

/** What a Ricalcola does around applyPlan: read the ledger and both sheets, run the pipeline, apply. */
async function ricalcola(env: FakeEnvironment, options: { withIndividualSnapshot?: boolean; withoutIndividualPlan?: boolean } = {}): Promise<Applied> {
  return env.excel.run(async (context) => {
    const sync = countingSync(context);
    const names = env.state.sheets.map((s) => s.name);
    const ledgerRead = queueLedgerRead(context, names);
    const snapshot = await readSheet(context, sync, { sheetName: CRUSCOTTO, comments: null, features: FEATURES });
    const individual: SheetSnapshot = await readSheet(context, sync, { sheetName: INDIVIDUAL_SHEET, comments: null, features: FEATURES });
    const ledger = ledgerRead();
    const result = runPipeline(snapshot.grid, {
      profile: getProfile('sondrio-2020')!,
      planYear: 2020,
      currentYear: 2020,
      ledger: ledger.ledger,
      sheetNames: names,
      individualGrid: individual.grid,
    });
    const before = sync.count;
    const plan = options.withoutIndividualPlan ? { ...result.plan, individual: null } : result.plan;
    const applied = await applyPlan(context, sync, plan, {
      snapshot,
      individualSnapshot: options.withIndividualSnapshot === false ? null : individual,
      features: FEATURES,
      ledger: ledger.ledger,
      ledgerSheet: ledger.sheet,
      sheetNames: names,
      summary: { existing: null, position: 1 },
    });
    return { result, applied, applySyncs: sync.count - before };
  });
}

const value = (env: FakeEnvironment, address: [number, number]) => cellAt(env.state, INDIVIDUAL_SHEET, address[0], address[1]);

test('RP 2020 §3.4: the % of each objective, 100 % and 75 % without the assigned value, in one round trip with the cruscotto', async () => {
  const env = environment([sondrio2020Grid(), sondrio2020Individuals()]);
  const { result, applied, applySyncs } = await ricalcola(env);
  // as many round trips as without the individual sheet (the values, then the notes of the cruscotto's assigned values)
  const alone = await ricalcola(environment([sondrio2020Grid(), sondrio2020Individuals()]), { withoutIndividualPlan: true });
  expect(applySyncs).toBe(alone.applySyncs);
  expect(applySyncs).toBe(2);
  const plan = result.plan.individual!;
  expect(plan.blocks.length).toBeGreaterThan(0);
  expect(mismatches(env.state, plan)).toEqual([]);
  expect(mismatches(env.state, result.plan.sheet)).toEqual([]);
  // header row 3 (index 2): A:E are the user's, F:H the add-in's
  expect([5, 6, 7].map((c) => value(env, [2, c])?.value)).toEqual(['% raggiungimento', 'Punteggio individuale', 'Punteggio senza valori assegnati']);
  expect(value(env, [3, 6])).toMatchObject({ value: 1, numberFormat: '0.00%' });
  expect(value(env, [3, 7])).toMatchObject({ value: 0.75, numberFormat: '0.00%' });
  const objectives = result.report.individuals!.persons[0].objectives;
  objectives.forEach((o, i) => expect(value(env, [3 + i, 5])?.value).toBeCloseTo(o.achievement! / 100, 10));
  // the status colours of the % column, the add-in's rules
  expect(findSheet(env.state, INDIVIDUAL_SHEET).conditionalFormats.map((f) => f.formula).join(' ')).toContain('cruscotto:raggiunto');
  expect(applied.warnings).toEqual([]);
});

test('twice == once, and a value typed over the score is kept (the score goes to a new column of the add-in)', async () => {
  const env = environment([sondrio2020Grid(), sondrio2020Individuals()]);
  await ricalcola(env);
  const once = snapshotWorkbook(env.state);
  await ricalcola(env);
  expect(snapshotWorkbook(env.state)).toEqual(once);

  const g4 = value(env, [3, 6])!;
  g4.value = 0.9; // typed by the user over the add-in's figure
  const { result } = await ricalcola(env);
  expect(value(env, [3, 6])?.value).toBe(0.9);
  expect(value(env, [2, 8])?.value).toBe('Punteggio individuale');
  expect(value(env, [3, 8])?.value).toBe(1);
  expect(result.diagnostics.find((d) => d.cell === `'${INDIVIDUAL_SHEET}'!G3`)?.message).toMatch(/colonna G .*colonna I/);
});

test('without a snapshot of the individual sheet nothing is written there, and a warning says so', async () => {
  const env = environment([sondrio2020Grid(), sondrio2020Individuals()]);
  const before = JSON.stringify(findSheet(env.state, INDIVIDUAL_SHEET).rows);
  const { applied } = await ricalcola(env, { withIndividualSnapshot: false });
  expect(JSON.stringify(findSheet(env.state, INDIVIDUAL_SHEET).rows)).toBe(before);
  expect(applied.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^'Obiettivi individuali': .*non sono stati scritti nel foglio/)]);
});
