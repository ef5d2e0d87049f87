/**
 * A performance plan as data, before it is laid out on a sheet. The synthetic generator, the 2022
 * example and the test fixtures rebuilt from the published reports all fill this model; the layout
 * renderers ('2022', '2020', '2018') turn it into a SheetGrid.
 */
import type { KpiCell } from './kpiCell';

export interface PlanOverride {
  /** percent points, as typed in "% assegnata" (60 means 60 %) */
  achievement: number;
  motivation: string;
}

export interface PlanThreshold {
  /** the level the soglia earns, from the header ("Soglie 80%") or the 2018 target text */
  level: number;
  value: KpiCell | null;
}

export interface PlanAction {
  code: string;
  title: string;
  /** percent points of the operational objective; null = cell left empty */
  weight: number | null;
  kpi: string;
  target: KpiCell | null;
  /** ordered from the one closest to the target to the minimum soglia */
  thresholds: PlanThreshold[];
  /** targets of the following plan years (2022 layout: 2023, 2024) */
  laterTargets?: (KpiCell | null)[];
  /** stated direction, written in a "Direzione" column (crescente / decrescente) */
  direction?: 'higher' | 'lower';
  /** Relatore: the responsible office */
  owner?: string;
  result: KpiCell | null;
  /** "Stato" column, e.g. "annullata" */
  status?: string;
  override?: PlanOverride;
  /** motivation of a neutralised action (written in "Motivazione" when there is no override) */
  motivation?: string;
}

export interface PlanOperational {
  code: string;
  title: string;
  weight: number | null;
  actions: PlanAction[];
}

export interface PlanStrategic {
  /** null when the sheet gives no code (2020 annex) */
  code: string | null;
  title: string;
  /** own targets in percent points, one per plan year (80, 80, 80) */
  targets: number[];
  operationals: PlanOperational[];
}

export interface PlanPerspective {
  title: string;
  strategics: PlanStrategic[];
}

export interface CruscottoPlan {
  planYear: number;
  /** for layouts without perspectives (2018) a single perspective whose title is ignored */
  perspectives: PlanPerspective[];
}

/** Every action of the plan in sheet order. */
export function planActions(plan: CruscottoPlan): PlanAction[] {
  const out: PlanAction[] = [];
  for (const p of plan.perspectives)
    for (const s of p.strategics) for (const o of s.operationals) for (const a of o.actions) out.push(a);
  return out;
}
