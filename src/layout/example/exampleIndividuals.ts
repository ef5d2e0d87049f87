/**
 * The example individual objectives sheet of `cruscotto esempio` (issue 9): one row per objective, linked to a
 * cruscotto code, to a unit (its Relatore in the example cruscotto) or with its own KPI and soglie, as in the
 * Sondrio reports (RP 2020 §3.4: the Segretario Generale's objectives are cruscotto actions; RP 2018 §5.3-5.4).
 */
import type { CellInput } from '../../engine/types';
import type { SheetGrid } from '../types';

export const EXAMPLE_INDIVIDUAL_SHEET_NAME = 'Obiettivi individuali';

/** The header row of the layout (the pane's «Crea foglio obiettivi individuali» writes it too, src/excel). */
export const INDIVIDUAL_HEADER: readonly string[] = ['Persona / team', 'Ruolo', 'Obiettivo', 'Peso', 'Collegamento al cruscotto', 'Indicatore', 'Target', 'Soglia 80%', 'Soglia 60%', 'Risultato'];

const ROWS: (string | null)[][] = [
  ['Obiettivi individuali 2022 (esempio)'],
  ['Una riga per obiettivo: collegato a un codice del cruscotto o a un\'unità (Relatore), oppure con indicatore, target, soglie e risultato propri.'],
  [],
  [...INDIVIDUAL_HEADER],
  ['Segretario Generale', 'Dirigente', 'Competitività del territorio', '40%', '1', null, null, null, null, null],
  [null, null, 'Capitale umano', '30%', '1.1', null, null, null, null, null],
  [null, null, 'Tempi medi di pagamento', '30%', null, 'giorni medi di pagamento delle fatture', '30', '35', '40', '24'],
  ['Responsabile U.O. "Marketing e comunicazione"', 'PO', 'Obiettivi della U.O.', '70%', 'U.O. "Marketing e comunicazione"', null, null, null, null, null],
  [null, null, 'Newsletter mensili inviate', '30%', null, 'numero di newsletter', '12', '10', '8', '11'],
  ['Personale U.O. "Relazioni con il Pubblico"', 'Personale', 'Obiettivi della U.O.', '60%', 'U.O. "Relazioni con il Pubblico"', null, null, null, null, null],
  [null, null, 'Ore di formazione', '40%', null, 'ore di formazione per addetto', '20', '16', '12', '18'],
];

export function exampleIndividuals(): SheetGrid {
  return { name: EXAMPLE_INDIVIDUAL_SHEET_NAME, cells: ROWS.map((r) => r.map((value): CellInput => ({ value }))), merges: [] };
}
