/**
 * Cell words with a fixed meaning: markers for "not measured" / "not done", yes/no, Excel errors,
 * and the rule for qualitative labels.
 */
import { hasDigit, hasLetter } from './text';

/** Not measured (SMVP: no figure available for the year). Compared lower-case. */
const NOT_MEASURED = new Set([
  '-',
  '--',
  '---',
  '—',
  '/',
  '//',
  'n.d.',
  'n.d',
  'nd',
  'n/d',
  'n. d.',
  'n.r.',
  'n.r',
  'nr',
  'n/r',
  'n. r.',
  'n.a.',
  'n/a',
  'non rilevato',
  'non rilevata',
  'non rilevabile',
  'non disponibile',
  'non misurato',
  'non misurata',
  'non misurabile',
]);

/** Not done: "=" in the 2020-2022 cruscotti. */
const NOT_DONE = new Set(['=']);

const YES = new Set(['si', 'sì', 'sí', "si'", 'si`', 'yes']);
const NO = new Set(['no']);

/** Excel error values as displayed (English and Italian Excel). */
const EXCEL_ERROR_RE =
  /^#(?:DIV\/0!|N\/A|N\/D|VALUE!|VALORE!|REF!|RIF!|NAME\?|NOME\?|NUM!|NULL!|NULLO!|SPILL!|ESPANSIONE!|CALC!|GETTING_DATA)$/i;

/** A run of dashes ("----", "-----": Brescia 2019 semestrale, the empty 30/6 target and scostamento cells). */
const DASH_RUN = /^-{4,12}$/;

export function isNotMeasured(text: string): boolean {
  return NOT_MEASURED.has(text.toLowerCase()) || DASH_RUN.test(text);
}

export function isNotDone(text: string): boolean {
  return NOT_DONE.has(text);
}

/** true for Si/Sì/SI, false for No, null otherwise. */
export function readYesNo(text: string): boolean | null {
  const t = text.toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

export function isExcelError(text: string): boolean {
  return EXCEL_ERROR_RE.test(text);
}

/** A qualitative label: text made of words, with at least one letter and no digits. */
export function isQualitative(text: string): boolean {
  return hasLetter(text) && !hasDigit(text);
}

/** The label kept for a qualitative value: lower-case, single spaces ("Eccellente" -> "eccellente"). */
export function qualitativeLabel(text: string): string {
  return text.toLowerCase();
}
