/** Checks of the workbook a command reads: an existing .xlsx file. */
import { promises as fs } from 'fs';
import { isXlsxPath } from './paths';

/** null when `input` (resolved) is an existing .xlsx file, else the Italian message (named as the user typed it). */
export async function inputProblem(input: string, typed: string): Promise<string | null> {
  if (!isXlsxPath(input)) return `il file «${typed}» non è una cartella di lavoro .xlsx.`;
  try {
    const stat = await fs.stat(input);
    return stat.isFile() ? null : `«${typed}» non è un file.`;
  } catch {
    return `il file «${typed}» non esiste.`;
  }
}
