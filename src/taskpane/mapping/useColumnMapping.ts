/**
 * State of the "Colonne" view: the form built from the mapping shown (what the reader understood, or its
 * proposal), the user's changes, checking, saving into the settings (then Ricalcola) and going back to
 * the automatic recognition (columnMapping: null, then Ricalcola).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CruscottoHost } from '../../excel/host';
import type { ColumnMapping } from '../../layout/types';
import { errorMessage } from '../common/errorMessage';
import { useI18n } from '../i18n/I18nContext';
import { formFromMapping, headerRowsOf, NO_ERRORS, validateMapping, type MappingErrors, type MappingForm } from './mappingForm';
import { levelWord, SCORED_LEVEL, type LevelNames, type MappingRole } from './roleLabels';

export interface ColumnMappingProps {
  host: CruscottoHost;
  /** the mapping to show; null = nothing to show yet */
  mapping: ColumnMapping | null;
  /** the sheet's own level words, when known */
  levelNames?: LevelNames | null;
  /** the sheet was not recognised: the mapping is the reader's proposal */
  notRecognised?: boolean;
  /** runs Ricalcola (without the summary) after a save */
  recalculate: () => Promise<unknown>;
  /** when it grows (and is not 0), the heading takes the focus */
  focusRequest?: number;
}

export type MappingStatus = 'saved' | 'reset' | null;

export interface ColumnMappingState {
  form: MappingForm | null;
  notRecognised: boolean;
  levelNames: LevelNames | null;
  /** "Indicatore" (sheet word) or "Azione" */
  scoredWord: string;
  headerRows: { top: number; bottom: number } | null;
  errors: MappingErrors;
  busy: boolean;
  status: MappingStatus;
  failure: string | null;
  focusRequest: number;
  setRole: (col: number, role: MappingRole) => void;
  setThresholdLevel: (col: number, level: string) => void;
  setHeaderTop: (row: string) => void;
  setHeaderBottom: (row: string) => void;
  save: () => void;
  reset: () => void;
}

export function useColumnMapping({ host, mapping, levelNames = null, notRecognised = false, recalculate, focusRequest = 0 }: ColumnMappingProps): ColumnMappingState {
  const { t, language } = useI18n();
  const [form, setForm] = useState<MappingForm | null>(() => (mapping ? formFromMapping(mapping) : null));
  const [errors, setErrors] = useState<MappingErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<MappingStatus>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // a new run brings a new mapping: show it (the status of a save stays, it is about that run)
  const shown = useRef(mapping);
  useEffect(() => {
    if (shown.current === mapping) return;
    shown.current = mapping;
    setForm(mapping ? formFromMapping(mapping) : null);
    setErrors(NO_ERRORS);
  }, [mapping]);

  const update = useCallback((change: (f: MappingForm) => MappingForm) => {
    setForm((f) => (f ? change(f) : f));
    setStatus(null);
  }, []);

  const setColumn = useCallback(
    (col: number, change: (c: MappingForm['columns'][number]) => MappingForm['columns'][number]) =>
      update((f) => ({ ...f, columns: f.columns.map((c) => (c.col === col ? change(c) : c)) })),
    [update],
  );

  const store = useCallback(
    async (columnMapping: ColumnMapping | null, done: MappingStatus) => {
      setBusy(true);
      setFailure(null);
      setStatus(null);
      try {
        // the other settings as the workbook has them now: only the mapping changes
        const settings = await host.loadSettings();
        await host.saveSettings({ ...settings, columnMapping });
      } catch (e) {
        if (mounted.current) {
          setFailure(t.mappingSaveFailed(errorMessage(e, language)));
          setBusy(false);
        }
        return;
      }
      if (mounted.current) setStatus(done);
      try {
        await recalculate();
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [host, recalculate, t, language],
  );

  const save = useCallback(() => {
    if (!form || busy) return;
    const checked = validateMapping(form, t, language, levelNames);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus(null);
      return;
    }
    setErrors(NO_ERRORS);
    void store(checked.mapping, 'saved');
  }, [form, busy, t, language, levelNames, store]);

  const reset = useCallback(() => {
    if (busy) return;
    setErrors(NO_ERRORS);
    void store(null, 'reset');
  }, [busy, store]);

  return {
    form,
    notRecognised,
    levelNames,
    scoredWord: levelWord(SCORED_LEVEL, language, levelNames),
    headerRows: form ? headerRowsOf(form) : null,
    errors,
    busy,
    status,
    failure,
    focusRequest,
    setRole: (col, role) => setColumn(col, (c) => ({ ...c, role })),
    setThresholdLevel: (col, level) => setColumn(col, (c) => ({ ...c, thresholdLevel: level })),
    setHeaderTop: (row) => update((f) => ({ ...f, headerTop: row })),
    setHeaderBottom: (row) => update((f) => ({ ...f, headerBottom: row })),
    save,
    reset,
  };
}
