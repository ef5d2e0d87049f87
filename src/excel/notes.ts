/** The add-in's notes are threaded comments whose text starts with this prefix: so they are recognised and replaced. */
export const NOTE_PREFIX = '[Cruscotto] ';

export function isOwnNote(content: string): boolean {
  return content.startsWith(NOTE_PREFIX);
}
