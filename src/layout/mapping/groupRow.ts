/** The group row of a header block, taken as the detection takes it (src/layout/reader/findHeader.ts). */
import type { HeaderRowInfo } from '../reader/headerCells';

export function groupRowOf(rows: HeaderRowInfo[]): HeaderRowInfo | null {
  const first = rows[0];
  return rows.length > 1 && first.groups >= 1 && rows[1].columns >= 2 && rows[1].columns > first.columns ? first : null;
}
