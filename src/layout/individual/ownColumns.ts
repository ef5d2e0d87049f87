/**
 * The add-in's own columns on the individual objectives sheet (issue 9, item 5), appended after the user's
 * columns like the cruscotto's (../outputColumns): each objective's % raggiungimento, each person's weighted
 * score and, where values assigned by decision change it, the score from the formulas alone (as the Riepilogo
 * shows the performance "con e senza i valori assegnati"). The header finder (./header) never reads these
 * headers as the user's input, so a second run finds the add-in's columns and reuses them.
 */
import { headerKey } from '../reader/normalise';
import type { OutputKind } from '../types';

export const INDIVIDUAL_OWN_COLUMN_HEADERS: ReadonlyArray<{ output: OutputKind; header: string }> = [
  { output: 'individual.achievement', header: '% raggiungimento' },
  { output: 'individual.score', header: 'Punteggio individuale' },
  { output: 'individual.scoreWithoutOverrides', header: 'Punteggio senza valori assegnati' },
];

const BY_KEY = new Map(INDIVIDUAL_OWN_COLUMN_HEADERS.map((h) => [headerKey(h.header), h.output]));

/** The output a header of the individual sheet names ("% Raggiungimento" too), or null. */
export function individualOutputOf(header: string): OutputKind | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}
