/**
 * Older profile documents, brought to the current version with a note of what changed.
 * Version 1 is the engine's own plain data (src/engine/profiles.ts, English field names: name, method,
 * aggregation…), as written by JSON.stringify of a Profile. Version 2 names the fields in Italian and adds
 * the rules of the methods binario, scala verbale and tolleranza.
 */
import { DEFAULT_BINARY_WORDS, DEFAULT_TOLERANCE, DEFAULT_VERBAL_SCALE } from '../profiles';
import {
  AGGREGATION_WORDS,
  FIGURE_WORDS,
  METHOD_WORDS,
  NO_THRESHOLD_WORDS,
  ORGANISATION_FROM_WORDS,
  PROFILE_DOCUMENT_VERSION,
  type WordTable,
} from './document';

export type Migration = { ok: true; document: Record<string, unknown>; notes: string[] } | { ok: false; message: string };

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

/** The Italian word of an engine value; an unknown value is kept as it is, so the validation names it. */
function word<T extends string>(table: WordTable<T>, v: unknown): unknown {
  return table.find(([, value]) => value === v)?.[0] ?? v;
}

function isVersion1(d: Obj): boolean {
  return d.versione === undefined && (d.version === 1 || (d.method !== undefined && d.aggregation !== undefined));
}

function fromVersion1(d: Obj): Obj {
  const a = obj(d.aggregation);
  const s = obj(d.status);
  const doc: Obj = {
    versione: PROFILE_DOCUMENT_VERSION,
    nome: d.name,
    etichetta: d.label ?? d.name,
    metodo: word(METHOD_WORDS, d.method),
    senza_soglie: word(NO_THRESHOLD_WORDS, d.noThresholdRule),
    livelli_soglia: d.defaultThresholdLevels,
    tolleranza: { percentuale: DEFAULT_TOLERANCE.percent, giorni: DEFAULT_TOLERANCE.days },
    scala_verbale: DEFAULT_VERBAL_SCALE.map((x) => ({ giudizio: x.label, punteggio: x.score })),
    parole_sino: { si: [...DEFAULT_BINARY_WORDS.yes], no: [...DEFAULT_BINARY_WORDS.no] },
    arrotondamento: { valori_kpi: d.kpiRoundingDecimals, righe: d.actionRoundingDecimals },
    aggregazione: {
      ...(a.leafGroup !== undefined ? { gruppo_foglia: word(AGGREGATION_WORDS, a.leafGroup) } : {}),
      operativo: word(AGGREGATION_WORDS, a.operational),
      strategico: word(AGGREGATION_WORDS, a.strategic),
      prospettiva: word(AGGREGATION_WORDS, a.perspective),
    },
    prospettiva_da_strategici: word(FIGURE_WORDS, a.perspectiveFrom),
    ente: { regola: word(AGGREGATION_WORDS, a.organisation), da: word(ORGANISATION_FROM_WORDS, a.organisationFrom), valore: word(FIGURE_WORDS, a.organisationFigure) },
    target_strategico: d.defaultStrategicTarget,
    esiti: { azione_raggiunta: s.actionReached, operativo_raggiunto: s.operationalReached, aggregato_raggiunto: s.aggregateReached, soglia_parziale: s.partialFloor },
    colori: d.colours,
    fasce: Array.isArray(d.bands) ? d.bands.map((b) => ({ da: obj(b).min, giudizio: obj(b).label })) : d.bands,
  };
  if (typeof d.basedOn === 'string') doc.basato_su = d.basedOn;
  if (typeof d.savedAt === 'string') doc.salvato_il = d.savedAt;
  return doc;
}

export function migrateDocument(d: Obj): Migration {
  if (isVersion1(d)) {
    return {
      ok: true,
      document: fromVersion1(d),
      notes: [
        `profilo «${String(d.name)}» salvato nel formato della versione 1: letto e convertito nella versione ${PROFILE_DOCUMENT_VERSION} ` +
          '(nomi dei campi in italiano; aggiunte le regole dei metodi binario, scala verbale e tolleranza con i valori predefiniti; le regole già presenti e i risultati non cambiano)',
      ],
    };
  }
  const v = d.versione;
  if (typeof v === 'number' && Number.isInteger(v) && v > PROFILE_DOCUMENT_VERSION) {
    return { ok: false, message: `versione: il profilo è della versione ${v}, più recente di quella che questo programma sa leggere (${PROFILE_DOCUMENT_VERSION}): aggiornare il programma` };
  }
  return { ok: true, document: d, notes: [] };
}
