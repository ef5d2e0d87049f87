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
