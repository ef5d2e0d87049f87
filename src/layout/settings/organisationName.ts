/** The body's name for the Riepilogo title: text, trimmed, at most ORGANISATION_NAME_MAX_LENGTH characters; '' = none. */
import { ORGANISATION_NAME_MAX_LENGTH } from '../types';

export function organisationNameTooLong(length: number): string {
  return `il nome dell'ente è troppo lungo (${length} caratteri, al massimo ${ORGANISATION_NAME_MAX_LENGTH})`;
}

export const ORGANISATION_NAME_NOT_TEXT = "il nome dell'ente non è un testo";

export function parseOrganisationName(raw: unknown): { ok: true; name: string | null } | { ok: false; message: string } {
  if (raw === null || raw === undefined) return { ok: true, name: null };
  if (typeof raw !== 'string') return { ok: false, message: ORGANISATION_NAME_NOT_TEXT };
  const name = raw.trim();
  if (name.length > ORGANISATION_NAME_MAX_LENGTH) return { ok: false, message: organisationNameTooLong(name.length) };
  return { ok: true, name: name === '' ? null : name };
}
