/** Shared helpers for the value reader tests (not a test file: no .test suffix). */
import type { KpiValue, ParseResult, ValueProblem } from '../../../src/engine/types';

export const ctx2020 = { planYear: 2020 };

export function expectOk<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got problem ${r.problem.code}: ${r.problem.message}`);
  return r.value;
}

export function expectProblem<T>(r: ParseResult<T>): ValueProblem {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return r.problem;
}

/** The number and unit of a numeric KpiValue, as plain strings for table comparisons. */
export function numberOf(v: KpiValue): { value: string; unit: string } {
  if (v.kind !== 'number') throw new Error(`expected a number, got ${v.kind}`);
  return { value: v.value.toString(), unit: v.unit };
}
