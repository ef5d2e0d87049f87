/**
 * Errors of the Excel back end: always with a message staff can act on (Italian, with an English
 * translation), never a bare Office.js code.
 */
import type { Language } from './language';

export class CruscottoHostError extends Error {
  readonly code: string;
  readonly messageEn: string;

  constructor(code: string, messageIt: string, messageEn: string) {
    super(messageIt);
    this.name = 'CruscottoHostError';
    this.code = code;
    this.messageEn = messageEn;
  }

  messageIn(language: Language): string {
    return language === 'en' ? this.messageEn : this.message;
  }
}

function officeCode(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && code) return code;
  }
  return null;
}

const KNOWN: Record<string, { it: string; en: string }> = {
  ItemNotFound: { it: 'un foglio o una cella non esiste più', en: 'a sheet or cell no longer exists' },
  InvalidArgument: { it: 'Excel ha rifiutato un valore scritto', en: 'Excel refused a value being written' },
  InvalidOperation: { it: 'Excel non consente questa operazione ora', en: 'Excel does not allow this operation now' },
  AccessDenied: { it: 'il foglio è protetto o il file è di sola lettura', en: 'the sheet is protected or the file is read-only' },
  InsertDeleteConflict: { it: 'il foglio è protetto o contiene tabelle in conflitto', en: 'the sheet is protected or has conflicting tables' },
  RequestPayloadSizeLimitExceeded: { it: 'i dati da scrivere superano il limite di Excel per il web (5 MB)', en: 'the data exceed the 5 MB limit of Excel on the web' },
  ResponsePayloadSizeLimitExceeded: { it: 'il foglio è troppo grande per essere letto in una volta da Excel per il web (5 MB)', en: 'the sheet is too large for Excel on the web to read at once (5 MB)' },
  ApiNotFound: { it: 'questa versione di Excel non ha una funzione necessaria', en: 'this version of Excel lacks a required function' },
  GeneralException: { it: 'Excel ha segnalato un errore interno', en: 'Excel reported an internal error' },
};

/** Any failure as a CruscottoHostError (Office.js errors keep their code for the record). */
export function toHostError(error: unknown): CruscottoHostError {
  if (error instanceof CruscottoHostError) return error;
  const code = officeCode(error) ?? 'unexpected';
  const detail = error instanceof Error ? error.message : String(error);
  const known = KNOWN[code];
  if (known) {
    return new CruscottoHostError(code, `Operazione non riuscita: ${known.it} (${code}: ${detail}).`, `Operation failed: ${known.en} (${code}: ${detail}).`);
  }
  return new CruscottoHostError(code, `Operazione non riuscita: ${detail}`, `Operation failed: ${detail}`);
}
