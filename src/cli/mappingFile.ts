/** A column mapping given to the CLI as a JSON file (--colonne): read and checked, with Italian messages naming the field. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseMapping } from '../layout/mapping/parseMapping';
import type { ColumnMapping } from '../layout/types';

export type MappingFileRead = { ok: true; mapping: ColumnMapping } | { ok: false; message: string };

export async function readMappingFile(file: string, cwd: string): Promise<MappingFileRead> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, message: missing ? `il file della mappatura «${file}» non esiste.` : `impossibile leggere il file della mappatura «${file}»: ${err instanceof Error ? err.message : String(err)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, message: `il file della mappatura «${file}» non è un JSON valido (${err instanceof Error ? err.message : String(err)}).` };
  }
  const parsed = parseMapping(json);
  return parsed.ok ? parsed : { ok: false, message: `il file della mappatura «${file}» non è valido: ${parsed.message}.` };
}
