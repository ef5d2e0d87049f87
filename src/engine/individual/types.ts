/**
 * Individual objectives (issue 9, item 1): one objective of a person or team, linked to the cruscotto
 * (the figure of a node, or of all the actions of a unit) or with its own KPI scored like an action.
 * Sources: RP 2020 §3.4 (Segretario Generale: each objective is a cruscotto action), RP 2018 §5.3 (dirigente:
 * own KPI with "Target minimo (60%)" / "Target massimo (100%)").
 */
import type Decimal from 'decimal.js';
import type { ActionSpec, EngineDiagnostic } from '../types';

/** glossary: dirigente, PO (posizione organizzativa), personale (staff, one person or a team) */
export type IndividualRole = 'dirigente' | 'po' | 'personale';

/** The figure of what an objective is linked to, already computed on the cruscotto. */
export interface LinkedFigure {
  /** with the values assigned by decision (overrides) */
  achievement: Decimal | null;
  /** by formula only */
  achievementWithoutOverrides: Decimal | null;
  /** the figure is a value assigned by decision */
  overridden?: boolean;
}

export interface IndividualObjective {
  /** unique in the list (the layout uses the row) */
  id: string;
  person: string;
  role: IndividualRole | null;
  title: string;
  /** percent points of the person's total; undefined = not given */
  weight?: Decimal;
  source: { kind: 'linked'; figure: LinkedFigure } | { kind: 'own'; spec: ActionSpec } | { kind: 'none' };
}

export interface ScoredIndividualObjective {
  objective: IndividualObjective;
  achievement: Decimal | null;
  achievementWithoutOverrides: Decimal | null;
  /** below the profile's "raggiunto" threshold for an action */
  belowTarget: boolean;
}

export interface IndividualScore {
  person: string;
  role: IndividualRole | null;
  /** Σ weight × achievement / Σ weight; null when an objective has no figure or a weight is missing */
  score: Decimal | null;
  scoreWithoutOverrides: Decimal | null;
  weightSum: Decimal;
  objectives: ScoredIndividualObjective[];
  belowTarget: number;
  /** diagnostics tagged with the objective id (nodeId) */
  diagnostics: EngineDiagnostic[];
}
