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

/** The same file, compared on resolved paths (case-insensitively on Windows and macOS file systems). */
export function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  return process.platform === 'linux' ? ra === rb : ra.toLowerCase() === rb.toLowerCase();
}
