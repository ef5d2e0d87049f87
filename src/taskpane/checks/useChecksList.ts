/** View state of the Verifica list: the checks of the last run, the selected one, selecting its cell. */
import { useCallback, useState } from 'react';
import type { FigureCheck } from '../../layout/types';
import { errorMessage } from '../common/errorMessage';
import { useI18n } from '../i18n/I18nContext';

export interface ChecksListProps {
  checks: ReadonlyArray<FigureCheck> | null | undefined;
  /** host.selectCell */
  selectCell: (reference: string) => Promise<void>;
}

export interface CheckItem {
  key: string;
  /** the user's cell, "Cruscotto!AB12" */
  cell: string;
  /** the message without a leading "Verifica: " (the heading says it) */
  text: string;
}

export interface ChecksListState {
  items: CheckItem[];
  selectedKey: string | null;
  selectError: string | null;
  onSelect: (item: CheckItem) => void;
}

export function checkText(message: string): string {
  return message.replace(/^\s*verifica\s*:\s*/i, '');
}

export function useChecksList({ checks, selectCell }: ChecksListProps): ChecksListState {
  const { language } = useI18n();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const items: CheckItem[] = (checks ?? []).map((c, i) => ({ key: `${i}:${c.cell}`, cell: c.cell, text: checkText(c.message) }));

  const onSelect = useCallback(
    (item: CheckItem) => {
      setSelectedKey(item.key);
      setSelectError(null);
      selectCell(item.cell).catch((e: unknown) => setSelectError(errorMessage(e, language)));
    },
    [selectCell, language],
  );

  return { items, selectedKey, selectError, onSelect };
}
