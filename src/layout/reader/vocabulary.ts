/**
 * Words the reader recognises in header cells (normalised: lower case, no accents), kept as data in
 * one table. Level words name a level of the tree (group headers: "Obiettivi strategici", "Programma",
 * "Indicatori"); column words name what a column holds ("Target", "Consuntivo", "Scostamento").
 *
 * Sources, cited per entry:
 * - SO2018 / SO2020 / SO2022: the Sondrio cruscotti (Relazione sulla Performance 2018 and 2020, Piano 2022);
 * - DFP: Dipartimento della Funzione Pubblica, Linee guida per il Piano (n. 1/2017) and per la Relazione
 *   sulla performance (n. 3/2018): obiettivi, indicatori, baseline, target, valore a consuntivo, scostamento;
 * - DUP: the municipalities' Documento Unico di Programmazione (D.Lgs. 118/2011): linee di mandato,
 *   programmi, progetti, attività;
 * - CCIAA: the SMVP of the Camere di commercio: aree strategiche, programmi, indicatori di risultato;
 * - SMVP: the usual wording of SMVP documents and monitoring sheets (actual, % raggiung., note).
 */
import type { Level, ScoringMethod } from '../../engine/types';
import { METHOD_WORDS } from './rowWords';

/** What a column holds, before the level is known. */
export type ColumnKind =
  | 'code'
  | 'title'
  | 'weight'
  | 'kpi'
  | 'target'
  /** the target at 30/6 of a mid-year monitoring: read for the monitoring view, never scored */
  | 'targetInterim'
  | 'threshold'
  | 'result'
  | 'output'
  | 'override'
  | 'motivation'
  | 'status'
  | 'direction'
  | 'method'
  | 'owner'
  /** last year's value (glossary: baseline): the reference of "+10% su 2017" targets and of the 'progresso' method */
  | 'baseline'
  /** result minus target, as a mid-year report publishes it: input, not scored */
  | 'deviation'
  /** free notes: input */
  | 'note';

/** A word naming a level of the sheet. */
export interface LevelWord {
  words: string[];
  /** the level's name as the sheet's user knows it ("Programma"): layout.levelNames */
  name: string;
  /**
   * engine slots the level may take, the usual one first. The lowest level carrying target or result
   * takes the scored slot 'action'; the others take the remaining slots in the sheet's order.
   */
  slots: Level[];
  /** the add-in's own group ("Calcolo cruscotto") */
  own?: boolean;
  /** the word is also a column word ("Indicatore": the KPI column): a level only where it heads columns */
  alsoColumn?: ColumnKind;
  examples: string[];
  source: string;
}

export interface ColumnWord {
  words: string[];
  kind: ColumnKind;
  /** weak words (e.g. "ponderazione", also a KPI value) do not count as evidence of a header row */
  weak?: boolean;
  /** "Consuntivo", "Valore rilevato": always the measured value, never an output column */
  strongResult?: boolean;
  /** a header only when the cell also names a year ("Valore 2017") */
  yearOnly?: boolean;
  examples: string[];
  source: string;
}

/** Words dropped before matching ("Dati al 31.12", "Prospettiva BSC", "Grado di raggiungimento"). */
export const FILLER_WORDS = new Set(['di', 'del', 'della', 'dello', 'dei', 'delle', 'degli', 'al', 'dal', 'e', 'ed', 'd', 'l', 'n', 'nr', 'bsc', 'anno', 'the', 'in', 'per']);

const P: Level = 'perspective';
const S: Level = 'strategic';
const O: Level = 'operational';
const A: Level = 'action';

