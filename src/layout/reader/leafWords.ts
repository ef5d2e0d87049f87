/**
 * How the reader's messages name the scored rows: "l'azione" on the Sondrio sheets, "l'indicatore",
 * "l'attività", "la fase" where the sheet scores those (layout.levelNames.action).
 */
export interface LeafWords {
  /** "azione" */
  name: string;
  /** "l'azione", "l'indicatore" */
  the: string;
  /** "le azioni", "gli indicatori" */
  thePlural: string;
  /** ending of a participle agreeing with it: "a" (indicata), "o" (indicato) */
  ending: 'a' | 'o';
  /** plural ending: "e" (indicate), "i" (indicati) */
  pluralEnding: 'e' | 'i';
}

const WORDS: Record<string, LeafWords> = {
  azione: { name: 'azione', the: "l'azione", thePlural: 'le azioni', ending: 'a', pluralEnding: 'e' },
  indicatore: { name: 'indicatore', the: "l'indicatore", thePlural: 'gli indicatori', ending: 'o', pluralEnding: 'i' },
  attività: { name: 'attività', the: "l'attività", thePlural: 'le attività', ending: 'a', pluralEnding: 'e' },
  fase: { name: 'fase', the: 'la fase', thePlural: 'le fasi', ending: 'a', pluralEnding: 'e' },
};

/** The words for the sheet's scored level; actions when the sheet does not name it otherwise. */
export function leafWords(name: string | undefined): LeafWords {
  return WORDS[(name ?? 'azione').toLowerCase()] ?? WORDS.azione;
}
