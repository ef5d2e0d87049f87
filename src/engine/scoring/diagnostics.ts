/** Building engine diagnostics (Italian messages; the layout adds the cell address in front). */
import type { EngineDiagnostic, KpiValue } from '../types';

export type Field = NonNullable<EngineDiagnostic['field']>;

/** Collects the diagnostics of one computation. */
export class DiagnosticSink {
  readonly items: EngineDiagnostic[] = [];

  error(code: string, message: string, field?: Field): void {
    this.items.push(field ? { severity: 'error', code, message, field } : { severity: 'error', code, message });
  }

  warning(code: string, message: string, field?: Field): void {
    this.items.push(field ? { severity: 'warning', code, message, field } : { severity: 'warning', code, message });
  }
}

/** A cell's text quoted for a message: «28 gg». */
export function quote(v: KpiValue | string): string {
  const raw = typeof v === 'string' ? v : v.raw;
  return `«${raw.trim()}»`;
}

/** Turns anything thrown into a short text for an internal-error diagnostic. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
