/**
 * The plan's notes as threaded comments (ExcelApi 1.10), marked with NOTE_PREFIX. The add-in's earlier
 * notes are deleted first; a cell that already holds someone else's comment (or, where Excel can say so,
 * ExcelApi 1.18, an old-style note) keeps it, and the note is reported as a warning instead: Excel refuses
 * a second comment on a cell. CommentCollection.add takes the cell as a string only with the sheet name
 * in it ("it must contain the full address, including the sheet name"), hence cellRef. An earlier note of
 * the add-in that someone answered is not deleted (that would delete the replies too) nor duplicated.
 */
import { cellRef, sheetPrefix } from '../layout/address';
import type { CellNote, Diagnostic } from '../layout/types';
import { NOTE_PREFIX } from './notes';

export interface QueuedNotes {
  /** notes left out (a cell with someone else's comment, or an answered note of the add-in) */
  warnings: Diagnostic[];
  /** notes queued for CommentCollection.add */
  queued: CellNote[];
}

export function queueNotes(context: Excel.RequestContext, sheetName: string, notes: CellNote[], foreignCells: Set<string>, answeredCells: Set<string> = new Set()): QueuedNotes {
  const warnings: Diagnostic[] = [];
  const queued: CellNote[] = [];
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
    queued.push(note);
  }
  return { warnings, queued };
}

/**
 * Excel refused the notes (CommentCollection.add answers "NotImplemented" on some builds, office-js issue
 * #1847): the figures, colours and Riepilogo are written already; each note is reported with its cell and text.
 */
export function notesFailedWarnings(sheetName: string, notes: CellNote[], error: unknown): Diagnostic[] {
  const code = error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'errore';
  if (notes.length === 0) {
    return [{ severity: 'warning', cell: sheetName, code: 'excel-notes-failed', message: `${sheetPrefix(sheetName)}: Excel non ha rimosso le note di un calcolo precedente (${code}); percentuali, colori e Riepilogo sono stati scritti.` }];
  }
  const head: Diagnostic = {
    severity: 'warning',
    cell: sheetName,
    code: 'excel-notes-failed',
    message:
      `${sheetPrefix(sheetName)}: Excel non ha accettato le note (commenti) del calcolo (${code}); percentuali, colori e Riepilogo sono stati scritti. ` +
      `${notes.length === 1 ? 'La nota è riportata qui sotto' : `Le ${notes.length} note sono riportate qui sotto`}: alcune potrebbero mancare nel foglio.`,
  };
  return [
    head,
    ...notes.map((note): Diagnostic => {
      const ref = cellRef(sheetName, note.row, note.col);
      return { severity: 'warning', cell: ref, code: 'note-not-written', message: `${ref}: nota non scritta da Excel («${note.text}»).` };
    }),
  ];
}
