/**
 * The preview of «Regole di calcolo» (issue 11): the sheet of the last run recomputed in memory with the edited
 * rules (read + score, no Excel read or write), to show the effect on the ente figure before saving.
 */
import { scoreTree } from '../../engine';
import type { NodeStatus, Profile } from '../../engine/types';
import type { RunSource } from '../../excel/host';
import { decidePlanYear } from '../../layout/planYear';
import { readCruscotto } from '../../layout/reader';

export interface RulesPreview {
  /** percent points; null when nothing could be computed */
  achievement: number | null;
  band: string | null;
  status: NodeStatus;
  /** scored rows whose percentage differs from `before` (by their code) */
  changedRows: number;
}

/** The action percentages of a computation, by code. */
export type RowFigures = Map<string, number | null>;

export function previewRules(source: RunSource, profile: Profile, before?: RowFigures): RulesPreview {
  const read = readCruscotto(source.grid, { profile, planYear: source.planYear, currentYear: source.currentYear, mapping: source.columnMapping });
  const planYear = read.layout?.planYear ?? decidePlanYear(source.planYear, [], source.currentYear).year;
  const score = scoreTree(read.tree, profile, { planYear });
  let changedRows = 0;
  if (before) {
    const walk = (nodes: typeof score.roots) => {
      for (const n of nodes) {
        if (n.node.level === 'action' && n.node.code !== null && before.has(n.node.code)) {
          const now = n.achievement === null ? null : n.achievement.toNumber();
          if (now !== before.get(n.node.code)) changedRows++;
        }
        walk(n.children);
      }
    };
    walk(score.roots);
  }
  const o = score.organisation;
  return { achievement: o.achievement === null ? null : o.achievement.toNumber(), band: o.band, status: o.status, changedRows };
}
