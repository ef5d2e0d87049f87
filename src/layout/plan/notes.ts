/** The note on an overridden action's % cell, so the auditor sees both figures and the reason. */
import { formatPercent } from '../../engine';
import type { ScoredNode } from '../../engine/types';

/** "Valore assegnato: 60,00% — da formula: 0,00%. Motivazione: …" */
export function overrideNoteText(scored: ScoredNode): string {
  const override = scored.node.action?.override;
  const assigned = formatPercent(scored.achievement);
  const formula = scored.formulaAchievement === null ? 'non calcolabile' : formatPercent(scored.formulaAchievement);
  const motivation = override?.motivation.trim() ? override.motivation.trim() : 'non indicata';
  return `Valore assegnato: ${assigned} — da formula: ${formula}. Motivazione: ${motivation}`;
}
