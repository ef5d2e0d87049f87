/** A1 addresses from 0-based rows and columns. The only place that builds them. */

/** 0 -> "A", 25 -> "Z", 26 -> "AA" */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" -> 26 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (13, 15) -> "P14" */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "P14:Q20" */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}

/**
 * Sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation, or when it could be
 * read as a cell (PEG2024, PDO2023: letters then digits) or an R1C1 reference (R1C1, R, C12): unquoted, Excel
 * takes such a name for an address.
 */
export function sheetPrefix(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^[Rr]\d*([Cc]\d*)?$/.test(sheet) || /^[Cc]\d*$/.test(sheet);
  return plain && !looksLikeCell ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** ("Cruscotto", 13, 15) -> "Cruscotto!P14" */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheetPrefix(sheet)}!${a1(row, col)}`;
}

/** "P14" -> {row: 13, col: 15}; also accepts "Sheet!P14" and "'My sheet'!P14". */
export function parseA1(ref: string): { sheet: string | null; row: number; col: number } | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] ?? null;
  return { sheet, row: parseInt(m[4], 10) - 1, col: columnIndex(m[3]) };
}
