/**
 * State of a Ricalcola / Genera riepilogo run: the step reported by the host, the last outcome and
 * the last failure. One run at a time; a second request while running is ignored.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CruscottoHost, RunOutcome } from '../../excel/host';
import type { Language, StepName } from '../i18n/strings';
import { errorMessage } from '../common/errorMessage';

export interface RunState {
  running: boolean;
  /** the summary flag of the current (or last) run */
  summary: boolean;
  step: StepName | null;
  outcome: RunOutcome | null;
  error: string | null;
  /** resolves with the outcome, or null when the run failed or another was under way */
  run: (summary: boolean) => Promise<RunOutcome | null>;
}

export function useRun(host: CruscottoHost, language: Language = 'it'): RunState {
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState(false);
  const [step, setStep] = useState<StepName | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (withSummary: boolean): Promise<RunOutcome | null> => {
      if (busy.current) return null;
      busy.current = true;
      setRunning(true);
      setSummary(withSummary);
      setStep('lettura');
      setError(null);
      try {
        const result = await host.ricalcola({
          summary: withSummary,
          onProgress: (s) => {
            if (mounted.current) setStep(s);
          },
        });
        if (mounted.current) {
          setOutcome(result);
          setStep('fatto');
        }
        return result;
      } catch (e) {
        if (mounted.current) {
          setError(errorMessage(e, language));
          setStep(null);
        }
        return null;
      } finally {
        busy.current = false;
        if (mounted.current) setRunning(false);
      }
    },
    [host, language],
  );

  return { running, summary, step, outcome, error, run };
}
