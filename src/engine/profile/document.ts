/**
 * The profile as a document (issue 11): the JSON a user exports, edits and saves in the workbook, with
 * Italian field names. This module is the one place where the document's words meet the engine's types
 * (src/engine/types.ts Profile): the value tables below are used by the conversion, the validation, the
 * JSON schema (docs/profile.schema.json) and the pane's editor alike.
 */
import type { AggregationRule, Profile, ScoringMethod, StrategicFigure } from '../types';

/** Version of the document format. 1: the engine's own field names (English); 2: Italian field names. */
export const PROFILE_DOCUMENT_VERSION = 2;

/** A table from the document's Italian words to the engine's values; the first word is the one written. */
export type WordTable<T extends string> = readonly (readonly [word: string, value: T])[];

export const METHOD_WORDS: WordTable<ScoringMethod> = [
  ['soglie', 'soglie'],
  ['lineare', 'lineare'],
  ['proporzionale', 'proporzionale'],
  ['binario', 'binario'],
  ['scala verbale', 'scala'],
  ['tolleranza', 'tolleranza'],
  ['progresso', 'progresso'],
];

export const NO_THRESHOLD_WORDS: WordTable<Profile['noThresholdRule']> = [
  ['tutto o niente', 'all-or-nothing'],
  ['in proporzione', 'pro-rata'],
];

export const AGGREGATION_WORDS: WordTable<AggregationRule> = [
  ['somma ponderata', 'weighted'],
  ['media', 'mean'],
  ['media di tutte le righe', 'flat-mean'],
];

export const FIGURE_WORDS: WordTable<StrategicFigure> = [
  ['raggiungimento', 'achievement'],
  ['rapporto al target', 'targetAchievement'],
];

export const ORGANISATION_FROM_WORDS: WordTable<Profile['aggregation']['organisationFrom']> = [
  ['obiettivi strategici', 'strategic'],
  ['prospettive', 'perspective'],
];

/** The engine value a document word stands for; undefined when the word is not in the table. */
export function valueOfWord<T extends string>(table: WordTable<T>, word: unknown): T | undefined {
  if (typeof word !== 'string') return undefined;
  const key = word.trim().toLowerCase();
  return table.find(([w]) => w === key)?.[1];
}

/** The document word for an engine value. */
export function wordOfValue<T extends string>(table: WordTable<T>, value: T): string {
  const row = table.find(([, v]) => v === value);
  if (!row) throw new Error(`valore senza parola: ${value}`);
  return row[0];
}

export function wordsOf<T extends string>(table: WordTable<T>): string[] {
  return table.map(([w]) => w);
}

/** The document, version 2 (every field is explained in Italian in docs/profile.schema.json). */
export interface ProfileDocument {
  $schema?: string;
  versione: 2;
  nome: string;
  etichetta: string;
  basato_su?: string;
  salvato_il?: string;
  metodo: string;
  senza_soglie: string;
  livelli_soglia: number[];
  tolleranza?: { percentuale: number; giorni: number };
  scala_verbale?: { giudizio: string; punteggio: number }[];
  parole_sino?: { si: string[]; no: string[] };
  arrotondamento: { valori_kpi: number | null; righe: number | null };
  aggregazione: { gruppo_foglia?: string; operativo: string; strategico: string; prospettiva: string };
  prospettiva_da_strategici: string;
  ente: { regola: string; da: string; valore: string };
  target_strategico: number | null;
  esiti: { azione_raggiunta: number; operativo_raggiunto: number; aggregato_raggiunto: number; soglia_parziale: number };
  colori: { raggiunto: string; parzialmente: string; 'non-raggiunto': string; neutralizzato: string };
  fasce: { da: number; giudizio: string }[];
}
