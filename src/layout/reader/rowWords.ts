/**
 * Words of the optional per-row columns: Stato, Direzione, Metodo. Compared without case,
 * accents or extra spaces.
 */
import type { Direction, ScoringMethod } from '../../engine/types';
import { headerKey } from './normalise';

/** Neutralised actions (SMVP: dropped for a documented reason; weight shared among siblings). */
const NEUTRALISED = [
  'neutralizzata',
  'neutralizzato',
  'neutralizzare',
  'neutralizzazione',
  'annullata',
  'annullato',
  'riconsiderata',
  'riconsiderato',
  'motivata riconsiderazione',
  'riconsiderazione motivata',
  'sospesa',
  'stralciata',
  'eliminata',
];
/** Statuses that leave the action in force. */
const ACTIVE = ['attiva', 'attivo', 'in corso', 'regolare', 'valida', 'confermata', 'ok', '-', 'ordinaria'];

export type StatusWord = { neutralised: boolean } | null;

export function readStatus(text: string): StatusWord {
  const key = headerKey(text).replace(/[.;:]+$/, '');
  if (NEUTRALISED.includes(key)) return { neutralised: true };
  if (ACTIVE.includes(key)) return { neutralised: false };
  return null;
}

const HIGHER = ['crescente', 'maggiore e meglio', 'piu e meglio', 'piu alto e meglio', 'in aumento', 'aumento', 'massimizzare', '↑', '>', '>=', '≥'];
const LOWER = ['decrescente', 'minore e meglio', 'meno e meglio', 'piu basso e meglio', 'in diminuzione', 'diminuzione', 'minimizzare', '↓', '<', '<=', '≤'];

export function readDirection(text: string): Direction | null {
  const key = headerKey(text).replace(/[.;:!]+$/, '').replace(/\s+/g, ' ');
  if (HIGHER.includes(key)) return 'higher';
  if (LOWER.includes(key)) return 'lower';
  return null;
}

/** The words of a Metodo cell and the method each one names (SMVP wording; binario, scala and tolleranza: issue 11). */
export const METHOD_WORDS: Record<string, ScoringMethod> = {
  soglie: 'soglie',
  soglia: 'soglie',
  'a soglie': 'soglie',
  'per soglie': 'soglie',
  scalini: 'soglie',
  lineare: 'lineare',
  interpolazione: 'lineare',
  'interpolazione lineare': 'lineare',
  proporzionale: 'proporzionale',
  'risultato/target': 'proporzionale',
  'risultato / target': 'proporzionale',
  binario: 'binario',
  'si/no': 'binario',
  'si / no': 'binario',
  'fatto/non fatto': 'binario',
  'fatto / non fatto': 'binario',
  'raggiunto/non raggiunto': 'binario',
  'tutto o niente': 'binario',
  scala: 'scala',
  'scala verbale': 'scala',
  giudizio: 'scala',
  'giudizio verbale': 'scala',
  tolleranza: 'tolleranza',
  'con tolleranza': 'tolleranza',
  'soglie con tolleranza': 'tolleranza',
  progresso: 'progresso',
  'progresso da baseline': 'progresso',
  'progresso dal valore storico': 'progresso',
  'da baseline a target': 'progresso',
};

export function readMethod(text: string): ScoringMethod | null {
  return METHOD_WORDS[headerKey(text).replace(/[.;:]+$/, '')] ?? null;
}
