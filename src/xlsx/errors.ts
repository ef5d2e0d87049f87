/** Typed errors of the .xlsx back end, with Italian messages for the CLI. */

/** The file could not be opened as a workbook (missing, unreadable, not an .xlsx, damaged). */
export class XlsxReadError extends Error {
  readonly path: string;
  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'XlsxReadError';
    this.path = path;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The workbook could not be written or a write plan does not fit the workbook. */
export class XlsxWriteError extends Error {
  /** what went wrong, for the CLI to say it with what it knows of the sheet */
  readonly code: 'beyond-last-column' | null;
  constructor(message: string, options?: { cause?: unknown; code?: 'beyond-last-column' }) {
    super(message);
    this.name = 'XlsxWriteError';
    this.code = options?.code ?? null;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** A file-system error in Italian (Node's own text, e.g. "ENOENT: no such file or directory", is English). */
export function fsErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'la cartella di destinazione non esiste';
    case 'EACCES':
    case 'EPERM':
      return 'permesso negato';
    case 'EISDIR':
      return 'al suo posto c\'è una cartella';
    case 'EBUSY':
      return 'il file è aperto in un altro programma';
    case 'ENOSPC':
      return 'il disco è pieno';
    default:
      return 'errore di scrittura';
  }
}
