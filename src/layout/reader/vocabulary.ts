/**
 * Words the reader recognises in header cells (normalised: lower case, no accents). Group headers
 * name a level of the tree; column headers name what a column holds. Synonyms come from the Sondrio
 * cruscotti (2020 annex, 2022 plan) and the usual wording of SMVP documents.
 */
import type { Level } from '../../engine/types';

/** What a column holds, before the level is known. */
export type ColumnKind =
  | 'code'
  | 'title'
  | 'weight'
  | 'kpi'
  | 'target'
  | 'threshold'
  | 'result'
  | 'output'
  | 'override'
  | 'motivation'
  | 'status'
  | 'direction'
  | 'method'
  | 'owner';

export interface GroupWord {
  words: string[];
  level: Level | 'own';
}

export interface ColumnWord {
  words: string[];
  kind: ColumnKind;
  /** weak words (e.g. "ponderazione", also a KPI value) do not count as evidence of a header row */
  weak?: boolean;
  /** "Consuntivo", "Valore rilevato": always the measured value, never an output column */
  strongResult?: boolean;
}

/** Words dropped before matching ("Dati al 31.12", "Prospettiva BSC", "Grado di raggiungimento"). */
export const FILLER_WORDS = new Set(['di', 'del', 'della', 'dello', 'dei', 'delle', 'degli', 'al', 'e', 'ed', 'd', 'l', 'n', 'nr', 'bsc', 'anno', 'the', 'in', 'per']);

export const GROUP_WORDS: GroupWord[] = [
  { words: ['prospettiva'], level: 'perspective' },
  { words: ['prospettiva', 'strategica'], level: 'perspective' },
  { words: ['obiettivo', 'strategico'], level: 'strategic' },
  { words: ['ob', 'strategico'], level: 'strategic' },
  { words: ['area', 'strategica'], level: 'strategic' },
  { words: ['obiettivo', 'operativo'], level: 'operational' },
  { words: ['ob', 'operativo'], level: 'operational' },
  { words: ['azione'], level: 'action' },
  { words: ['calcolo', 'cruscotto'], level: 'own' },
];

export const COLUMN_WORDS: ColumnWord[] = [
  { words: ['cod'], kind: 'code' },
  { words: ['codice'], kind: 'code' },
  { words: ['id'], kind: 'code' },
  { words: ['titolo'], kind: 'title' },
  { words: ['descrizione'], kind: 'title' },
  { words: ['denominazione'], kind: 'title' },
  { words: ['titolo', 'descrizione'], kind: 'title' },
  { words: ['peso'], kind: 'weight' },
  { words: ['peso', '%'], kind: 'weight' },
  { words: ['%', 'peso'], kind: 'weight' },
  { words: ['ponderazione'], kind: 'weight', weak: true },
  { words: ['kpi'], kind: 'kpi' },
  { words: ['indicatore'], kind: 'kpi' },
  { words: ['indicatore', 'kpi'], kind: 'kpi' },
  { words: ['kpi', 'indicatore'], kind: 'kpi' },
  { words: ['target'], kind: 'target' },
  { words: ['valore', 'target'], kind: 'target' },
  { words: ['valore', 'atteso'], kind: 'target' },
  { words: ['target', 'atteso'], kind: 'target' },
  { words: ['risultato', 'atteso'], kind: 'target' },
  { words: ['soglia'], kind: 'threshold' },
  { words: ['soglia', 'minima'], kind: 'threshold' },
  { words: ['risultato'], kind: 'result' },
  { words: ['risultato', 'misurato'], kind: 'result' },
  { words: ['consuntivo'], kind: 'result', strongResult: true },
  { words: ['valore', 'consuntivo'], kind: 'result', strongResult: true },
  { words: ['valore', 'rilevato'], kind: 'result', strongResult: true },
  { words: ['valore', 'raggiunto'], kind: 'result', strongResult: true },
  { words: ['valore', 'effettivo'], kind: 'result', strongResult: true },
  { words: ['risultato', 'raggiunto'], kind: 'result', strongResult: true },
  { words: ['risultato', 'conseguito'], kind: 'result', strongResult: true },
  { words: ['dati'], kind: 'result', strongResult: true },
  { words: ['actual'], kind: 'result', strongResult: true },
  { words: ['percentuale', 'raggiungimento'], kind: 'output' },
  { words: ['%', 'raggiungimento'], kind: 'output' },
  { words: ['grado', 'raggiungimento'], kind: 'output' },
  { words: ['raggiungimento'], kind: 'output' },
  { words: ['performance'], kind: 'output' },
  { words: ['esito'], kind: 'output' },
  { words: ['%', 'assegnata'], kind: 'override' },
  { words: ['percentuale', 'assegnata'], kind: 'override' },
  { words: ['%', 'attribuita'], kind: 'override' },
  { words: ['assegnata'], kind: 'override' },
  { words: ['motivazione'], kind: 'motivation' },
  { words: ['giustificazione'], kind: 'motivation' },
  { words: ['stato'], kind: 'status' },
  { words: ['direzione'], kind: 'direction' },
  { words: ['verso'], kind: 'direction' },
  { words: ['polarita'], kind: 'direction' },
  { words: ['metodo'], kind: 'method' },
  { words: ['metodo', 'calcolo'], kind: 'method' },
  { words: ['metodo', 'valutazione'], kind: 'method' },
  { words: ['relatore'], kind: 'owner' },
  { words: ['responsabile'], kind: 'owner' },
  { words: ['struttura', 'responsabile'], kind: 'owner' },
  { words: ['referente'], kind: 'owner' },
];

/** Column kinds that exist only for actions, whatever group they sit under. */
export const ACTION_ONLY_KINDS: ReadonlySet<ColumnKind> = new Set([
  'threshold',
  'override',
  'motivation',
  'status',
  'direction',
  'method',
  'owner',
]);
