/** Counts the reports quote: "8 obiettivi strategici su 9 raggiunti" (RP 2020 L59, L106-108). */
import type { Level, ScoreResult } from '../../engine/types';
import { flattenScores } from './walk';

export interface LevelCount {
  level: Level;
  reached: number;
  /** nodes of the level that count: neutralised ones are left out, as the reports do */
  total: number;
}

export function countLevel(score: ScoreResult, level: Level): LevelCount {
  let reached = 0;
  let total = 0;
  for (const { scored } of flattenScores(score)) {
    if (scored.node.level !== level || scored.status === 'neutralizzato') continue;
    total++;
    if (scored.status === 'raggiunto') reached++;
  }
  return { level, reached, total };
}

const NOUNS: Record<Level, { one: string; many: string; reachedOne: string; reachedMany: string }> = {
  perspective: { one: 'prospettiva', many: 'prospettive', reachedOne: 'raggiunta', reachedMany: 'raggiunte' },
  strategic: { one: 'obiettivo strategico', many: 'obiettivi strategici', reachedOne: 'raggiunto', reachedMany: 'raggiunti' },
  leafGroup: { one: 'voce di raggruppamento', many: 'voci di raggruppamento', reachedOne: 'raggiunta', reachedMany: 'raggiunte' },
  operational: { one: 'obiettivo operativo', many: 'obiettivi operativi', reachedOne: 'raggiunto', reachedMany: 'raggiunti' },
  action: { one: 'azione', many: 'azioni', reachedOne: 'raggiunta', reachedMany: 'raggiunte' },
};

/** "8 obiettivi strategici su 9 raggiunti", "1 obiettivo operativo su 1 raggiunto". */
export function countSentence(count: LevelCount): string {
  const n = NOUNS[count.level];
  const noun = count.reached === 1 ? n.one : n.many;
  const verb = count.reached === 1 ? n.reachedOne : n.reachedMany;
  return `${count.reached} ${noun} su ${count.total} ${verb}`;
}
