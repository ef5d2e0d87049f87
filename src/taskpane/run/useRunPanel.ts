/** View state of the run panel, derived from the run state and the language. */
import type { StepName } from '../i18n/strings';
import { useI18n } from '../i18n/I18nContext';
import { capitalise, differsForDisplay, formatPercent } from '../common/format';
import type { RunState } from './useRun';

export interface RunPanelProps {
  run: RunState;
}

export interface RunPanelState {
  running: boolean;
  onRecalculate: () => void;
  onGenerateSummary: () => void;
  /** "Lettura del foglio" while running */
  stepText: string | null;
  /** 0..1 */
  progress: number | null;
  /** "Performance di ente: 96,67% — Eccellente" */
  figureText: string | null;
  /** "senza assegnazioni: 93,33%", only when it differs */
  withoutOverridesText: string | null;
  countsText: string | null;
  errors: number;
  warnings: number;
  /** «Foglio «Riepilogo» aggiornato», naming the sheet the summary went to; null when none was written */
  summaryText: string | null;
  errorText: string | null;
}

function stepsOf(summary: boolean): StepName[] {
  return summary ? ['lettura', 'calcolo', 'scrittura', 'riepilogo', 'fatto'] : ['lettura', 'calcolo', 'scrittura', 'fatto'];
}

export function useRunPanel({ run }: RunPanelProps): RunPanelState {
  const { t, language } = useI18n();
  const { outcome } = run;
  const steps = stepsOf(run.summary);
  const index = run.step ? steps.indexOf(run.step) : -1;
  const progress = run.running && index >= 0 ? (index + 0.5) / steps.length : null;

  let figureText: string | null = null;
  let withoutOverridesText: string | null = null;
  let countsText: string | null = null;
  let errors = 0;
  let warnings = 0;
  if (outcome) {
    const org = outcome.report.organisation;
    const band = org.band ? capitalise(org.band) : null;
    figureText = t.organisationFigure(formatPercent(org.achievement, language), band);
    if (differsForDisplay(org.achievement, org.achievementWithoutOverrides)) {
      withoutOverridesText = t.withoutOverrides(formatPercent(org.achievementWithoutOverrides, language));
    }
    errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
    warnings = outcome.diagnostics.filter((d) => d.severity === 'warning').length;
    countsText = t.counts(errors, warnings);
  }

  return {
    running: run.running,
    onRecalculate: () => void run.run(false),
    onGenerateSummary: () => void run.run(true),
    stepText: run.running && run.step ? t.steps[run.step] : null,
    progress,
    figureText,
    withoutOverridesText,
    countsText,
    errors,
    warnings,
    summaryText: outcome?.summaryWritten ? t.summaryWritten(outcome.summarySheet ?? 'Riepilogo') : null,
    errorText: run.error ? t.runFailed(run.error) : null,
  };
}
