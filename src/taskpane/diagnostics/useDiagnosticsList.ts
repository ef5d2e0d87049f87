/** View state of the diagnostics list: items, the selected one, and selecting a cell in the sheet. */
import { useCallback, useState } from 'react';
import type { Diagnostic } from '../../layout/types';
import { useI18n } from '../i18n/I18nContext';
import { errorMessage } from '../common/errorMessage';

export interface DiagnosticsListProps {
  diagnostics: ReadonlyArray<Diagnostic>;
  /** host.selectCell */
  selectCell: (reference: string) => Promise<void>;
}

export interface DiagnosticItem {
  key: string;
  severity: 'error' | 'warning';
  cell: string | null;
  /** the message without the leading "Sheet!A1: " (the cell is shown apart) */
  text: string;
}

export interface DiagnosticsListState {
  items: DiagnosticItem[];
  errors: number;
  warnings: number;
  selectedKey: string | null;
  /** raw error of the last failed selection */
  selectError: string | null;
  onSelect: (item: DiagnosticItem) => void;
}

export function stripCellPrefix(message: string, cell: string | null): string {
  if (cell && message.startsWith(`${cell}: `)) return message.slice(cell.length + 2);
  return message;
}

export function useDiagnosticsList({ diagnostics, selectCell }: DiagnosticsListProps): DiagnosticsListState {
  const { language } = useI18n();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  // errors first, then warnings, each in sheet order
  const items: DiagnosticItem[] = [...diagnostics]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.severity === b.d.severity ? a.i - b.i : a.d.severity === 'error' ? -1 : 1))
    .map(({ d, i }) => ({
      key: `${i}:${d.cell ?? ''}:${d.code}`,
      severity: d.severity,
      cell: d.cell,
      text: stripCellPrefix(d.message, d.cell),
    }));

  const onSelect = useCallback(
    (item: DiagnosticItem) => {
      setSelectedKey(item.key);
      if (!item.cell) return;
      setSelectError(null);
      selectCell(item.cell).catch((e: unknown) => setSelectError(errorMessage(e, language)));
    },
    [selectCell, language],
  );

  return {
    items,
    errors: items.filter((i) => i.severity === 'error').length,
    warnings: items.filter((i) => i.severity === 'warning').length,
    selectedKey,
    selectError,
    onSelect,
  };
}
