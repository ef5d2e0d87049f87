/** Checks of the workbook a command reads: an existing .xlsx (or macro-enabled .xlsm) file. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { isWorkbookPath } from './paths';

const SAVE_AS = 'aprirlo con Excel (o LibreOffice Calc) e salvarlo con «File › Salva con nome» scegliendo «Cartella di lavoro di Excel (.xlsx)», poi indicare il file .xlsx';

/** Formats the CLI does not read, with what they are. */
const OTHER_FORMATS: Record<string, string> = {
  '.xls': 'una cartella di lavoro di Excel 97-2003 (.xls)',
  '.xlsb': 'una cartella di lavoro binaria di Excel (.xlsb)',
  '.ods': 'un foglio di calcolo OpenDocument (.ods)',
  '.fods': 'un foglio di calcolo OpenDocument (.fods)',
  '.csv': 'un file di testo CSV (.csv)',
  '.numbers': 'un foglio di calcolo di Numbers (.numbers)',
};

/** The Italian message for a file that is not an .xlsx/.xlsm, saying how to get one. */
export function notWorkbookMessage(typed: string): string {
  const kind = OTHER_FORMATS[path.extname(typed).toLowerCase()];
  return kind
    ? `il file «${typed}» è ${kind}: il programma legge solo cartelle di lavoro .xlsx (o .xlsm). Per usarlo, ${SAVE_AS}.`
    : `il file «${typed}» non è una cartella di lavoro .xlsx (o .xlsm). Per usarlo, ${SAVE_AS}.`;
}

/** null when `input` (resolved) is an existing .xlsx/.xlsm file, else the Italian message (named as the user typed it). */
export async function inputProblem(input: string, typed: string): Promise<string | null> {
  if (!isWorkbookPath(input)) return notWorkbookMessage(typed);
  try {
    const stat = await fs.stat(input);
    return stat.isFile() ? null : `«${typed}» non è un file.`;
  } catch {
    return `il file «${typed}» non esiste.`;
  }
}
