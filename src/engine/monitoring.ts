/**
 * Mid-year monitoring (issue 9 item 3, "monitoraggio al 30/6"): for one scored row, the scostamento
 * (deviation) of the result from the target of the period, in the KPI's unit, and a state.
 *
 * Rule (CCIAA Brescia, Piano della Performance 2019 – rendicontazione semestrale al 30 giugno 2019,
 * "Scostamenti"): scostamento = risultato − target al 30/6; where a row has no 30/6 target the 31/12 one
 * is used (as the document does for 1.1.1/3 and 1.1.1/5), and the figure says so (`targetFromYearEnd`).
 * Units: numbers in their unit, percentages in points, dates in days (result date − target date).
 * State: 'in-linea' when the deviation is not against the direction (≥ 0 higher is better, ≤ 0 lower
 * is better; a yes/no target met), 'in-ritardo' otherwise, 'non-rilevabile' when the result or the target
 * is missing, qualitative, or of another kind or unit.
 * Pure: no Office, no layout.
 */
import Decimal from 'decimal.js';
import type { Direction, KpiValue, TargetSpec, Unit } from './types';
import { comparableValue } from './values/comparable';
import { unitLabel } from './values/units';

export type MonitoringState = 'in-linea' | 'in-ritardo' | 'non-rilevabile';

/** The unit of a scostamento: a KPI unit, or days between two dates. */
export type DeviationUnit = Unit | 'date-days';

export interface MonitoringInput {
  result: KpiValue;
  /** the target of the period (Target al 30/6); null or an empty/“-” value = none */
  interimTarget: TargetSpec | null;
  /** the year-end target (Target al 31/12), used when there is no interim one */
  yearEndTarget: TargetSpec | null;
  /** the direction the scoring used for the row (stated, or from the data); default higher is better */
  direction?: Direction;
}

export interface MonitoringFigure {
  /** the target the deviation is measured from; null when there is none */
  targetUsed: KpiValue | null;
  /** true when the row has no interim target and the year-end one is used */
  targetFromYearEnd: boolean;
  /** result − target, in `unit`; null when not computable */
  deviation: Decimal | null;
  unit: DeviationUnit | null;
  state: MonitoringState;
  direction: Direction;
  /** Italian, why the row is not rilevabile (or what was assumed); null when nothing to say */
  reason: string | null;
}

const STATE_LABELS: Record<MonitoringState, string> = {
  'in-linea': 'in linea',
  'in-ritardo': 'in ritardo',
  'non-rilevabile': 'non rilevabile',
};

export function monitoringStateLabel(state: MonitoringState): string {
  return STATE_LABELS[state];
}

/** A target that names a value: not empty, not "-", "//". */
function present(spec: TargetSpec | null): spec is TargetSpec {
  if (!spec) return false;
  const k = spec.target.kind;
  return k !== 'empty' && k !== 'not-measured';
}

function notMeasurable(targetUsed: KpiValue | null, targetFromYearEnd: boolean, direction: Direction, reason: string): MonitoringFigure {
  return { targetUsed, targetFromYearEnd, deviation: null, unit: null, state: 'non-rilevabile', direction, reason };
}

function stateOf(deviation: Decimal, direction: Direction): MonitoringState {
  const good = direction === 'lower' ? deviation.lte(0) : deviation.gte(0);
  return good ? 'in-linea' : 'in-ritardo';
}

/**
 * Units of result and target that compare. A number without a unit next to a percentage is read in points
 * (Brescia 3.1.4/5: target «-7,00%», result «-9,01», scostamento «-2,01»).
 */
function commonUnit(result: Unit, target: Unit): Unit | null {
  if (result === target) return result;
  if (result === 'none' && target === 'percent') return 'percent';
  if (result === 'percent' && target === 'none') return 'percent';
  return null;
}

export function monitorRow(input: MonitoringInput): MonitoringFigure {
  const fromYearEnd = !present(input.interimTarget);
  const spec = fromYearEnd ? (present(input.yearEndTarget) ? input.yearEndTarget : null) : input.interimTarget;
  const direction: Direction = spec?.statedDirection ?? input.direction ?? 'higher';
  const target = spec ? spec.target : null;
  const { result } = input;
  if (!target) return notMeasurable(null, fromYearEnd, direction, 'manca il target del periodo e quello di fine anno');
  if (result.kind === 'empty' || result.kind === 'not-measured') return notMeasurable(target, fromYearEnd, direction, 'manca il risultato');
  if (result.kind === 'not-done') return { targetUsed: target, targetFromYearEnd: fromYearEnd, deviation: null, unit: null, state: 'in-ritardo', direction, reason: null };
  if (result.kind === 'boolean' && target.kind === 'boolean') {
    const met = result.value === target.value || (result.value && !target.value);
    return { targetUsed: target, targetFromYearEnd: fromYearEnd, deviation: null, unit: null, state: met ? 'in-linea' : 'in-ritardo', direction, reason: null };
  }
  if (result.kind === 'date' && target.kind === 'date') {
    const deviation = comparableValue(result)!.minus(comparableValue(target)!);
    // a date is a deadline: earlier is better unless the target says otherwise
    const dateDirection: Direction = spec?.statedDirection ?? 'lower';
    return { targetUsed: target, targetFromYearEnd: fromYearEnd, deviation, unit: 'date-days', state: stateOf(deviation, dateDirection), direction: dateDirection, reason: null };
  }
  if (result.kind === 'number' && target.kind === 'number') {
    const unit = commonUnit(result.unit, target.unit);
    if (!unit) {
      return notMeasurable(target, fromYearEnd, direction, `il target è in ${unitLabel(target.unit)}, il risultato in ${unitLabel(result.unit)}`);
    }
    const deviation = result.value.minus(target.value);
    return { targetUsed: target, targetFromYearEnd: fromYearEnd, deviation, unit, state: stateOf(deviation, direction), direction, reason: null };
  }
  if (result.kind === 'qualitative' || target.kind === 'qualitative') return notMeasurable(target, fromYearEnd, direction, 'valore qualitativo: scostamento non misurabile');
  return notMeasurable(target, fromYearEnd, direction, 'il risultato e il target non sono dello stesso tipo');
}
