/**
 * «Crea foglio obiettivi individuali» (issue 9 item 1): asks the host for the sheet and says what happened, a sheet
 * created or the workbook's own selected, or the host's error as the pane shows host errors.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CruscottoHost } from '../../excel/host';
import { errorMessage } from '../common/errorMessage';
import { useI18n } from '../i18n/I18nContext';

export interface CreateIndividualSheetState {
  busy: boolean;
  /** what the last click gave */
  result: { intent: 'success' | 'info' | 'error'; text: string } | null;
  create: () => void;
}

export function useCreateIndividualSheet(host: CruscottoHost): CreateIndividualSheetState {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CreateIndividualSheetState['result']>(null);
  const pending = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const create = useCallback(() => {
    if (pending.current) return;
    pending.current = true;
    setBusy(true);
    setResult(null);
    host
      .createIndividualSheet()
      .then(({ sheet, created }) => {
        if (!mounted.current) return;
        setResult(created ? { intent: 'success', text: t.individualSheetCreated(sheet) } : { intent: 'info', text: t.individualSheetExists(sheet) });
      })
      .catch((e: unknown) => {
        if (mounted.current) setResult({ intent: 'error', text: t.createIndividualSheetFailed(errorMessage(e, language)) });
      })
      .finally(() => {
        pending.current = false;
        if (mounted.current) setBusy(false);
      });
  }, [host, t, language]);

  return { busy, result, create };
}
