/**
 * Issue 9 item 4 on the individual objectives sheet: RP 2018 §5.3, the dirigente's objective 2 "Performance del
 * servizio di conciliazione" with Target minimo (60%) "+5% su 2017" and Target massimo (100%) "+10% su 2017", as
 * printed, resolved on the 2017 value 56/109 shown 0,51: 0,54 and 0,56; 2018 = 77/137 -> 100% (published).
 */
import { getProfile } from '../../../src/engine';
import type { CellInput } from '../../../src/engine/types';
import { runPipeline } from '../../../src/layout/pipeline';
import { findIndividualHeader } from '../../../src/layout/individual/header';
import type { SheetGrid } from '../../../src/layout/types';
import { sondrio2018Grid } from '../../fixtures/builders';
import { BASELINE_2017, DIRIGENTE_MAX, DIRIGENTE_MIN, DIRIGENTE_OBJECTIVE, PUBLISHED_ACHIEVEMENT, RESULT_2018 } from '../../fixtures/baselines/rp2018Baseline';
import { INDIVIDUAL_SHEET } from './sondrioIndividuals';

const sondrio2018 = getProfile('sondrio-2018')!;
type Cell = string | number | null | CellInput;
const sheet = (rows: Cell[][]): SheetGrid => ({
  name: INDIVIDUAL_SHEET,
  cells: rows.map((r) => r.map((v): CellInput => (v !== null && typeof v === 'object' ? v : { value: v }))),
  merges: [],
});
const ratio = (r: { started: number; requests: number }): CellInput => ({ value: r.started / r.requests, numberFormat: '0.00' });

const HEADER = ['Persona', 'Ruolo', 'Obiettivo', 'Indicatore', 'Valore anno precedente (2017)', 'Target minimo (60%)', 'Target massimo (100%)', 'Risultato', 'Peso'];

function dirigente(baseline: Cell = ratio(BASELINE_2017), max: string = DIRIGENTE_MAX): SheetGrid {
  return sheet([
    HEADER,
    ['Segretario Generale', 'Dirigente', '1. Realizzazione del programma promozionale', 'Costi promozionali 2018/Disponibilità esecutive', null, '0,6', '0,9', '1,1114', '60%'],
    [null, null, DIRIGENTE_OBJECTIVE, 'Mediazioni avviate/Domande pervenute con adesione', baseline, DIRIGENTE_MIN, max, ratio(RESULT_2018), '20%'],
    [null, null, '3.I Tempi dei procedimenti: pagamenti', 'Trimestri con pagamenti entro i termini di legge', null, '3', '4', '4', '10%'],
    [null, null, '3.II Tempi dei procedimenti: Registro Imprese', 'Giorni', null, '3', '2,5', '2,2', '10%'],
  ]);
}

const run = (grid: SheetGrid) => runPipeline(sondrio2018Grid(), { profile: sondrio2018, planYear: 2018, individualGrid: grid });
const ownDiagnostics = (r: ReturnType<typeof run>) => r.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET)).map((d) => d.message);

test('the header has a baseline column, with its year', () => {
  const layout = findIndividualHeader(dirigente())!;
  expect(layout.columns.find((c) => c.kind === 'baseline')).toEqual({ col: 4, kind: 'baseline', header: 'Valore anno precedente (2017)', year: 2017 });
  expect(layout.columns.filter((c) => c.kind === 'threshold' || c.kind === 'target').map((c) => c.col)).toEqual([5, 6]);
});

test('«+5% su 2017» / «+10% su 2017» on 0,51: 0,54 (60%) and 0,56 (100%); 77/137 scores the published 100%, the dirigente 100%', () => {
  const r = run(dirigente());
  const person = r.report.individuals!.persons[0];
  expect(person.objectives.map((o) => o.achievement)).toEqual([100, PUBLISHED_ACHIEVEMENT, 100, 100]);
  expect(person.score).toBe(100);
  expect(ownDiagnostics(r)).toEqual([]);
});

test('the rounding matters: without it objective 2 would be 95,2% (analysis: «the Dirigente "+9,4%" would score 95,2%»)', () => {
  const unrounded = dirigente();
  const b = BASELINE_2017.started / BASELINE_2017.requests;
  unrounded.cells[2][4] = { value: null };
  unrounded.cells[2][5] = { value: b * 1.05 };
  unrounded.cells[2][6] = { value: b * 1.1 };
  const r = runPipeline(sondrio2018Grid(), { profile: { ...sondrio2018, kpiRoundingDecimals: null }, planYear: 2018, individualGrid: unrounded });
  expect(r.report.individuals!.persons[0].objectives[1].achievement!.toFixed(1)).toBe('95.2');
});

test('no baseline on the row: an Italian error naming each relative cell; the other objectives are scored', () => {
  const r = run(dirigente(null));
  expect(ownDiagnostics(r).slice(0, 2)).toEqual([
    "'Obiettivi individuali'!F3: la soglia 60% «+5% su 2017» si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato",
    "'Obiettivi individuali'!G3: il target «+10% su 2017» si calcola dal valore storico, ma la riga non ha un valore storico (colonna «Target storico» / «Valore anno precedente»): valore non calcolato",
  ]);
  const person = r.report.individuals!.persons[0];
  expect(person.objectives.map((o) => o.achievement)).toEqual([100, null, 100, 100]);
});

test('a year other than the baseline column\'s: a warning naming the cell', () => {
  const r = run(dirigente(ratio(BASELINE_2017), '+10% su 2016'));
  expect(ownDiagnostics(r)).toEqual([
    "'Obiettivi individuali'!G3: il target «+10% su 2016» si riferisce al 2016, ma il valore storico della colonna è del 2017: calcolato comunque sul valore storico della riga (0,51), = 0,56",
  ]);
});

test('a baseline that is not a number: an error at its cell', () => {
  expect(ownDiagnostics(run(dirigente('alto')))[0]).toBe("'Obiettivi individuali'!E3: il valore storico «alto» non è un numero");
});

test('the row as printed, result included: «Performance: +10% su 2017» -> 0,56, 100%', () => {
  const grid = dirigente();
  grid.cells[2][7] = { value: '+10% su 2017' };
  const r = run(grid);
  expect(r.report.individuals!.persons[0].objectives[1].achievement).toBe(PUBLISHED_ACHIEVEMENT);
  expect(ownDiagnostics(r)).toEqual([]);
  // the analysis: "+9,4%" (77/137 on 56/109 unrounded) on the rounded 0,51 is 0,56 too
  grid.cells[2][7] = { value: '+9,4% su 2017' };
  expect(run(grid).report.individuals!.persons[0].objectives[1].achievement).toBe(100);
});
