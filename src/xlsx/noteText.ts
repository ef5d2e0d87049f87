/** The plain text of an exceljs note (a string, or rich text runs); null when the cell has none. */
import type ExcelJS from 'exceljs';

export function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  if (typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    return (note as { texts: { text?: string }[] }).texts.map((t) => t.text ?? '').join('');
  }
  return '';
}

/** The cell holds a formula (its cached result is what the grid shows). */
export function hasFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  return !!v && typeof v === 'object' && ('formula' in (v as object) || 'sharedFormula' in (v as object));
}
