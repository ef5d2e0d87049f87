/**
 * Text helpers shared by the value readers: whitespace and minus-sign normalisation, quoting for messages.
 */

const MAX_QUOTED = 80;

/** Anything normaliseText would change: odd spaces, typographic minus signs, extra whitespace. */
const NEEDS_NORMALISING = /[\u00A0\u2007\u202F\u2009\u200A\u3000\u2212\u2012\u2013\u2010]|^\s|\s$|\s\s|[^\S ]/;

/**
 * Trims, turns non-breaking and other unusual spaces into plain spaces, collapses runs of
 * whitespace (Alt+Enter line breaks included) and maps typographic minus signs
 * (U+2212 minus, U+2012 figure dash, U+2013 en dash, U+2010 hyphen) to '-'.
 */
export function normaliseText(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u3000]/g, ' ')
    .replace(/[\u2212\u2012\u2013\u2010]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasDigit(text: string): boolean {
  return /\d/.test(text);
}

/** True when the text holds at least one letter (accented letters included). */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** The text between «», trimmed and shortened for long cells. */
export function quote(raw: string): string {
  const text = normaliseText(raw);
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return `«${shown}»`;
}
