/**
 * Output files are checked before anything is written (issue 8): a --json path in a folder that does not exist
 * used to fail with exit 2 AFTER the workbook had been written. Every failure is said in Italian.
 */
import { promises as fs } from 'fs';
import * as path from 'path';

/** Why a file cannot be written at `file` (its folder missing, not a folder, a folder in its place), or null. */
export async function outputProblem(file: string, what: string): Promise<string | null> {
  const dir = path.dirname(file);
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) return `${what} «${file}» non si può scrivere: «${dir}» non è una cartella.`;
  } catch {
    return `${what} «${file}» non si può scrivere: la cartella «${dir}» non esiste.`;
  }
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return `${what} «${file}» non si può scrivere: è una cartella.`;
  } catch {
    // a file that does not exist yet: fine
  }
  return null;
}

/** A file-system error in Italian: one rule with the .xlsx back end's own messages. */
export { fsErrorText } from '../xlsx/errors';
