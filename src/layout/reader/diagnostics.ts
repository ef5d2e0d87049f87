/**
 * Diagnostics of the reader: every one carries the sheet and the A1 address of the cell and says
 * in Italian what is wrong: "Cruscotto!P14: il risultato «circa 30» non è un numero".
 */
import type { ValueProblem } from '../../engine/types';
import { cellRef, sheetPrefix } from '../address';
import type { Diagnostic } from '../types';

/**
 * The value reader's message about a cell, naming what the cell is: "il valore «x» non è un numero"
 * becomes "il risultato «x» non è un numero"; other messages are introduced by the subject.
 */
export function adaptValueMessage(subject: string, problem: ValueProblem): string {
  const msg = problem.message;
  if (msg.startsWith('il valore ')) return `${subject} ${msg.slice('il valore '.length)}`;
  if (msg.startsWith(`${subject} `)) return msg;
  return `${subject}: ${msg}`;
}

/** Cell text between «», shortened when long. */
export function quoted(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `«${t.length > 80 ? `${t.slice(0, 79)}…` : t}»`;
}

export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  constructor(private readonly sheet: string) {}

  ref(row: number, col: number): string {
    return cellRef(this.sheet, row, col);
  }

  at(severity: Diagnostic['severity'], code: string, row: number, col: number, message: string): void {
    const cell = this.ref(row, col);
    this.items.push({ severity, code, cell, message: `${cell}: ${message}` });
  }

  error(code: string, row: number, col: number, message: string): void {
    this.at('error', code, row, col, message);
  }

  warning(code: string, row: number, col: number, message: string): void {
    this.at('warning', code, row, col, message);
  }

  /** A diagnostic about the whole sheet ("Cruscotto: intestazione non trovata ..."). */
  sheetLevel(severity: Diagnostic['severity'], code: string, message: string): void {
    this.items.push({ severity, code, cell: this.sheet, message: `${sheetPrefix(this.sheet)}: ${message}` });
  }
}
