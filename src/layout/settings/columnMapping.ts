/** The column mapping in the settings: a ColumnMapping (as an object or its JSON text) that parseMapping accepts. */
import { parseMapping } from '../mapping/parseMapping';
import type { ColumnMapping } from '../types';

export function mappingMessage(detail: string): string {
  return `la mappatura delle colonne salvata non è leggibile (${detail}) e non viene usata`;
}

export function parseStoredMapping(raw: unknown): { ok: true; mapping: ColumnMapping | null } | { ok: false; message: string } {
  if (raw === null || raw === undefined || raw === '') return { ok: true, mapping: null };
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch (err) {
      return { ok: false, message: mappingMessage(`JSON non valido: ${err instanceof Error ? err.message : String(err)}`) };
    }
  }
  const parsed = parseMapping(data);
  return parsed.ok ? { ok: true, mapping: parsed.mapping } : { ok: false, message: mappingMessage(parsed.message) };
}
