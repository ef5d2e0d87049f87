/**
 * The individual objectives of a run (JsonReport.individuals, issue 9 item 2) as the pane lists them: one entry
 * per person or team with its role, weighted score (and the score without the values assigned by decision, when
 * it differs once rounded, as the ente figure), objectives below target, and its objectives. Names and titles are
 * the sheet's text. Weight sums are checked by the product (diagnostics): not repeated here. Pure.
 */
import type { IndividualsReport } from '../../layout/types';
import { differsForDisplay, formatPercent } from '../common/format';
import type { Language, Strings } from '../i18n/strings';

type Person = IndividualsReport['persons'][number];
type Objective = Person['objectives'][number];

export interface ObjectiveEntry {
  key: string;
  cell: string | null;
  title: string;
  /** "peso 50%"; null when the weight is missing */
  weightText: string | null;
  /** "100,00%" or "n.d." */
  achievementText: string;
  /** "senza assegnazioni: 0,00%", only when it differs */
  withoutOverridesText: string | null;
  belowTarget: boolean;
}

export interface PersonEntry {
  key: string;
  name: string;
  /** "Dirigente", "Posizione organizzativa", "Personale"; null when the sheet does not say */
  roleText: string | null;
  scoreText: string;
  withoutOverridesText: string | null;
  /** the score could not be computed (an objective without a figure, a weight missing) */
  scoreMissing: boolean;
  /** "2 obiettivi sotto il target"; null when none */
  belowTargetText: string | null;
  objectives: ObjectiveEntry[];
}

/** The figure without assigned values, when it is worth showing: it differs once rounded, or only it is missing. */
function withoutOverrides(value: number | null, without: number | null, t: Strings, language: Language): string | null {
  if (value === null) return null;
  if (without === null || differsForDisplay(value, without)) return t.withoutOverrides(formatPercent(without, language));
  return null;
}

function weightText(weight: number | null, t: Strings, language: Language): string | null {
  if (weight === null || !Number.isFinite(weight)) return null;
  return t.objectiveWeight(formatPercent(weight, language, Number.isInteger(weight) ? 0 : 2));
}

function objectiveEntry(o: Objective, index: number, t: Strings, language: Language): ObjectiveEntry {
  return {
    key: `${index}:${o.cell}`,
    cell: typeof o.cell === 'string' && o.cell !== '' ? o.cell : null,
    title: o.title,
    weightText: weightText(o.weight, t, language),
    achievementText: formatPercent(o.achievement, language),
    withoutOverridesText: withoutOverrides(o.achievement, o.achievementWithoutOverrides, t, language),
    belowTarget: o.belowTarget,
  };
}

export function personEntries(individuals: IndividualsReport | null | undefined, t: Strings, language: Language): PersonEntry[] {
  if (!individuals) return [];
  return individuals.persons.map((p, index) => ({
    key: `${index}:${p.person}`,
    name: p.person,
    roleText: p.role ? t.roles[p.role] ?? null : null,
    scoreText: formatPercent(p.score, language),
    withoutOverridesText: withoutOverrides(p.score, p.scoreWithoutOverrides, t, language),
    scoreMissing: p.score === null,
    belowTargetText: p.belowTarget > 0 ? t.belowTarget(p.belowTarget) : null,
    objectives: p.objectives.map((o, i) => objectiveEntry(o, i, t, language)),
  }));
}
