/**
 * Individual objectives sheets rebuilt from the published reports (issue 9):
 * - RP 2020 §3.4 (report L162-172): the Segretario Generale's 4 objectives, each a cruscotto action
 *   (9.1.2, 3.4.1, 5.3.1, 7.1.2) with the dirigente's own weights 50/25/5/20.
 * - RP 2018 §5.3 (report L456-502): the dirigente's 3 objectives with their own KPI, "Target minimo (60%)" /
 *   "Target massimo (100%)", weights 60/20/20; objective 3 has two halves "(50%) (50%)", written here as two
 *   rows of 10 % each (I. trimestri pagati nei termini 3 -> 4; II. giorni Registro Imprese 3 -> 2,5).
 */
import type { CellInput } from '../../../src/engine/types';
import type { SheetGrid } from '../../../src/layout/types';

export function gridOf(name: string, rows: (string | number | null)[][]): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): CellInput => ({ value: v }))), merges: [] };
}

export const INDIVIDUAL_SHEET = 'Obiettivi individuali';

export function sondrio2020Individuals(): SheetGrid {
  return gridOf(INDIVIDUAL_SHEET, [
    ['Obiettivi individuali 2020'],
    [],
    ['Persona / team', 'Ruolo', 'Obiettivo', 'Peso', 'Collegamento al cruscotto'],
    ['Segretario Generale', 'Dirigente', 'Grado di utilizzo delle risorse promozionali', '50%', '9.1.2'],
    [null, null, 'Ristrutturazione sede', '25%', '3.4.1'],
    [null, null, 'Attuazione piano Pari Opportunità', '5%', '5.3.1'],
    [null, null, 'Programma Formativo per i Segretari Generali', '20%', '7.1.2'],
  ]);
}

export function sondrio2018Individuals(): SheetGrid {
  return gridOf(INDIVIDUAL_SHEET, [
    ['Persona', 'Ruolo', 'Obiettivo', 'Indicatore', 'Target minimo (60%)', 'Target massimo (100%)', 'Risultato', 'Peso'],
    // NOTA 1: 1.487.792,29 € / 1.338.706,91 € = 1,1114
    ['Segretario Generale', 'Dirigente', '1. Realizzazione del programma promozionale', 'Costi promozionali 2018/Disponibilità esecutive entro il 30/6/2018', '0,6', '0,9', '1,1114', '60%'],
    // NOTA 2: 2017 = 0,51 (56/109), target +5% / +10% on it; 2018 = 0,56 (77/137) as printed
    [null, null, '2. Performance del servizio di conciliazione', 'Mediazioni avviate/Domande pervenute con adesione', '0,5355', '0,561', '0,56', '20%'],
    [null, null, '3.I Tempi dei procedimenti: indice di tempestività dei pagamenti', 'Trimestri con pagamenti entro i termini di legge', '3', '4', '4', '10%'],
    [null, null, '3.II Tempi dei procedimenti: tempo medio di evasione domande Registro Imprese', 'Giorni', '3', '2,5', '2,2', '10%'],
  ]);
}
