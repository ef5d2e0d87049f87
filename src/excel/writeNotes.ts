/**
 * The plan's notes as threaded comments (ExcelApi 1.10), marked with NOTE_PREFIX. The add-in's earlier
 * notes are deleted first; a cell that already holds someone else's comment (or, where Excel can say so,
 * ExcelApi 1.18, an old-style note) keeps it, and the note is reported as a warning instead: Excel refuses
 * a second comment on a cell. CommentCollection.add takes the cell as a string only with the sheet name
 * in it ("it must contain the full address, including the sheet name"), hence cellRef. An earlier note of
 * the add-in that someone answered is not deleted (that would delete the replies too) nor duplicated.
 */
import { cellRef } from '../layout/address';
import type { CellNote, Diagnostic } from '../layout/types';
import { NOTE_PREFIX } from './notes';

export function queueNotes(context: Excel.RequestContext, sheetName: string, notes: CellNote[], foreignCells: Set<string>, answeredCells: Set<string> = new Set()): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const note of notes) {
    const ref = cellRef(sheetName, note.row, note.col);
    if (answeredCells.has(`${note.row}:${note.col}`)) {
      warnings.push({
        severity: 'warning',
        cell: ref,
        code: 'note-not-written',
        message: `${ref}: la nota di un calcolo precedente ha ricevuto risposte ed è stata lasciata com'è; la nota aggiornata non è stata aggiunta («${note.text}»).`,
      });
      continue;
    }
    if (foreignCells.has(`${note.row}:${note.col}`)) {
      warnings.push({
        severity: 'warning',
        cell: ref,
        code: 'note-not-written',
        message: `${ref}: la cella ha già un commento o una nota; la nota del calcolo non è stata aggiunta («${note.text}»).`,
      });
      continue;
    }
    context.workbook.comments.add(ref, `${NOTE_PREFIX}${note.text}`);
  }
  return warnings;
}
