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

/**
 * RP 2018 §5.4 (report L530-806): cards of PO and personale, one row per objective with "Peso", "Prestazione al
 * 31/12/2018" (a description) and "Punteggio assegnato" (the evaluator's score), PUNTEGGIO TOTALE = Σ peso × punteggio.
 * Four cards as printed, including «Servizio metrico» whose objective 1 has no Peso row (L755).
 */
export function sondrio2018Cards(): SheetGrid {
  return gridOf(INDIVIDUAL_SHEET, [
    ['Persona / team', 'Ruolo', 'Obiettivo', 'Peso', 'Prestazione al 31/12/2018', 'Punteggio assegnato'],
    ['Responsabile Area III "Anagrafico-certificativa"', 'PO', 'Obiettivo 1 Individuale: format di presentazione del Registro Imprese', '50%', 'Format predisposto ed utilizzato il giorno 17 aprile 2018', '100%'],
    [null, null, 'Obiettivo 2 Individuale: livello di raggiungimento degli obiettivi dell\'Area III', '50%', '% di raggiungimento degli obiettivi dell\'Area III: 100%', '100%'],
    ['Responsabile Vicario Area I', 'Personale', 'Obiettivo 1 Individuale: format di presentazione della mediazione', '25%', 'Format predisposto il giorno 26 aprile 2018', '100%'],
    [null, null, 'Obiettivo 2 Individuale: valida partecipazione al corso per mediatori', '25%', 'Valida partecipazione (18 ore)', '100%'],
    [null, null, 'Obiettivo 3 Individuale: livello di raggiungimento degli obiettivi dell\'Area I', '50%', 'U.O. Segreteria: 100%; U.O. Regolazione del Mercato: 100%', '100%'],
    ['Responsabile U.O. "Servizio metrico"', 'Personale', 'Obiettivo 1 Individuale: numero di ispezioni: 5', null, 'Numero di ispezioni: 5.', '100%'],
    [null, null, 'Obiettivo 2 Individuale: numero di verifiche prodotti: 20', '50%', 'Numero di verifiche prodotti: 20.', '100%'],
    ['Responsabile e personale U.O. "Ragioneria"', 'Team', 'Obiettivo 1 Team: rispetto dei target sui tempi di pagamento', '75%', 'Tempi medi di pagamento 2018: 3gg.', '100%'],
    [null, null, 'Obiettivo 2 Team: emissione ruolo esattoriale diritto annuale 2015', '25%', 'Determinazione n. 207/18.07.2018', '100%'],
  ]);
}
