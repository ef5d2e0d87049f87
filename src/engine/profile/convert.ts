/**
 * Profile <-> document: the engine's Profile written as the Italian JSON document and back. The conversion
 * is exact both ways (a built-in profile exported and read again scores every figure the same).
 * documentToProfile expects a document that validateProfileDocument accepted.
 */
import { DEFAULT_BINARY_WORDS, DEFAULT_TOLERANCE, DEFAULT_VERBAL_SCALE } from '../profiles';
import type { Profile } from '../types';
import {
  AGGREGATION_WORDS,
  FIGURE_WORDS,
  METHOD_WORDS,
  NO_THRESHOLD_WORDS,
  ORGANISATION_FROM_WORDS,
  PROFILE_DOCUMENT_VERSION,
  valueOfWord,
  wordOfValue,
  type ProfileDocument,
  type WordTable,
} from './document';

export function profileToDocument(p: Profile): ProfileDocument {
  const a = p.aggregation;
  const tolerance = p.tolerance ?? DEFAULT_TOLERANCE;
  const scale = p.verbalScale ?? DEFAULT_VERBAL_SCALE;
  const words = p.binaryWords ?? DEFAULT_BINARY_WORDS;
  const doc: ProfileDocument = {
    versione: PROFILE_DOCUMENT_VERSION,
    nome: p.name,
    etichetta: p.label,
    ...(p.basedOn ? { basato_su: p.basedOn } : {}),
    ...(p.savedAt ? { salvato_il: p.savedAt } : {}),
    metodo: wordOfValue(METHOD_WORDS, p.method),
    senza_soglie: wordOfValue(NO_THRESHOLD_WORDS, p.noThresholdRule),
    livelli_soglia: [...p.defaultThresholdLevels],
    tolleranza: { percentuale: tolerance.percent, giorni: tolerance.days },
    scala_verbale: scale.map((s) => ({ giudizio: s.label, punteggio: s.score })),
    parole_sino: { si: [...words.yes], no: [...words.no] },
    arrotondamento: { valori_kpi: p.kpiRoundingDecimals, righe: p.actionRoundingDecimals },
    aggregazione: {
      ...(a.leafGroup ? { gruppo_foglia: wordOfValue(AGGREGATION_WORDS, a.leafGroup) } : {}),
      operativo: wordOfValue(AGGREGATION_WORDS, a.operational),
      strategico: wordOfValue(AGGREGATION_WORDS, a.strategic),
      prospettiva: wordOfValue(AGGREGATION_WORDS, a.perspective),
    },
    prospettiva_da_strategici: wordOfValue(FIGURE_WORDS, a.perspectiveFrom),
    ente: {
      regola: wordOfValue(AGGREGATION_WORDS, a.organisation),
      da: wordOfValue(ORGANISATION_FROM_WORDS, a.organisationFrom),
      valore: wordOfValue(FIGURE_WORDS, a.organisationFigure),
    },
    target_strategico: p.defaultStrategicTarget,
    esiti: {
      azione_raggiunta: p.status.actionReached,
      operativo_raggiunto: p.status.operationalReached,
      aggregato_raggiunto: p.status.aggregateReached,
      soglia_parziale: p.status.partialFloor,
    },
    colori: { ...p.colours },
    fasce: p.bands.map((b) => ({ da: b.min, giudizio: b.label })),
  };
  return doc;
}

function word<T extends string>(table: WordTable<T>, w: string): T {
  const v = valueOfWord(table, w);
  if (v === undefined) throw new Error(`parola non ammessa: ${w}`);
  return v;
}

/** The engine's profile from a validated document. */
export function documentToProfile(d: ProfileDocument): Profile {
  const p: Profile = {
    name: d.nome.trim(),
    label: d.etichetta.trim() || d.nome.trim(),
    method: word(METHOD_WORDS, d.metodo),
    noThresholdRule: word(NO_THRESHOLD_WORDS, d.senza_soglie),
    kpiRoundingDecimals: d.arrotondamento.valori_kpi,
    actionRoundingDecimals: d.arrotondamento.righe,
    defaultThresholdLevels: [...d.livelli_soglia],
    aggregation: {
      ...(d.aggregazione.gruppo_foglia !== undefined ? { leafGroup: word(AGGREGATION_WORDS, d.aggregazione.gruppo_foglia) } : {}),
      operational: word(AGGREGATION_WORDS, d.aggregazione.operativo),
      strategic: word(AGGREGATION_WORDS, d.aggregazione.strategico),
      perspective: word(AGGREGATION_WORDS, d.aggregazione.prospettiva),
      organisation: word(AGGREGATION_WORDS, d.ente.regola),
      perspectiveFrom: word(FIGURE_WORDS, d.prospettiva_da_strategici),
      organisationFrom: word(ORGANISATION_FROM_WORDS, d.ente.da),
      organisationFigure: word(FIGURE_WORDS, d.ente.valore),
    },
    defaultStrategicTarget: d.target_strategico,
    status: {
      actionReached: d.esiti.azione_raggiunta,
      operationalReached: d.esiti.operativo_raggiunto,
      aggregateReached: d.esiti.aggregato_raggiunto,
      partialFloor: d.esiti.soglia_parziale,
    },
    colours: {
      raggiunto: d.colori.raggiunto.toUpperCase(),
      parzialmente: d.colori.parzialmente.toUpperCase(),
      'non-raggiunto': d.colori['non-raggiunto'].toUpperCase(),
      neutralizzato: d.colori.neutralizzato.toUpperCase(),
    },
    bands: d.fasce.map((f) => ({ min: f.da, label: f.giudizio })),
    tolerance: d.tolleranza ? { percent: d.tolleranza.percentuale, days: d.tolleranza.giorni } : { ...DEFAULT_TOLERANCE },
    verbalScale: (d.scala_verbale ?? DEFAULT_VERBAL_SCALE.map((s) => ({ giudizio: s.label, punteggio: s.score }))).map((s) => ({ label: s.giudizio, score: s.punteggio })),
    binaryWords: d.parole_sino ? { yes: [...d.parole_sino.si], no: [...d.parole_sino.no] } : { yes: [...DEFAULT_BINARY_WORDS.yes], no: [...DEFAULT_BINARY_WORDS.no] },
  };
  if (d.basato_su) p.basedOn = d.basato_su;
  if (d.salvato_il) p.savedAt = d.salvato_il;
  return p;
}
