/** Human-readable output of a run: the diagnostics and a short summary (Italian). */
import { formatPercent } from '../engine';
import type { PipelineResult } from '../layout/types';
import { countLevel, countSentence } from '../layout/plan/counts';

export function diagnosticLines(result: PipelineResult): string[] {
  return result.diagnostics.map((d) => `${d.severity === 'error' ? 'ERRORE' : 'Avviso'}  ${d.message}`);
}

export function diagnosticCounts(result: PipelineResult): { errors: number; warnings: number } {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: result.diagnostics.length - errors };
}

/** "Segnalazioni: 2 errori, 1 avviso" */
export function diagnosticsSentence(result: PipelineResult): string {
  const { errors, warnings } = diagnosticCounts(result);
  if (errors === 0 && warnings === 0) return 'Segnalazioni: nessuna.';
  const e = `${errors} ${errors === 1 ? 'errore' : 'errori'}`;
  const w = `${warnings} ${warnings === 1 ? 'avviso' : 'avvisi'}`;
  return `Segnalazioni: ${e}, ${w}.`;
}

/** The short summary printed after a run. */
export function summaryLines(result: PipelineResult, profileLabel: string): string[] {
  const org = result.score.organisation;
  const lines = [`Foglio «${result.read.sheet}», profilo ${profileLabel}.`];
  if (org.achievement === null) {
    lines.push('Performance di ente: non calcolabile.');
  } else {
    lines.push(`Performance di ente: ${formatPercent(org.achievement)}${org.band ? ` (${org.band})` : ''}.`);
    const without = org.achievementWithoutOverrides;
    if (without !== null && !without.eq(org.achievement)) lines.push(`Senza i valori assegnati sarebbe: ${formatPercent(without)}.`);
  }
  for (const level of ['strategic', 'operational'] as const) {
    const count = countLevel(result.score, level);
    if (count.total > 0) lines.push(`${countSentence(count)}.`);
  }
  lines.push(diagnosticsSentence(result));
  return lines;
}
