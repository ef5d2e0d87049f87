/** The sheet to read: an Excel sheet name (1–31 characters, none of : \ / ? * [ ]); '' = the first that looks like a cruscotto. */

export const SHEET_NAME_MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/;

export function sheetNameMessage(raw: unknown): string {
  return `il nome del foglio «${String(raw)}» non è valido: al massimo ${SHEET_NAME_MAX_LENGTH} caratteri, senza : \\ / ? * [ ]`;
}

export function parseSheetName(raw: unknown): { ok: true; name: string | null } | { ok: false; message: string } {
  if (raw === null || raw === undefined) return { ok: true, name: null };
  if (typeof raw !== 'string') return { ok: false, message: sheetNameMessage(raw) };
  if (raw.trim() === '') return { ok: true, name: null };
  if (raw.length > SHEET_NAME_MAX_LENGTH || FORBIDDEN.test(raw)) return { ok: false, message: sheetNameMessage(raw) };
  return { ok: true, name: raw };
}