export const LEVEL_WORDS: LevelWord[] = [
  { words: ['prospettiva'], name: 'Prospettiva', slots: [P], examples: ['Prospettiva', 'Prospettiva BSC'], source: 'SO2020, SO2022' },
  { words: ['prospettiva', 'strategica'], name: 'Prospettiva', slots: [P], examples: ['Prospettiva strategica'], source: 'SMVP' },
  { words: ['area', 'strategica'], name: 'Area strategica', slots: [P, S], examples: ['Area strategica', 'Aree strategiche'], source: 'CCIAA' },
  { words: ['area', 'dirigenziale'], name: 'Area dirigenziale', slots: [S, P], examples: ['Area dirigenziale', 'Aree dirigenziali'], source: 'CCIAA (Brescia 2019 semestrale)' },
  { words: ['linea', 'strategica'], name: 'Linea strategica', slots: [P, S], examples: ['Linea strategica', 'Linee strategiche'], source: 'DUP' },
  { words: ['linea', 'mandato'], name: 'Linea di mandato', slots: [P, S], examples: ['Linea di mandato', 'Linee di mandato'], source: 'DUP' },
  { words: ['obiettivo', 'mandato'], name: 'Obiettivo di mandato', slots: [P, S], examples: ['Obiettivo di mandato'], source: 'DUP' },
  { words: ['obiettivo', 'strategico'], name: 'Obiettivo strategico', slots: [S], examples: ['Obiettivi strategici', 'Obiettivo Strategico'], source: 'SO2020, SO2022' },
  { words: ['ob', 'strategico'], name: 'Obiettivo strategico', slots: [S], examples: ['Ob. strategico'], source: 'SMVP' },
  { words: ['obiettivo', 'operativo'], name: 'Obiettivo operativo', slots: [O], examples: ['Obiettivi operativi', 'OBIETTIVI OPERATIVI'], source: 'SO2020, SO2022' },
  { words: ['ob', 'operativo'], name: 'Obiettivo operativo', slots: [O], examples: ['Ob. operativo'], source: 'SMVP' },
  { words: ['obiettivo', 'specifico'], name: 'Obiettivo specifico', slots: [S, O], examples: ['Obiettivi specifici'], source: 'DFP' },
  { words: ['obiettivo'], name: 'Obiettivo', slots: [O, S], examples: ['Obiettivo', 'Obiettivi'], source: 'DFP' },
  { words: ['programma'], name: 'Programma', slots: [O, S], examples: ['Programma', 'Programmi'], source: 'DUP, CCIAA' },
  { words: ['progetto'], name: 'Progetto', slots: [O, S], examples: ['Progetto', 'Progetti'], source: 'DUP' },
  { words: ['attivita'], name: 'Attività', slots: [O, A], examples: ['Attività'], source: 'DUP' },
  { words: ['fase'], name: 'Fase', slots: [O, A], examples: ['Fase', 'Fasi'], source: 'DUP' },
  { words: ['azione'], name: 'Azione', slots: [A, O], examples: ['Azioni', 'Azione'], source: 'SO2018, SO2020, SO2022' },
  { words: ['indicatore'], name: 'Indicatore', slots: [A], alsoColumn: 'kpi', examples: ['Indicatore', 'Indicatori'], source: 'DFP, CCIAA' },
  { words: ['indicatore', 'operativo'], name: 'Indicatore', slots: [A], alsoColumn: 'kpi', examples: ['Indicatori operativi'], source: 'CCIAA' },
  { words: ['indicatore', 'risultato'], name: 'Indicatore', slots: [A], alsoColumn: 'kpi', examples: ['Indicatori di risultato'], source: 'CCIAA' },
  { words: ['indicatore', 'performance'], name: 'Indicatore', slots: [A], alsoColumn: 'kpi', examples: ['Indicatore di performance'], source: 'DFP' },
  { words: ['calcolo', 'cruscotto'], name: 'Calcolo cruscotto', slots: [], own: true, examples: ['Calcolo Cruscotto'], source: 'the add-in' },
];

