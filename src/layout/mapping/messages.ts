/** Italian messages about a saved column mapping that cannot be used. */
import { columnLetter } from '../address';
import { quoted } from '../reader/diagnostics';

export const REDO_MAPPING = 'Rifare la mappatura nel pannello (Colonne) o eliminarla.';

export function invalidMappingMessage(problem: string): string {
  return `La mappatura delle colonne salvata non è valida: ${problem}. ${REDO_MAPPING}`;
}

/** The header of a mapped column is not the one saved. `cell` is the A1 address without the sheet ("F3"). */
export function changedHeaderMessage(cell: string, saved: string, now: string): string {
  const found = now.trim() === '' ? 'ora la cella è vuota' : `ora è ${quoted(now)}`;
  return `La mappatura delle colonne salvata non corrisponde più al foglio: in ${cell} l'intestazione era ${quoted(saved)}, ${found}. ${REDO_MAPPING}`;
}

/** A mapped column lies beyond the sheet's last column. */
export function missingColumnMessage(col: number, saved: string, width: number): string {
  const end = width > 0 ? `il foglio arriva alla colonna ${columnLetter(width - 1)}` : 'il foglio è vuoto';
  return `La mappatura delle colonne salvata non corrisponde più al foglio: la colonna ${columnLetter(col)} (intestazione ${quoted(saved)}) non c'è più, ${end}. ${REDO_MAPPING}`;
}

/** "La mappatura …" as the text of a diagnostic after "Foglio: " (lower-case first letter). */
export function asDiagnosticText(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
