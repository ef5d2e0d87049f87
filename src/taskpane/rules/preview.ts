/**
 * The preview of «Regole di calcolo» (issue 11): the sheet of the last run recomputed in memory with the edited
 * rules (read + score, no Excel read or write), to show the effect on the ente figure, the rows and the persons of the
 * individual objectives sheet before saving.
 */
import { scoreTree } from '../../engine';
import type { NodeStatus, Profile, ScoreResult } from '../../engine/types';
import { runIndividuals } from '../../layout/individual';
import type { ReadResult } from '../../layout/types';
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
  /** persons of the individual objectives sheet whose score differs from `beforePersons` (issue 9); null without that sheet */
  changedPersons: number | null;
}

/** Each person's score of a computation, by name (the individual objectives sheet). */
export type PersonFigures = Map<string, number | null>;

/** The action percentages of a computation, by code. */
export type RowFigures = Map<string, number | null>;

/** Persons whose score with these rules differs from the last run's (their objectives are scored by the same rules). */
function changedPersons(source: RunSource, read: ReadResult, score: ScoreResult, profile: Profile, planYear: number, before: PersonFigures | undefined): number | null {
  if (!source.individualGrid || !before) return null;
  const run = runIndividuals(source.individualGrid, { read, score, grid: source.grid }, profile, planYear);
  return run.report.persons.filter((p) => before.has(p.person) && before.get(p.person) !== p.score).length;
}

export function previewRules(source: RunSource, profile: Profile, before?: RowFigures, beforePersons?: PersonFigures): RulesPreview {
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
  return {
    achievement: o.achievement === null ? null : o.achievement.toNumber(),
    band: o.band,
    status: o.status,
    changedRows,
    changedPersons: changedPersons(source, read, score, profile, planYear, beforePersons),
  };
}