export const COLUMN_WORDS: ColumnWord[] = [
  { words: ['cod'], kind: 'code', examples: ['cod.', 'Cod'], source: 'SO2020, SO2022' },
  { words: ['codice'], kind: 'code', examples: ['Codice'], source: 'SMVP' },
  { words: ['id'], kind: 'code', examples: ['ID'], source: 'SMVP' },
  { words: ['titolo'], kind: 'title', examples: ['Titolo'], source: 'SO2018' },
  { words: ['descrizione'], kind: 'title', examples: ['descrizione'], source: 'SO2022' },
  { words: ['denominazione'], kind: 'title', examples: ['Denominazione'], source: 'SMVP' },
  { words: ['titolo', 'descrizione'], kind: 'title', examples: ['titolo descrizione'], source: 'SO2022' },
  { words: ['peso'], kind: 'weight', examples: ['Peso', 'Pesi'], source: 'SO2020, SO2022' },
  { words: ['peso', '%'], kind: 'weight', examples: ['Peso %'], source: 'SMVP' },
  { words: ['%', 'peso'], kind: 'weight', examples: ['% peso'], source: 'SMVP' },
  { words: ['ponderazione'], kind: 'weight', weak: true, examples: ['Ponderazione'], source: 'SO2022' },
  { words: ['kpi'], kind: 'kpi', examples: ['kpi'], source: 'SO2020, SO2022' },
  { words: ['indicatore'], kind: 'kpi', examples: ['Indicatore'], source: 'SO2018' },
  { words: ['indicatore', 'kpi'], kind: 'kpi', examples: ['Indicatore KPI'], source: 'SMVP' },
  { words: ['kpi', 'indicatore'], kind: 'kpi', examples: ['KPI indicatore'], source: 'SMVP' },
  { words: ['target'], kind: 'target', examples: ['target', 'Target 2022', 'Target al 31/12'], source: 'SO2022, DFP' },
  { words: ['valore', 'target'], kind: 'target', examples: ['Valore target'], source: 'DFP' },
  { words: ['valore', 'atteso'], kind: 'target', examples: ['Valore atteso'], source: 'DFP' },
  { words: ['valore', 'obiettivo'], kind: 'target', examples: ['Valore obiettivo'], source: 'DFP' },
  { words: ['target', 'atteso'], kind: 'target', examples: ['Target atteso'], source: 'SMVP' },
  { words: ['risultato', 'atteso'], kind: 'target', examples: ['Risultato atteso', 'Risultato atteso 2019'], source: 'DFP, CCIAA' },
  // a target column whose header carries the date 30/6 ("Target al 30/6", "Valore Target al 30/6", or "al 30/6"
  // under a "Valore Target" group) is an interim target too (matchHeader.ts); "al 31/12" stays the year-end target
  { words: ['target', 'intermedio'], kind: 'targetInterim', examples: ['Target al 30/6', 'Valore Target al 30/6', 'Target intermedio'], source: 'CCIAA (Brescia 2019 semestrale)' },
  { words: ['target', 'semestrale'], kind: 'targetInterim', examples: ['Target semestrale'], source: 'SMVP' },
  { words: ['target', 'giugno'], kind: 'targetInterim', examples: ['Target al 30 giugno'], source: 'SMVP' },
  { words: ['valore', 'target', 'giugno'], kind: 'targetInterim', examples: ['Valore target al 30 giugno'], source: 'SMVP' },
  { words: ['soglia'], kind: 'threshold', examples: ['Soglie', 'Soglia 80%'], source: 'SO2022' },
  { words: ['soglia', 'minima'], kind: 'threshold', examples: ['Soglia minima'], source: 'SO2018' },
  { words: ['risultato'], kind: 'result', examples: ['Risultato', 'Risultati'], source: 'SO2020' },
  { words: ['risultato', 'misurato'], kind: 'result', examples: ['Risultato misurato'], source: 'SMVP' },
  { words: ['consuntivo'], kind: 'result', strongResult: true, examples: ['Consuntivo', 'Consuntivo 2019'], source: 'DFP' },
  { words: ['valore', 'consuntivo'], kind: 'result', strongResult: true, examples: ['Valore consuntivo'], source: 'DFP' },
  { words: ['valore', 'a', 'consuntivo'], kind: 'result', strongResult: true, examples: ['Valore a consuntivo'], source: 'DFP' },
  { words: ['valore', 'rilevato'], kind: 'result', strongResult: true, examples: ['Valore rilevato'], source: 'SMVP' },
  { words: ['valore', 'raggiunto'], kind: 'result', strongResult: true, examples: ['Valore raggiunto'], source: 'SMVP' },
  { words: ['valore', 'effettivo'], kind: 'result', strongResult: true, examples: ['Valore effettivo'], source: 'SMVP' },
  { words: ['risultato', 'raggiunto'], kind: 'result', strongResult: true, examples: ['Risultato raggiunto'], source: 'SMVP' },
  { words: ['risultato', 'conseguito'], kind: 'result', strongResult: true, examples: ['Risultato conseguito'], source: 'SMVP' },
  { words: ['dati'], kind: 'result', strongResult: true, examples: ['Dati al 31.12'], source: 'SMVP' },
  { words: ['actual'], kind: 'result', strongResult: true, examples: ['Actual', 'Actual 2019'], source: 'SMVP' },
  { words: ['percentuale', 'raggiungimento'], kind: 'output', examples: ['PERCENTUALE RAGGIUNGIMENTO'], source: 'SO2020' },
  { words: ['%', 'raggiungimento'], kind: 'output', examples: ['% raggiungimento', '% raggiungimento obiettivo'], source: 'SMVP' },
  { words: ['%', 'raggiung'], kind: 'output', examples: ['% raggiung.'], source: 'SMVP' },
  { words: ['grado', 'raggiungimento'], kind: 'output', examples: ['Grado di raggiungimento'], source: 'DFP' },
  { words: ['raggiungimento'], kind: 'output', examples: ['Raggiungimento'], source: 'SMVP' },
  { words: ['performance'], kind: 'output', examples: ['Performance'], source: 'SMVP' },
  { words: ['esito'], kind: 'output', examples: ['Esito'], source: 'SMVP' },
  { words: ['%', 'assegnata'], kind: 'override', examples: ['% assegnata'], source: 'SO2020 (sentito l\'OIV)' },
  { words: ['percentuale', 'assegnata'], kind: 'override', examples: ['Percentuale assegnata'], source: 'SMVP' },
  { words: ['%', 'attribuita'], kind: 'override', examples: ['% attribuita'], source: 'SMVP' },
  { words: ['assegnata'], kind: 'override', examples: ['Assegnata'], source: 'SMVP' },
  { words: ['motivazione'], kind: 'motivation', examples: ['Motivazione'], source: 'SO2020' },
  { words: ['giustificazione'], kind: 'motivation', examples: ['Giustificazione'], source: 'SMVP' },
  { words: ['stato'], kind: 'status', examples: ['Stato'], source: 'SO2018' },
  { words: ['direzione'], kind: 'direction', examples: ['Direzione'], source: 'SMVP' },
  { words: ['verso'], kind: 'direction', examples: ['Verso'], source: 'SMVP' },
  { words: ['polarita'], kind: 'direction', examples: ['Polarità'], source: 'SMVP' },
  { words: ['metodo'], kind: 'method', examples: ['Metodo'], source: 'SMVP' },
  { words: ['metodo', 'calcolo'], kind: 'method', examples: ['Metodo di calcolo'], source: 'SMVP' },
  { words: ['metodo', 'valutazione'], kind: 'method', examples: ['Metodo di valutazione'], source: 'SMVP' },
  { words: ['relatore'], kind: 'owner', examples: ['Relatore'], source: 'SO2022' },
  { words: ['responsabile'], kind: 'owner', examples: ['Responsabile'], source: 'SMVP' },
  { words: ['struttura', 'responsabile'], kind: 'owner', examples: ['Struttura responsabile'], source: 'SMVP' },
  { words: ['referente'], kind: 'owner', examples: ['Referente'], source: 'SMVP' },
  { words: ['baseline'], kind: 'baseline', examples: ['Baseline', 'Baseline 2018'], source: 'DFP' },
  { words: ['valore', 'baseline'], kind: 'baseline', examples: ['Valore baseline'], source: 'DFP' },
  { words: ['target', 'storico'], kind: 'baseline', examples: ['Target storico'], source: 'SMVP' },
  { words: ['valore', 'storico'], kind: 'baseline', examples: ['Valore storico'], source: 'SMVP' },
  { words: ['target', 'storico', 'riferimento'], kind: 'baseline', examples: ['Target storico di riferimento (anno 2018)'], source: 'CCIAA (Brescia 2019 semestrale)' },
  { words: ['dato', 'storico'], kind: 'baseline', examples: ['Dato storico'], source: 'SMVP' },
  { words: ['storico'], kind: 'baseline', examples: ['Storico', 'Storico 2018'], source: 'SMVP' },
  { words: ['valore', 'precedente'], kind: 'baseline', examples: ['Valore anno precedente'], source: 'SMVP' },
  { words: ['risultato', 'precedente'], kind: 'baseline', examples: ['Risultato anno precedente'], source: 'SMVP' },
  { words: ['consuntivo', 'precedente'], kind: 'baseline', examples: ['Consuntivo anno precedente'], source: 'SMVP' },
  // "Valore 2017": a baseline only with a year before the plan year (buildColumnMap); "Valore" alone is no header
  { words: ['valore'], kind: 'baseline', yearOnly: true, examples: ['Valore 2017'], source: 'SO2018 ("valore 2017")' },
  { words: ['scostamento'], kind: 'deviation', examples: ['Scostamento', 'Scostamento dal target'], source: 'DFP' },
  { words: ['scostamento', 'target'], kind: 'deviation', examples: ['Scostamento dal target'], source: 'DFP' },
  { words: ['note'], kind: 'note', examples: ['Note', 'Nota'], source: 'SMVP' },
];

