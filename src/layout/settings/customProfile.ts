/**
 * The user's own profile in the settings (issue 11): the profile document (src/engine/profile), as an object or
 * its JSON text. Which profile a run uses: the user's when there is one, else the built-in one the settings name.
 */
import { getProfile, withColours } from '../../engine';
import { readProfileDocument } from '../../engine/profile';
import type { Profile } from '../../engine/types';
import type { CruscottoSettings } from '../types';

export type StoredProfileParse = { ok: true; profile: Profile | null; notes: string[] } | { ok: false; message: string };

/** "le regole di calcolo salvate non sono valide (aggiornamento.x: …) e non vengono usate" */
export function customProfileMessage(errors: string[]): string {
  return `le regole di calcolo salvate non sono valide (${errors.join('; ')}) e non vengono usate`;
}

export function parseStoredProfile(raw: unknown): StoredProfileParse {
  if (raw === null || raw === undefined || raw === '') return { ok: true, profile: null, notes: [] };
  const read = readProfileDocument(raw);
  if (!read.ok) return { ok: false, message: customProfileMessage(read.errors) };
  return { ok: true, profile: read.profile, notes: read.notes.map((n) => `regole di calcolo salvate: ${n}`) };
}

/**
 * The profile a run applies: the user's own (settings.customProfile) or the built-in one named by the settings,
 * with the colours of the settings on top; null when the named built-in profile does not exist.
 */
export function effectiveProfile(settings: Pick<CruscottoSettings, 'profile' | 'colours' | 'customProfile'>): Profile | null {
  const base = settings.customProfile ?? getProfile(settings.profile);
  return base ? withColours(base, settings.colours) : null;
}
