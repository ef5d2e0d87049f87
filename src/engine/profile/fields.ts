/**
 * Every field of the profile document (version 2) with its rule and its Italian explanation: one table that
 * drives the validation (./validate.ts) and the published JSON schema (./schema.ts, docs/profile.schema.json).
 */
import {
  AGGREGATION_WORDS,
  FIGURE_WORDS,
  METHOD_WORDS,
  NO_THRESHOLD_WORDS,
  ORGANISATION_FROM_WORDS,
  PROFILE_DOCUMENT_VERSION,
  wordsOf,
} from './document';

interface Base {
  /** Italian: what the field means, for the schema and the messages */
  desc: string;
  optional?: boolean;
}

export type FieldSpec =
  | (Base & { type: 'const'; value: number })
  | (Base & { type: 'text'; maxLength: number; allowEmpty?: boolean })
  | (Base & { type: 'word'; words: string[] })
  | (Base & { type: 'number'; min: number; max: number; minExclusive?: boolean; maxExclusive?: boolean; integer?: boolean; nullable?: boolean })
  | (Base & { type: 'colour' })
  | (Base & { type: 'object'; fields: Record<string, FieldSpec> })
  | (Base & { type: 'list'; item: FieldSpec; minItems: number; maxItems: number });

const PERCENT = { type: 'number', min: 0, max: 100 } as const;
const aggregation = (level: string, optional = false): FieldSpec => ({
  type: 'word',
  words: wordsOf(AGGREGATION_WORDS),
  optional,
  desc: `Come si calcola ${level} dai livelli sotto: «somma ponderata» (Σ peso × raggiungimento / 100, con i pesi del foglio, ridistribuiti quando un elemento è neutralizzato), «media» (media semplice dei livelli immediatamente sotto), «media di tutte le righe» (media semplice di tutte le righe valutate sotto, senza pesi).`,
});

