/**
 * Which "Risultato" column of the scored level holds the measured value (an input the user types) and
 * which hold a percentage of the level (an output).
 *
 * Rules:
 * - above the scored level every result column is that level's figure (2020 annex: the "Risultato"
 *   beside Prospettiva, Obiettivo strategico, Obiettivo operativo holds percentages);
 * - at the scored level a lone result column is the measured value, wherever it sits (RP 2018: Target |
 *   Peso | Risultato 2018 holds 184, 4, 100%);
 * - with several, the ones that say so are measured ("Consuntivo", "Actual", "Risultato 2018": a year
 *   names the measured year) and the plain "Risultato" beside them is an output; without such words
 *   the one right after the level's Peso is its percentage (2020 annex: Peso | Risultato | kpi | target |
 *   Risultato) and of the others the first after the target is measured, the rest are outputs.
 */
import type { Level } from '../../engine/types';

export interface ResultDraft {
  col: number;
  kind: string | null;
  level: Level | 'own' | null;
  strongResult: boolean;
  years: number[];
}

/** Columns of `drafts` (indexed by column) whose result is an output; every other result column is measured. */
export function outputResultColumns(drafts: ResultDraft[]): Set<number> {
  const outputs = new Set<number>();
  const leaf: ResultDraft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'result' || !d.level || d.level === 'own') continue;
    if (d.level === 'action') leaf.push(d);
    else outputs.add(d.col);
  }
  if (leaf.length <= 1) return outputs;
  const says = leaf.filter((d) => d.strongResult || d.years.length > 0);
  if (says.length > 0) {
    for (const d of leaf) if (!says.includes(d)) outputs.add(d.col);
    return outputs;
  }
  const afterWeight = (d: ResultDraft) => {
    const left = drafts[d.col - 1];
    return !!left && left.level === 'action' && left.kind === 'weight';
  };
  const candidates = leaf.filter((d) => !afterWeight(d));
  const pool = candidates.length > 0 ? candidates : leaf;
  const target = drafts.find((d) => d.kind === 'target' && d.level === 'action');
  const measured = (target && pool.find((d) => d.col > target.col)) ?? pool[pool.length - 1];
  for (const d of leaf) if (d !== measured) outputs.add(d.col);
  return outputs;
}
