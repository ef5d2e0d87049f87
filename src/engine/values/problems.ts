/**
 * Problem codes and Italian messages of the value reader. Every message quotes the cell text
 * with «» and carries no cell address (the layout prefixes "Sheet!A1: ").
 */
import type { ValueProblem } from '../types';
import { quote } from './text';

/** All the codes this module produces (also listed in index.ts). */
export const VALUE_PROBLEM_CODES = [
  'not-a-number',
  'bad-date',
  'unreadable',
  'excel-error',
  'bad-target-spec',
  'bad-percentage',
  'missing-percentage',
] as const;

export type ValueProblemCode = (typeof VALUE_PROBLEM_CODES)[number];

export function problem(code: ValueProblemCode, message: string, raw: string): ValueProblem {
  return { code, message, raw };
}

/** `il valore «circa 30» non è un numero` */
export function notANumber(raw: string): ValueProblem {
  return problem('not-a-number', `il valore ${quote(raw)} non è un numero`, raw);
}

/** A text shaped like a date that is not a real calendar day (31/02/2020, 45/13/2020). */
export function badDate(raw: string, detail?: string): ValueProblem {
  const tail = detail ? `: ${detail}` : '';
  return problem('bad-date', `la data ${quote(raw)} non esiste${tail}`, raw);
}

/** A number in a date-formatted cell that is not an Excel date (before 1900, 29/02/1900, after 9999). */
export function badExcelDate(raw: string): ValueProblem {
  return problem('bad-date', `il valore ${quote(raw)} non è una data di Excel valida`, raw);
}

/** Text with neither letters nor digits ("?", "..."), or a value of an unknown type. */
export function unreadable(raw: string): ValueProblem {
  return problem('unreadable', `il valore ${quote(raw)} non è leggibile`, raw);
}

/** An Excel error value shown in the cell (#DIV/0!, #N/D, #VALORE!...). */
export function excelError(raw: string): ValueProblem {
  return problem('excel-error', `la cella contiene l'errore di Excel ${quote(raw)}: correggere la formula`, raw);
}

export function badTargetSpec(raw: string, detail: string): ValueProblem {
  return problem('bad-target-spec', `il target ${quote(raw)} non è leggibile: ${detail}`, raw);
}

export function badPercentage(raw: string, detail?: string): ValueProblem {
  const tail = detail ? ` (${detail})` : '';
  return problem('bad-percentage', `il valore ${quote(raw)} non è una percentuale${tail}`, raw);
}

export function missingPercentage(): ValueProblem {
  return problem('missing-percentage', 'manca la percentuale: la cella è vuota', '');
}
