/**
 * Shared domain types of the scoring engine. Pure data: no Office, no React, no file system.
 * Names follow ../GLOSSARY (perspective, strategicObjective, operationalObjective, action, threshold, ...).
 * All arithmetic values are decimal.js Decimals; percentages are in percent points (97.2 means 97,20 %).
 */
import type Decimal from 'decimal.js';

// ---------------------------------------------------------------------------------------------
// Values typed by staff into KPI cells
// ---------------------------------------------------------------------------------------------

/** Unit carried by a numeric KPI value, as written in the cell. */
export type Unit = 'none' | 'percent' | 'days' | 'months' | 'euro';

/** A calendar day. `precision: 'month'` means "by the end of that month" (e.g. `luglio`). */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31; for precision 'month' the last day of the month
  precision: 'day' | 'month';
}

/**
 * What a KPI cell (target, soglia, result) holds once read. `raw` always keeps the text as typed
 * (for numbers coming from Excel, the value as displayed, e.g. "3,25%").
 */
export type KpiValue =
  | { kind: 'number'; value: Decimal; unit: Unit; raw: string }
  | { kind: 'date'; date: CalendarDate; raw: string }
  | { kind: 'boolean'; value: boolean; raw: string }
  /** a qualitative word: "qualitativo", "eccellente", "valutazione quali-quantitativa" */
  | { kind: 'qualitative'; label: string; raw: string }
  /** "-", "//", "n.d.", "n.r.": not measured */
  | { kind: 'not-measured'; raw: string }
  /** "=": not done */
  | { kind: 'not-done'; raw: string }
  | { kind: 'empty'; raw: '' };

/** A cell's content as it arrives from Excel / exceljs / a test: the value plus its number format. */
export interface CellInput {
  value: string | number | boolean | Date | null | undefined;
  /** Excel number format code, e.g. "0.00%", "dd/mm/yyyy", "General". */
  numberFormat?: string;
}

/** Context for reading values: the plan year gives the year of "luglio" or "30 giugno". */
export interface ValueContext {
  planYear: number;
}

/** Result of reading one cell: a value, or a diagnostic that quotes the text. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

export interface ValueProblem {
  /** machine code, e.g. 'not-a-number', 'bad-date', 'bad-target-spec' */
  code: string;
  /** Italian message without the cell address, quoting the text: «circa 30» non è un numero */
  message: string;
  raw: string;
}

// ---------------------------------------------------------------------------------------------
// Targets, soglie (thresholds) and directions
// ---------------------------------------------------------------------------------------------

export type Direction = 'higher' | 'lower';

/** A soglia: the value that still earns `level` percent (e.g. soglia 80 % = value 29 gg). */
export interface Threshold {
  value: KpiValue;
  level: Decimal;
}

/**
 * Target and soglie of an action, from separate cells (2020-2022 layout) or from one cell
 * in the 2018 form `67=100% - soglia minima 40=60%`.
 */
export interface TargetSpec {
  target: KpiValue;
  /** Ordered from the one closest to the target to the minimum soglia. */
  thresholds: Threshold[];
  /** Direction stated by a comparison sign on the target (`≥ 4,6`, `≤ -11,00`, `entro il 30/04/2019`). */
  statedDirection?: Direction;
}

// ---------------------------------------------------------------------------------------------
// Scoring methods and profiles
// ---------------------------------------------------------------------------------------------

/**
 * soglie = step (Sondrio 2020-2022); lineare = interpolation (Sondrio 2018); proporzionale = result/target (Pavia);
 * binario = reached 100, else 0 (sì/no, fatto/non fatto); scala = a verbal judgement scored by the profile's
 * verbal scale (insufficiente/sufficiente/buono/ottimo -> 0/60/80/100); tolleranza = reached within a tolerance
 * short of the target, else the soglie as in 'soglie'; progresso = progress from the baseline (0) to the target
 * (100), year-on-year as performance systems measure it (issue 9 item 4).
 */
export type ScoringMethod = 'soglie' | 'lineare' | 'proporzionale' | 'binario' | 'scala' | 'tolleranza' | 'progresso';

/** A step of the verbal scale: the judgement word and the percentage it scores. */
export interface VerbalStep {
  label: string;
  score: number;
}

/** How a level rolls up its children. */
export type AggregationRule =
  /** Σ weight·achievement / 100 with the sheet's weights (renormalised when children are neutralised) */
  | 'weighted'
  /** simple mean of the children */
  | 'mean'
  /** flat mean of all the action rows below the node */
  | 'flat-mean';

/** Which figure of a strategic objective feeds the level above. */
export type StrategicFigure = 'achievement' | 'targetAchievement';

export type NodeStatus = 'raggiunto' | 'parzialmente' | 'non-raggiunto' | 'neutralizzato' | 'non-misurato';

export interface StatusColours {
  raggiunto: string; // hex "#RRGGBB"
  parzialmente: string;
  'non-raggiunto': string;
  neutralizzato: string;
}

/** A verbal band for reports: from `min` (inclusive) upward, until the next band. */
export interface Band {
  min: number;
  label: string;
}

