/** View state of «Monitoraggio al 30/6»: the rows of the last run in the period 'monitoraggio', selecting a row's cell. */
import { useCallback, useMemo, useState } from 'react';
import type { JsonReport } from '../../layout/types';
import { errorMessage } from '../common/errorMessage';
import { useI18n } from '../i18n/I18nContext';
import { monitoringCounts, monitoringItems, type MonitoringItem } from './monitoringItems';

export interface MonitoringViewProps {
  monitoring: JsonReport['monitoring'] | null | undefined;
  /** host.selectCell */
  selectCell: (reference: string) => Promise<void>;
}

export interface MonitoringViewState {
  /** false outside the period 'monitoraggio': nothing to show */
  shown: boolean;
  items: MonitoringItem[];
  countsText: string;
  selectedKey: string | null;
  selectError: string | null;
  onSelect: (item: MonitoringItem) => void;
}

export function useMonitoringView({ monitoring, selectCell }: MonitoringViewProps): MonitoringViewState {
  const { t, language } = useI18n();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const items = useMemo(() => monitoringItems(monitoring?.rows ?? [], t, language), [monitoring, t, language]);
  const counts = monitoringCounts(items);

  const onSelect = useCallback(
    (item: MonitoringItem) => {
      if (!item.cell) return;
      setSelectedKey(item.key);
      setSelectError(null);
      selectCell(item.cell).catch((e: unknown) => setSelectError(errorMessage(e, language)));
    },
    [selectCell, language],
  );

  return {
    shown: monitoring?.period === 'monitoraggio',
    items,
    countsText: t.monitoringCounts(counts['in-linea'], counts['in-ritardo'], counts['non-rilevabile']),
    selectedKey,
    selectError,
    onSelect,
  };
}
