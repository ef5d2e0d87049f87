/** A profile as the JSON text users keep in a file: two-space indented, with a final newline. */
import type { Profile } from '../types';
import { profileToDocument } from './convert';

export function profileDocumentText(p: Profile): string {
  return `${JSON.stringify(profileToDocument(p), null, 2)}\n`;
}
