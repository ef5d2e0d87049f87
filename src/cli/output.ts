/** Human-readable output of a run: the diagnostics and a short summary (Italian). */
import { formatPercent } from '../engine';
import Decimal from 'decimal.js';
import type { IndividualsReport, PipelineResult } from '../layout/types';
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

const ROLE_TEXT = { dirigente: 'dirigente', po: 'PO', personale: 'personale' } as const;
/** persons listed one per line; beyond, a count (the Riepilogo and the JSON report have them all) */
export const PERSONS_LISTED = 20;

/**
 * The individual objectives of a run (issue 9): one line per person, score with and without assigned values and
 * objectives below target, as the Riepilogo's table says them.
 */
export function individualLines(individuals: IndividualsReport): string[] {
  const persons = individuals.persons;
  const lines = [`Obiettivi individuali (foglio «${individuals.sheet}»): ${persons.length} ${persons.length === 1 ? 'persona' : 'persone'}.`];
  for (const p of persons.slice(0, PERSONS_LISTED)) {
    const who = p.role ? `${p.person} (${ROLE_TEXT[p.role]})` : p.person;
    if (p.score === null) {
      lines.push(`  ${who}: punteggio non calcolato (vedere le segnalazioni).`);
      continue;
    }
    let line = `  ${who}: ${formatPercent(new Decimal(p.score))}`;
    if (p.scoreWithoutOverrides !== p.score) line += ` (senza i valori assegnati: ${p.scoreWithoutOverrides === null ? 'non calcolabile' : formatPercent(new Decimal(p.scoreWithoutOverrides))})`;
    if (p.belowTarget > 0) line += `; ${p.belowTarget} ${p.belowTarget === 1 ? 'obiettivo' : 'obiettivi'} sotto il target`;
    lines.push(`${line}.`);
  }
  const rest = persons.length - PERSONS_LISTED;
  if (rest > 0) lines.push(`  … e altre ${rest} persone (tutte nel Riepilogo e nel rapporto JSON).`);
  return lines;
}
