/**
 * The profile a run uses (issue 11): `--profilo` names a built-in profile or a profile document (.json file);
 * without it, the user's own rules saved in the workbook, else the built-in profile its settings name.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { DEFAULT_PROFILE_NAME, getProfile, profileNames, withColours } from '../engine';
import { readProfileDocument } from '../engine/profile';
import type { Profile } from '../engine/types';
import type { CruscottoSettings } from '../layout/types';

export type ProfileChoice = { ok: true; profile: Profile; notes: string[] } | { ok: false; message: string };

/** A --profilo value that names a file rather than a built-in profile. */
export function isProfileFile(value: string): boolean {
  return /\.json$/i.test(value.trim()) || /[\\/]/.test(value);
}

export async function readProfileFile(file: string, cwd: string): Promise<ProfileChoice> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, message: missing ? `il file del profilo «${file}» non esiste.` : `impossibile leggere il file del profilo «${file}»: ${err instanceof Error ? err.message : String(err)}` };
  }
  const read = readProfileDocument(text.replace(/^\uFEFF/, ''));
  if (!read.ok) return { ok: false, message: `il file del profilo «${file}» non è valido: ${read.errors.join('; ')}.` };
  return { ok: true, profile: read.profile, notes: read.notes.map((n) => `profilo «${file}»: ${n}.`) };
}

/**
 * --profilo (a name or a file), else the workbook's own rules, else the profile the settings name (a name that
 * does not exist stops the run), else the default; the colours saved in the workbook apply on top.
 */
export async function chooseProfile(
  option: string | undefined,
  settings: Partial<CruscottoSettings>,
  unknownSaved: string | null,
  cwd: string,
): Promise<ProfileChoice> {
  const colour = (p: Profile, notes: string[] = []): ProfileChoice => ({ ok: true, profile: withColours(p, settings.colours), notes });
  if (option !== undefined) {
    if (isProfileFile(option)) {
      const read = await readProfileFile(option, cwd);
      return read.ok ? colour(read.profile, read.notes) : read;
    }
    const p = getProfile(option);
    return p ? colour(p) : { ok: false, message: `profilo «${option}» sconosciuto. Profili disponibili: ${profileNames().join(', ')}; oppure un file .json (vedere «cruscotto profilo»).` };
  }
  if (settings.customProfile) return colour(settings.customProfile);
  const name = unknownSaved ?? settings.profile ?? DEFAULT_PROFILE_NAME;
  const p = getProfile(name);
  if (!p) return { ok: false, message: `il profilo «${name}» indicato nelle impostazioni della cartella non esiste. Profili disponibili: ${profileNames().join(', ')}; indicarne uno con --profilo.` };
  return colour(p);
}
