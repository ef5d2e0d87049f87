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

/**
 * Every note of the sheet, also on cells without a value (a note typed on an empty cell): exceljs's eachRow and
 * eachCell pass those over, and their includeEmpty option creates cells, so the rows and cells it holds are
 * read as they are, without creating any.
 */
export function sheetNotes(ws: ExcelJS.Worksheet): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  const rows = (ws as unknown as { _rows?: ({ _cells?: (ExcelJS.Cell | undefined)[] } | undefined)[] })._rows ?? [];
  rows.forEach((row, r) =>
    (row?._cells ?? []).forEach((cell, c) => {
      if (!cell) return;
      const text = noteText(cell);
      if (text !== null) out.push({ row: r, col: c, text });
    }),
  );
  return out;
}
