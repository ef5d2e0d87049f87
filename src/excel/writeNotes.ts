/**
 * The plan's notes as threaded comments (ExcelApi 1.10), marked with NOTE_PREFIX. The add-in's earlier
 * notes are deleted first; a cell that already holds someone else's comment keeps it, and the note is
 * reported as a warning instead.
 */
import { cellRef } from '../layout/address';
import type { CellNote, Diagnostic } from '../layout/types';
import { NOTE_PREFIX } from './notes';

export function queueNotes(context: Excel.RequestContext, sheetName: string, notes: CellNote[], foreignCells: Set<string>): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const note of notes) {
    const ref = cellRef(sheetName, note.row, note.col);
    if (foreignCells.has(`${note.row}:${note.col}`)) {
      warnings.push({
        severity: 'warning',
        cell: ref,
        code: 'note-not-written',
        message: `${ref}: la cella ha già un commento; la nota del calcolo non è stata aggiunta («${note.text}»).`,
      });
      continue;
    }
    context.workbook.comments.add(ref, `${NOTE_PREFIX}${note.text}`);
  }
  return warnings;
}