export interface Profile {
  name: string;
  /** Italian label shown in the UI */
  label: string;
  method: ScoringMethod;
  /** lineare/soglie: a target with no soglia; 'all-or-nothing' (100 or 0) or 'pro-rata' (result/target) */
  noThresholdRule: 'all-or-nothing' | 'pro-rata';
  /** Round the KPI values to this many decimals (half-up) before scoring (Sondrio 2018 rounds ratios to 2). null = no. */
  kpiRoundingDecimals: number | null;
  /** Round each action's score to this many decimals (half-up) before aggregation (Pavia: 0). null = no. */
  actionRoundingDecimals: number | null;
  /** Default soglia levels when a header says nothing ("Soglie 80% / 60%"). */
  defaultThresholdLevels: number[];
  aggregation: {
    /**
     * the level between the operational objectives and the scored rows (an Azione over its weighted
     * Indicatori): absent = 'weighted', the sheet's peso as for an operational objective
     */
    leafGroup?: AggregationRule;
    operational: AggregationRule;
    strategic: AggregationRule;
    perspective: AggregationRule;
    /** the ente figure */
    organisation: AggregationRule;
    /** what feeds the perspective from a strategic objective */
    perspectiveFrom: StrategicFigure;
    /** what feeds the ente: strategic objectives or perspectives, and which figure */
    organisationFrom: 'strategic' | 'perspective';
    organisationFigure: StrategicFigure;
  };
  /** Target of a strategic objective when the sheet gives none (percent points). null = none. */
  defaultStrategicTarget: number | null;
  /** Status thresholds (percent points). */
  status: {
    /** action: raggiunto at or above */
    actionReached: number;
    /** operational objective: raggiunto at or above (Sondrio 2020: the strategic target, 80) */
    operationalReached: number;
    /** perspective / ente: raggiunto at or above */
    aggregateReached: number;
    /** any level: parzialmente at or above this, non raggiunto below (actions: > 0 when 0) */
    partialFloor: number;
  };
  colours: StatusColours;
  bands: Band[];
  /**
   * Method 'tolleranza': how far short of the target still counts as reached, in percent of the target for
   * numbers and in days for dates. Absent = DEFAULT_TOLERANCE.
   */
  tolerance?: { percent: number; days: number };
  /** Method 'scala': the judgement words and their scores. Absent = DEFAULT_VERBAL_SCALE. */
  verbalScale?: VerbalStep[];
  /** Method 'binario': words (besides sì/no) that mean done / not done. Absent = DEFAULT_BINARY_WORDS. */
  binaryWords?: { yes: string[]; no: string[] };
  /** When the profile was saved by a user (ISO 8601), for the Riepilogo; absent for a built-in profile. */
  savedAt?: string;
  /** The built-in profile it was made from, when it is a user's profile. */
  basedOn?: string;
}

// ---------------------------------------------------------------------------------------------
// The performance tree handed to the engine
// ---------------------------------------------------------------------------------------------

/**
 * The engine's levels, top to bottom. 'action' is the scored leaf: the rows with target and result (actions
 * in Sondrio, indicators elsewhere). 'leafGroup' is the optional level right above them, inside an
 * operational objective, on five-level sheets (Linea di mandato / Ob. strategico / Ob. operativo / Azione /
 * Indicatore: the Azione, whose children are the scored Indicatori). It rolls up like an operational
 * objective (profile.aggregation.leafGroup, default 'weighted') and takes its status thresholds.
 */
export type Level = 'perspective' | 'strategic' | 'operational' | 'leafGroup' | 'action';

/** An override: a percentage assigned by decision ("sentito l'OIV"), with its required motivation. */
export interface Override {
  achievement: Decimal;
  motivation: string;
}

export interface ActionSpec {
  targetSpec: TargetSpec | null;
  result: KpiValue;
  /** stated per row (Direzione column) */
  direction?: Direction;
  /** stated per row (Metodo column) */
  method?: ScoringMethod;
  /** last year's value as shown (glossary: baseline): the 0 of the 'progresso' method */
  baseline?: KpiValue;
  /** percentage entered by hand for a qualitative KPI */
  manualAchievement?: Decimal;
  override?: Override;
  neutralised?: boolean;
}

export interface PerformanceNode {
  /** unique within the tree: the code, or for uncoded perspectives "P:" + title */
  id: string;
  level: Level;
  code: string | null;
  title: string;
  /** percent points of the parent; undefined = not given (equal weights) */
  weight?: Decimal;
  /** own target of a strategic objective (80 or 100) */
  target?: Decimal;
  action?: ActionSpec;
  children: PerformanceNode[];
}

export interface PerformanceTree {
  /**
   * top-level nodes: perspectives, or strategic objectives when the sheet has no perspectives, or the
   * operational objectives of a sheet with neither
   */
  roots: PerformanceNode[];
}

// ---------------------------------------------------------------------------------------------
// Engine output
// ---------------------------------------------------------------------------------------------

export interface EngineDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  /** Italian, without cell address (the layout adds it) */
  message: string;
  nodeId?: string;
  /** which input of the node is wrong, so the layout can point at the right cell */
  field?: 'target' | 'thresholds' | 'result' | 'weight' | 'override' | 'direction' | 'method' | 'baseline';
}

export interface ScoredNode {
  node: PerformanceNode;
  /** the node's own figure, with overrides; null when nothing could be computed */
  achievement: Decimal | null;
  /** the same ignoring overrides */
  formulaAchievement: Decimal | null;
  /** min(100, achievement / target) for a node with its own target */
  targetAchievement: Decimal | null;
  targetAchievementWithoutOverrides: Decimal | null;
  /** the weight actually used (after renormalisation for neutralised siblings) */
  effectiveWeight: Decimal | null;
  status: NodeStatus;
  /** verbal band for reports, where the profile defines one */
  band: string | null;
  overridden: boolean;
  /** direction used for an action (data, stated, or undefined when not needed) */
  direction?: Direction;
  children: ScoredNode[];
}

export interface ScoreResult {
  roots: ScoredNode[];
  organisation: {
    achievement: Decimal | null;
    achievementWithoutOverrides: Decimal | null;
    band: string | null;
    status: NodeStatus;
  };
  diagnostics: EngineDiagnostic[];
}
