/**
 * State of the override editor: a percentage assigned to an action by decision ("sentito l'OIV",
 * "si propone di ritenere raggiunto"), always with its motivation (GLOSSARY: override).
 */
import { useCallback, useEffect, useState } from 'react';
import type { CruscottoHost } from '../../excel/host';
import { useI18n } from '../i18n/I18nContext';
import { errorMessage } from '../common/errorMessage';
import { parsePercentInput } from '../common/parsePercent';
import type { TreeEntry } from '../tree/reportTree';

export interface OverrideEditorProps {
  host: CruscottoHost;
  /** the action being edited */
  action: TreeEntry;
  /** re-run Ricalcola after the override is written */
  recalculate: () => Promise<unknown>;
  /** close the editor (after saving or on Annulla) */
  onClose: () => void;
}

export interface OverrideEditorState {
  action: TreeEntry;
  percentage: string;
  motivation: string;
  percentageError: string | null;
  motivationError: string | null;
  failure: string | null;
  submitting: boolean;
  setPercentage: (v: string) => void;
  setMotivation: (v: string) => void;
  submit: () => void;
  cancel: () => void;
}

export function useOverrideEditor({ host, action, recalculate, onClose }: OverrideEditorProps): OverrideEditorState {
  const { t, language } = useI18n();
  const [percentage, setPercentage] = useState('');
  const [motivation, setMotivation] = useState('');
  const [percentageError, setPercentageError] = useState<string | null>(null);
  const [motivationError, setMotivationError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // a different action: start afresh
  useEffect(() => {
    setPercentage('');
    setMotivation('');
    setPercentageError(null);
    setMotivationError(null);
    setFailure(null);
  }, [action.key]);

  const submit = useCallback(() => {
    if (submitting) return;
    const parsed = parsePercentInput(percentage);
    let pctError: string | null = null;
    if (!parsed.ok) {
      pctError =
        parsed.reason === 'empty'
          ? t.missingPercentage
          : parsed.reason === 'out-of-range'
            ? t.percentageOutOfRange(parsed.raw.trim())
            : t.badPercentage(parsed.raw.trim());
    }
    const text = motivation.trim();
    const motError = text === '' ? t.missingMotivation : null;
    setPercentageError(pctError);
    setMotivationError(motError);
    if (!parsed.ok || motError) return;
    const cell = action.node.cell;
    if (!cell) {
      setFailure(t.noActionCell);
      return;
    }
    setFailure(null);
    setSubmitting(true);
    host
      .writeOverride(cell, parsed.value, text)
      .then(async () => {
        await recalculate();
        setSubmitting(false);
        onClose();
      })
      .catch((e: unknown) => {
        setFailure(t.overrideFailed(errorMessage(e, language)));
        setSubmitting(false);
      });
  }, [submitting, percentage, motivation, action, host, recalculate, onClose, t, language]);

  return {
    action,
    percentage,
    motivation,
    percentageError,
    motivationError,
    failure,
    submitting,
    setPercentage,
    setMotivation,
    submit,
    cancel: onClose,
  };
}