export const DOCUMENT_FIELDS: Record<string, FieldSpec> = {
  $schema: { type: 'text', maxLength: 500, optional: true, desc: 'Facoltativo: indirizzo di questo schema, per gli editor che lo usano.' },
  versione: { type: 'const', value: PROFILE_DOCUMENT_VERSION, desc: `Versione del formato del documento: ${PROFILE_DOCUMENT_VERSION}. I documenti della versione 1 (nomi dei campi in inglese) sono ancora letti e convertiti.` },
  nome: { type: 'text', maxLength: 60, desc: 'Nome breve del profilo, ad esempio «sondrio-2020» o «pavia-2024».' },
  etichetta: { type: 'text', maxLength: 120, allowEmpty: true, desc: 'Nome per esteso mostrato nel riquadro e nel Riepilogo, ad esempio «Sondrio 2020-2022 (soglie 100/80/60)».' },
  basato_su: { type: 'text', maxLength: 60, optional: true, desc: 'Facoltativo: il profilo predefinito da cui è stato ricavato.' },
  salvato_il: { type: 'text', maxLength: 40, optional: true, desc: 'Facoltativo: data e ora del salvataggio (ISO 8601, ad esempio 2026-12-03T10:00:00Z), riportata nel Riepilogo.' },
  metodo: {
    type: 'word',
    words: wordsOf(METHOD_WORDS),
    desc: 'Metodo di calcolo della percentuale di ogni riga (la colonna «Metodo» del foglio, se c\'è, lo sceglie riga per riga): «soglie» = 100 al target, poi il livello della prima soglia raggiunta, 0 sotto l\'ultima (Sondrio 2020); «lineare» = interpolazione lineare tra soglia e target (Sondrio 2018); «proporzionale» = risultato / target, al massimo 100 (Pavia; per le scadenze, i giorni dell\'anno); «binario» = 100 se il target è raggiunto (o il risultato è sì / fatto), altrimenti 0; «scala verbale» = il giudizio scritto nel risultato vale il punteggio della scala_verbale; «tolleranza» = 100 anche se il risultato manca il target di non più della tolleranza, altrimenti come «soglie»; «progresso» = progresso dal valore storico (colonna «Target storico» / «Valore anno precedente», 0%) al target (100%), in proporzione e tra 0 e 100, senza soglie; se il target è uguale al valore storico si usa «soglie».',
  },
  senza_soglie: {
    type: 'word',
    words: wordsOf(NO_THRESHOLD_WORDS),
    desc: 'Metodi soglie, lineare e tolleranza, riga con il solo target: «tutto o niente» = 100 se raggiunto, altrimenti 0; «in proporzione» = risultato / target.',
  },
  livelli_soglia: {
    type: 'list',
    item: { ...PERCENT, minExclusive: true, maxExclusive: true, desc: 'Livello in percentuale, tra 0 e 100 esclusi.' },
    minItems: 0,
    maxItems: 10,
    desc: 'Livelli delle soglie quando l\'intestazione del foglio non li indica, dal più vicino al target in giù (Sondrio 2020: [80, 60]).',
  },
  tolleranza: {
    type: 'object',
    optional: true,
    desc: 'Metodo «tolleranza»: di quanto il risultato può mancare il target ed essere comunque considerato raggiunto.',
    fields: {
      percentuale: { ...PERCENT, desc: 'Per i numeri: percentuale del target (5 = un risultato di 95 su un target di 100 vale 100).' },
      giorni: { type: 'number', min: 0, max: 366, integer: true, desc: 'Per le scadenze: giorni di ritardo tollerati.' },
    },
  },
  scala_verbale: {
    type: 'list',
    optional: true,
    minItems: 1,
    maxItems: 20,
    desc: 'Metodo «scala verbale»: i giudizi ammessi nel risultato e il punteggio di ciascuno (ad esempio insufficiente 0, sufficiente 60, buono 80, ottimo 100). Maiuscole e accenti finali non contano.',
    item: {
      type: 'object',
      desc: 'Un giudizio della scala.',
      fields: {
        giudizio: { type: 'text', maxLength: 60, desc: 'La parola scritta nel risultato.' },
        punteggio: { ...PERCENT, desc: 'La percentuale che vale, tra 0 e 100.' },
      },
    },
  },
  parole_sino: {
    type: 'object',
    optional: true,
    desc: 'Metodo «binario»: le parole che, oltre a sì e no, valgono come fatto e non fatto.',
    fields: {
      si: { type: 'list', minItems: 0, maxItems: 20, item: { type: 'text', maxLength: 60, desc: 'Una parola.' }, desc: 'Parole che valgono «fatto» (100).' },
      no: { type: 'list', minItems: 0, maxItems: 20, item: { type: 'text', maxLength: 60, desc: 'Una parola.' }, desc: 'Parole che valgono «non fatto» (0).' },
    },
  },
  arrotondamento: {
    type: 'object',
    desc: 'Arrotondamenti (per eccesso da 5 in su) che il metodo prescrive; null = nessuno.',
    fields: {
      valori_kpi: { type: 'number', min: 0, max: 10, integer: true, nullable: true, desc: 'Decimali a cui arrotondare target, soglie e risultati prima del calcolo (Sondrio 2018: 2).' },
      righe: { type: 'number', min: 0, max: 10, integer: true, nullable: true, desc: 'Decimali a cui arrotondare la percentuale di ogni riga prima di aggregarla (Pavia: 0).' },
    },
  },
  aggregazione: {
    type: 'object',
    desc: 'Come ogni livello del foglio si calcola da quelli sotto.',
    fields: {
      gruppo_foglia: aggregation('il livello tra obiettivo operativo e indicatori (l\'Azione dei fogli a cinque livelli; se manca, «somma ponderata»)', true),
      operativo: aggregation("l'obiettivo operativo"),
      strategico: aggregation("l'obiettivo strategico"),
      prospettiva: aggregation('la prospettiva (area strategica)'),
    },
  },
  prospettiva_da_strategici: {
    type: 'word',
    words: wordsOf(FIGURE_WORDS),
    desc: 'Quale valore di un obiettivo strategico entra nella prospettiva: «raggiungimento» (la sua percentuale) o «rapporto al target» (percentuale / target dell\'obiettivo, al massimo 100).',
  },
  ente: {
    type: 'object',
    desc: "La regola della percentuale dell'ente.",
    fields: {
      regola: aggregation("l'ente"),
      da: { type: 'word', words: wordsOf(ORGANISATION_FROM_WORDS), desc: "Da che cosa si calcola l'ente: «obiettivi strategici» o «prospettive»." },
      valore: { type: 'word', words: wordsOf(FIGURE_WORDS), desc: 'Con gli obiettivi strategici: «raggiungimento» o «rapporto al target» (al massimo 100; Sondrio 2020: 96,67 %).' },
    },
  },
  target_strategico: {
    ...PERCENT,
    minExclusive: true,
    nullable: true,
    desc: "Target di un obiettivo strategico quando il foglio non lo indica (Sondrio 2020: 80); null = nessuno.",
  },
  esiti: {
    type: 'object',
    desc: "Soglie dell'esito (raggiunto / parzialmente / non raggiunto) in punti percentuali.",
    fields: {
      azione_raggiunta: { ...PERCENT, desc: 'Una riga è «raggiunta» da questa percentuale in su.' },
      operativo_raggiunto: { ...PERCENT, desc: 'Un obiettivo operativo è «raggiunto» da questa percentuale in su (Sondrio 2020: 80).' },
      aggregato_raggiunto: { ...PERCENT, desc: "Obiettivo strategico, prospettiva ed ente sono «raggiunti» da questa percentuale in su." },
      soglia_parziale: { ...PERCENT, desc: "Sotto questa percentuale l'esito è «non raggiunto», da qui in su «parzialmente»; 0 = parzialmente appena sopra 0." },
    },
  },
  colori: {
    type: 'object',
    desc: 'Colori di riempimento degli esiti, in #RRGGBB.',
    fields: {
      raggiunto: { type: 'colour', desc: 'Colore di «raggiunto».' },
      parzialmente: { type: 'colour', desc: 'Colore di «parzialmente raggiunto».' },
      'non-raggiunto': { type: 'colour', desc: 'Colore di «non raggiunto».' },
      neutralizzato: { type: 'colour', desc: 'Colore degli elementi neutralizzati.' },
    },
  },
  fasce: {
    type: 'list',
    minItems: 1,
    maxItems: 10,
    desc: 'Valutazione sintetica del Riepilogo: ogni fascia vale dalla percentuale «da» (compresa) fino alla fascia successiva; dalla più alta alla più bassa.',
    item: {
      type: 'object',
      desc: 'Una fascia.',
      fields: {
        da: { ...PERCENT, desc: 'Percentuale da cui vale la fascia.' },
        giudizio: { type: 'text', maxLength: 60, desc: 'Il giudizio, ad esempio «Eccellente».' },
      },
    },
  },
};
