/**
 * Text normalisation for matching headers and comparing titles: case, accents, extra spaces,
 * and letters spaced out by a PDF export or a vertical cell ("p o n d e r a z i o n e").
 */

/** Three or more single letters separated by single spaces: "P r o c e s s i". */
const SPACED_LETTERS = /(?:^|(?<=\s))(?:\p{L} ){2,}\p{L}(?=\s|$)/gu;

/** Joins runs of spaced-out letters: "P r o c e s s i" -> "Processi". Other text is unchanged. */
export function collapseSpacedLetters(text: string): string {
  return text.replace(SPACED_LETTERS, (run) => run.replace(/ /g, ''));
}

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Leading / trailing / repeated whitespace, or whitespace other than a plain space. */
const NEEDS_CLEANING = /^\s|\s$|\s\s|[^\S ]/;

/** Title as shown: spaced letters joined, whitespace collapsed. */
export function displayTitle(text: string): string {
  return collapseSpacedLetters(NEEDS_CLEANING.test(text) ? text.replace(/\s+/g, ' ').trim() : text);
}

/** Key for comparing titles and building "P:" ids: display title, lower case. */
export function titleKey(text: string): string {
  return displayTitle(text).toLowerCase();
}

const NOT_LETTER_DIGIT_PERCENT = /[^\p{L}\p{N}%]+/gu;
const NON_ASCII = /[\u0080-\u{10ffff}]/u;

/**
 * Letters, digits and "%" only, lower case, no accents: "Titolo /\ndescrizione" -> "titolodescrizione",
 * "P r o s p e t t i v a" -> "prospettiva", "Cod." -> "cod". For comparing a cell with a header cell.
 */
export function compactKey(text: string): string {
  const lower = text.toLowerCase();
  return (NON_ASCII.test(lower) ? stripAccents(lower) : lower).replace(NOT_LETTER_DIGIT_PERCENT, '');
}

/** Lower case, no accents, spaced letters joined, single spaces: for header matching. */
export function headerKey(text: string): string {
  return collapseSpacedLetters(stripAccents(text.replace(/\s+/g, ' ').trim()).toLowerCase());
}
