/** A column mapping as a readable Italian table: column letter, header, role in words ("target (azione)", "non usata"). */
import { columnLetter } from '../layout/address';
import { describeColumn, type LevelNames } from '../layout/mapping/roleLabels';
import type { ColumnMapping } from '../layout/types';

const HEADER_WIDTH = 40;

function cut(text: string, width: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > width ? `${t.slice(0, width - 1)}…` : t;
}

export function mappingTable(mapping: ColumnMapping, levelNames?: LevelNames): string[] {
  const rows = mapping.columns.map((c) => [columnLetter(c.col), cut(c.header, HEADER_WIDTH) || '(vuota)', describeColumn(c, levelNames)]);
  const titles = ['Colonna', 'Intestazione', 'Ruolo'];
  const widths = titles.map((t, i) => Math.max(t.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ');
  return [line(titles), ...rows.map(line)];
}

/** "nelle righe 1–2", "nella riga 3" (1-based, as Excel shows them). */
export function headerRowsText(mapping: ColumnMapping): string {
  const top = mapping.headerTop + 1;
  const bottom = mapping.headerBottom + 1;
  return top === bottom ? `nella riga ${top}` : `nelle righe ${top}–${bottom}`;
}
