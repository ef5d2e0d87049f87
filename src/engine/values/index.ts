/**
 * The value reader: KPI cells typed the Italian way -> KpiValue / TargetSpec / percent points.
 * Nothing here throws, returns NaN or turns unreadable text into 0: a failure is `{ ok: false, problem }`.
 *
 * Problem codes (ValueProblem.code):
 *  - 'not-a-number'        text with digits that is neither a number nor a date ("circa 30", "12/2020/5"),
 *                          or a non-finite number from a cell
 *  - 'bad-date'            shaped like a date but not a real day ("31/02/2020", "45/13/2020"), or a
 *                          date-formatted number out of Excel's range
 *  - 'unreadable'          text with neither letters nor digits ("?"), or a value of an unknown type
 *  - 'excel-error'         the cell shows an Excel error ("#DIV/0!", "#N/D")
 *  - 'bad-target-spec'     a combined target "67=100% - soglia minima 40=60%" that does not hold together
 *  - 'bad-percentage'      a weight/override/level that is not a percentage, or is negative
 *  - 'missing-percentage'  parsePercentage on an empty cell
 */
export { parseKpiValue } from './kpiValue';
export { parseTargetSpec } from './targetSpec';
export { parsePercentage } from './percentage';
export { comparableValue } from './comparable';
export { dayOfYear } from './calendar';
export { unitLabel } from './units';
export { VALUE_PROBLEM_CODES } from './problems';
export type { ValueProblemCode } from './problems';
export { readRelativeText, relativeTargetOf, readBaseline, resolveRelative, resolveRelativeCell, GENERAL_BASELINE_DECIMALS } from './baseline';
export type { Baseline, RelativeTarget, RelativeReading } from './baseline';
