/** File names the CLI derives. */
import * as path from 'path';

/** "dir/x.xlsx" -> "dir/x.ricalcolato.xlsx" (the input is never overwritten). */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  const base = ext ? input.slice(0, -ext.length) : input;
  return `${base}.ricalcolato${ext || '.xlsx'}`;
}

export function isXlsxPath(p: string): boolean {
  return path.extname(p).toLowerCase() === '.xlsx';
}

/** A workbook the CLI reads and writes: .xlsx, or .xlsm (macro-enabled, its macros kept as they are). */
export function isWorkbookPath(p: string): boolean {
  return isXlsxPath(p) || path.extname(p).toLowerCase() === '.xlsm';
}

/** ".xlsx" or ".xlsm", lower case */
export function workbookExtension(p: string): string {
  return path.extname(p).toLowerCase();
}

/** The same file, compared on resolved paths (case-insensitively on Windows and macOS file systems). */
export function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  return process.platform === 'linux' ? ra === rb : ra.toLowerCase() === rb.toLowerCase();
}
