/**
 * The one column to read for each input, once the plan year is known: the target of the plan
 * year, the soglie (they belong to the first year of a multi-year sheet), the first column of
 * every other role.
 */
import type { ColumnInfo, ColumnRole } from '../types';

export interface ThresholdColumn {
  col: number;
  /** level from the header, or the profile's default by position */
  level: number | null;
}

export interface ColumnMap {
  perspectiveTitle?: number;
  strategicCode?: number;
  strategicTitle?: number;
  strategicKpi?: number;
  strategicTarget?: number;
  operationalCode?: number;
  operationalTitle?: number;
  operationalWeight?: number;
  operationalKpi?: number;
  /** the level above the scored rows (five-level sheets: the Azione over its Indicatori) */
  leafGroupCode?: number;
  leafGroupTitle?: number;
  leafGroupWeight?: number;
  actionCode?: number;
  actionTitle?: number;
  actionWeight?: number;
  actionKpi?: number;
  actionTarget?: number;
  thresholds: ThresholdColumn[];
  actionResult?: number;
  override?: number;
  motivation?: number;
  status?: number;
  direction?: number;
  method?: number;
  /** last year's value (glossary: baseline), and the year its header names (null: none, the plan year − 1 is meant) */
  baseline?: number;
  baselineYear: number | null;
  /** true when the sheet's soglie belong to another year than the plan year */
  thresholdsOfOtherYear: boolean;
}

function first(columns: ColumnInfo[], role: ColumnRole): number | undefined {
  return columns.find((c) => c.role === role)?.col;
}

/** The column of `role` for the plan year: same year, else one without a year, else none. */
function ofYear(columns: ColumnInfo[], role: ColumnRole, planYear: number): number | undefined {
  const candidates = columns.filter((c) => c.role === role);
  return (candidates.find((c) => c.year === planYear) ?? candidates.find((c) => c.year === undefined))?.col;
}

/** The baseline column: the one of the plan year − 1, else one without a year, else the latest year before the plan year. */
function baselineColumn(columns: ColumnInfo[], planYear: number): ColumnInfo | undefined {
  const candidates = columns.filter((c) => c.role === 'action.baseline' && (c.year === undefined || c.year < planYear));
  const latest = candidates.filter((c) => c.year !== undefined).sort((a, b) => b.year! - a.year!)[0];
  return candidates.find((c) => c.year === planYear - 1) ?? candidates.find((c) => c.year === undefined) ?? latest;
}

export function buildColumnMap(columns: ColumnInfo[], planYear: number, firstYear: number | null): ColumnMap {
  const thresholdInfos = columns.filter((c) => c.role === 'action.threshold');
  const soglieYear = (c: ColumnInfo) => c.year ?? firstYear ?? planYear;
  const ofPlanYear = thresholdInfos.filter((c) => soglieYear(c) === planYear);
  const baseline = baselineColumn(columns, planYear);
  return {
    perspectiveTitle: first(columns, 'perspective.title'),
    strategicCode: first(columns, 'strategic.code'),
    strategicTitle: first(columns, 'strategic.title'),
    strategicKpi: first(columns, 'strategic.kpi'),
    strategicTarget: ofYear(columns, 'strategic.target', planYear),
    operationalCode: first(columns, 'operational.code'),
    operationalTitle: first(columns, 'operational.title'),
    operationalWeight: first(columns, 'operational.weight'),
    operationalKpi: first(columns, 'operational.kpi'),
    leafGroupCode: first(columns, 'leafGroup.code'),
    leafGroupTitle: first(columns, 'leafGroup.title'),
    leafGroupWeight: first(columns, 'leafGroup.weight'),
    actionCode: first(columns, 'action.code'),
    actionTitle: first(columns, 'action.title'),
    actionWeight: first(columns, 'action.weight'),
    actionKpi: first(columns, 'action.kpi'),
    actionTarget: ofYear(columns, 'action.target', planYear),
    thresholds: ofPlanYear.map((c) => ({ col: c.col, level: c.level ?? null })),
    actionResult: ofYear(columns, 'action.result', planYear),
    override: first(columns, 'action.override'),
    motivation: first(columns, 'action.motivation'),
    status: first(columns, 'action.status'),
    direction: first(columns, 'action.direction'),
    method: first(columns, 'action.method'),
    baseline: baseline?.col,
    baselineYear: baseline?.year ?? null,
    thresholdsOfOtherYear: thresholdInfos.length > 0 && ofPlanYear.length === 0,
  };
}
