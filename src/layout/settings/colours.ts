/** Status colours in the settings: #RRGGBB per status; '#' optional when typed, upper case when stored. */
import type { StatusColours } from '../../engine/types';

export const COLOUR_KEYS = ['raggiunto', 'parzialmente', 'non-raggiunto', 'neutralizzato'] as const satisfies readonly (keyof StatusColours)[];
export type ColourKey = (typeof COLOUR_KEYS)[number];

/** "#1a2b3c" or "1a2b3c" -> "#1A2B3C"; anything else -> null */
export function normaliseHex(raw: string): string | null {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(raw.trim());
  return m ? `#${m[1].toUpperCase()}` : null;
}

/** "il colore «verde» per «raggiunto» non è valido: scrivere #RRGGBB" */
export function colourMessage(raw: unknown, key?: string): string {
  return `il colore «${String(raw)}»${key ? ` per «${key}»` : ''} non è valido: scrivere #RRGGBB`;
}

/** Colours as stored (an object, or its JSON text): the valid ones, and a message for each other one. */
export function parseColours(raw: unknown): { colours: Partial<StatusColours> | undefined; problems: string[] } {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { colours: undefined, problems: ['i colori non sono leggibili'] };
    }
  }
  if (data === null || data === undefined) return { colours: undefined, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return { colours: undefined, problems: ['i colori non sono leggibili'] };
  const colours: Partial<StatusColours> = {};
  const problems: string[] = [];
  for (const key of COLOUR_KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') continue;
    const hex = typeof value === 'string' ? normaliseHex(value) : null;
    if (hex) colours[key] = hex;
    else problems.push(colourMessage(value, key));
  }
  return { colours: Object.keys(colours).length > 0 ? colours : undefined, problems };
}
