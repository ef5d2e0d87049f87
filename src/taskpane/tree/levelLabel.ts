/**
 * The word the tree shows for a node's level: the sheet's own word (layout.levelNames: "Indicatore",
 * "Programma", "Linea di mandato") where it differs from the usual one, else the pane's short label
 * ("Ob. strategico"), in the pane's language. Sheet words are data: shown as text only.
 */
import type { JsonReport, ReportNode } from '../../layout/types';
import type { Strings } from '../i18n/strings';

export type LevelNames = Partial<Record<ReportNode['level'], string>>;

/** The usual words of each level (src/layout/reader/vocabulary.ts): the pane's own label is shorter. */
const USUAL: Record<ReportNode['level'], string> = {
  perspective: 'prospettiva',
  strategic: 'obiettivo strategico',
  operational: 'obiettivo operativo',
  leafGroup: '',
  action: 'azione',
};

const LEVELS = Object.keys(USUAL) as ReportNode['level'][];

/** The sheet's level words the report carries (its layout), as plain strings only. */
export function levelNamesOf(report: JsonReport | null | undefined): LevelNames {
  const raw: unknown = report?.layout?.levelNames;
  const names: LevelNames = {};
  if (!raw || typeof raw !== 'object') return names;
  for (const level of LEVELS) {
    const v = (raw as Record<string, unknown>)[level];
    if (typeof v === 'string' && v.trim()) names[level] = v.trim();
  }
  return names;
}

export function levelLabel(level: ReportNode['level'], t: Pick<Strings, 'levels'>, names: LevelNames): string {
  const own = names[level];
  if (own && own.toLocaleLowerCase('it-IT') !== USUAL[level]) return own;
  return t.levels[level] ?? level;
}
