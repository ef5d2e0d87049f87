/** Italian names of tree nodes for engine messages ("dell'obiettivo 1.1", "delle azioni"). */
import type { Level, PerformanceNode } from '../types';

function codeOrTitle(node: PerformanceNode): string {
  if (node.code && node.code.trim() !== '') return node.code.trim();
  return `«${node.title.trim()}»`;
}

/**
 * "azione 1.1.1", "obiettivo 1.1", "obiettivo strategico 1", "prospettiva «Processi interni»"; the level above
 * the scored rows (an Azione over its Indicatori) is a "voce di raggruppamento": the engine does not know the sheet's word.
 */
export function nodeName(node: PerformanceNode): string {
  switch (node.level) {
    case 'action':
      return `azione ${codeOrTitle(node)}`;
    case 'operational':
      return `obiettivo ${codeOrTitle(node)}`;
    case 'leafGroup':
      return `voce di raggruppamento ${codeOrTitle(node)}`;
    case 'strategic':
      return `obiettivo strategico ${codeOrTitle(node)}`;
    default:
      return `prospettiva ${codeOrTitle(node)}`;
  }
}

/** "dell'obiettivo 1.1", "della prospettiva «X»", "dell'azione 1.1.1" */
export function ofNode(node: PerformanceNode): string {
  const name = nodeName(node);
  return node.level === 'perspective' || node.level === 'leafGroup' ? `della ${name}` : `dell'${name}`;
}

/** "l'obiettivo 1.1", "la prospettiva «X»", "la voce di raggruppamento 1.1.1" */
export function theNode(node: PerformanceNode): string {
  const name = nodeName(node);
  return node.level === 'perspective' || node.level === 'leafGroup' ? `la ${name}` : `l'${name}`;
}

/** The short reference of a node in a list: its code, or its title. */
export function shortRef(node: PerformanceNode): string {
  return codeOrTitle(node);
}

export interface Noun {
  /** "azioni" */
  plural: string;
  /** "delle azioni" */
  ofPlural: string;
  /** "nessuna azione" */
  none: string;
}

const NOUNS: Record<Level, Noun> = {
  action: { plural: 'azioni', ofPlural: 'delle azioni', none: 'nessuna azione' },
  leafGroup: { plural: 'voci di raggruppamento', ofPlural: 'delle voci di raggruppamento', none: 'nessuna voce di raggruppamento' },
  operational: { plural: 'obiettivi operativi', ofPlural: 'degli obiettivi operativi', none: 'nessun obiettivo operativo' },
  strategic: { plural: 'obiettivi strategici', ofPlural: 'degli obiettivi strategici', none: 'nessun obiettivo strategico' },
  perspective: { plural: 'prospettive', ofPlural: 'delle prospettive', none: 'nessuna prospettiva' },
};

export function nounOf(level: Level): Noun {
  return NOUNS[level];
}

/** Up to `max` references, then "…". */
export function listRefs(refs: string[], max = 5): string {
  return refs.length <= max ? refs.join(', ') : `${refs.slice(0, max).join(', ')}, …`;
}
