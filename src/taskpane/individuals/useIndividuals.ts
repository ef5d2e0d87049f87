/** View state of «Obiettivi individuali»: the persons of the last run, which are open, selecting an objective's cell. */
import { useCallback, useMemo, useState } from 'react';
import type { IndividualsReport } from '../../layout/types';
import { errorMessage } from '../common/errorMessage';
import { useI18n } from '../i18n/I18nContext';
import { personEntries, type ObjectiveEntry, type PersonEntry } from './personEntries';

export interface IndividualsProps {
  individuals: IndividualsReport | null | undefined;
  /** host.selectCell */
  selectCell: (reference: string) => Promise<void>;
}

export interface IndividualsState {
  /** false when the run read no individual objectives sheet: nothing to show */
  shown: boolean;
  sheet: string;
  persons: PersonEntry[];
  isExpanded: (key: string) => boolean;
  toggle: (key: string) => void;
  /** the cell last selected from the list */
  selectedCell: string | null;
  selectError: string | null;
  onSelect: (objective: ObjectiveEntry) => void;
}

export function useIndividuals({ individuals, selectCell }: IndividualsProps): IndividualsState {
  const { t, language } = useI18n();
  const persons = useMemo(() => personEntries(individuals, t, language), [individuals, t, language]);
  // all closed at first: one line per person; a person's choice survives a new run (keys: order + name)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [selectedCell, setSelectedCell] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);

  const toggle = useCallback((key: string) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const isExpanded = useCallback((key: string) => open.has(key), [open]);

  const onSelect = useCallback(
    (objective: ObjectiveEntry) => {
      const cell = objective.cell;
      if (!cell) return;
      setSelectedCell(cell);
      setSelectError(null);
      selectCell(cell).catch((e: unknown) => setSelectError(errorMessage(e, language)));
    },
    [selectCell, language],
  );

  return { shown: Boolean(individuals), sheet: individuals?.sheet ?? '', persons, isExpanded, toggle, selectedCell, selectError, onSelect };
}