/** Column kinds that exist only for the scored level (actions, indicators), whatever group they sit under. */
export const ACTION_ONLY_KINDS: ReadonlySet<ColumnKind> = new Set([
  'targetInterim',
  'threshold',
  'override',
  'motivation',
  'status',
  'direction',
  'method',
  'owner',
  'baseline',
  'deviation',
  'note',
]);

/** One line of the vocabulary, for the README and the task pane's help. */
export interface VocabularyRow {
  /** how the words appear on sheets */
  examples: string[];
  /** "livello: Programma (slot operational, strategic)" or "colonna: target" */
  meaning: string;
  source: string;
}

/** The whole vocabulary as rows, level words first, in the order the reader tries them. */
export function vocabularyRows(): VocabularyRow[] {
  return [
    ...LEVEL_WORDS.map((w) => ({
      examples: w.examples,
      meaning: w.own ? 'gruppo delle colonne del componente' : `livello: ${w.name} (${w.slots.join(', ')})`,
      source: w.source,
    })),
    ...COLUMN_WORDS.map((w) => ({ examples: w.examples, meaning: `colonna: ${w.kind}${w.strongResult ? ' (valore misurato)' : ''}`, source: w.source })),
    // the words of a Metodo cell, one row per method (issue 11: binario, scala, tolleranza)
    ...methodRows(),
  ];
}

function methodRows(): VocabularyRow[] {
  const byMethod = new Map<ScoringMethod, string[]>();
  for (const [word, method] of Object.entries(METHOD_WORDS)) byMethod.set(method, [...(byMethod.get(method) ?? []), word]);
  const newer: ScoringMethod[] = ['binario', 'scala', 'tolleranza'];
  const source = (m: ScoringMethod) => (newer.includes(m) ? 'SMVP (issue 11)' : m === 'progresso' ? 'SMVP (issue 9: progresso dalla baseline)' : 'SMVP');
  return [...byMethod].map(([method, words]) => ({ examples: words, meaning: `cella Metodo: ${method}`, source: source(method) }));
}
