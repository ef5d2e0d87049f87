/**
 * State of the "partial figures" bar (issue 8, item 2): when the last run had cells in error, the figures of the
 * pane (and of the Riepilogo) are partial, and the pane says so at the top of the results, prominently.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Diagnostic } from '../../layout/types';
import type { Language } from '../i18n/strings';
import { errorMessage } from '../common/errorMessage';
import { useI18n } from '../i18n/I18nContext';

export interface PartialFiguresProps {
  diagnostics: ReadonlyArray<Diagnostic>;
  /** the Riepilogo written by the run, if any (it lists the same cells at its top) */
  summarySheet?: string | null;
  /** host.selectCell */
  selectCell: (reference: string) => Promise<void>;
}

export interface PartialFiguresTexts {
  title: string;
  body: (cells: number, summarySheet: string | null) => string;
  goToFirst: (cell: string) => string;
  selectFailed: (detail: string) => string;
}

const TEXTS: Record<Language, PartialFiguresTexts> = {
  it: {
    title: 'Cifre parziali',
    body: (n, sheet) =>
      `${n === 1 ? '1 cella ha un errore' : `${n} celle hanno errori`}: le azioni interessate restano senza valore e gli obiettivi sopra di esse sono calcolati senza di loro.` +
      (sheet ? ` Anche il foglio «${sheet}» lo dice in cima, con l'elenco delle celle.` : '') +
      ' Correggere le celle indicate nelle segnalazioni e ricalcolare.',
    goToFirst: (cell) => `Vai a ${cell}`,
    selectFailed: (d) => `Impossibile selezionare la cella: ${d}`,
  },
  en: {
    title: 'Partial figures',
    body: (n, sheet) =>
      `${n === 1 ? '1 cell has an error' : `${n} cells have errors`}: the actions concerned have no value and the objectives above them are computed without them.` +
      (sheet ? ` The «${sheet}» sheet says so at its top, with the list of cells.` : '') +
      ' Correct the cells listed under the diagnostics and recalculate.',
    goToFirst: (cell) => `Go to ${cell}`,
    selectFailed: (d) => `The cell could not be selected: ${d}`,
  },
};

export interface PartialFiguresState {
  /** cells in error (distinct); 0 = nothing to show */
  cells: number;
  firstCell: string | null;
  summarySheet: string | null;
  texts: PartialFiguresTexts;
  selectError: string | null;
  goToFirst: () => void;
}

export function usePartialFigures({ diagnostics, summarySheet, selectCell }: PartialFiguresProps): PartialFiguresState {
  const { language } = useI18n();
  const [selectError, setSelectError] = useState<string | null>(null);
  const { cells, firstCell } = useMemo(() => {
    const errorCells = new Set<string>();
    let first: string | null = null;
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      errorCells.add(d.cell ?? d.message);
      // a cell reference ("Cruscotto!P14"), not a sheet-level error
      if (first === null && d.cell !== null && d.cell.includes('!')) first = d.cell;
    }
    return { cells: errorCells.size, firstCell: first };
  }, [diagnostics]);
  const goToFirst = useCallback(() => {
    if (firstCell === null) return;
    setSelectError(null);
    selectCell(firstCell).catch((e: unknown) => setSelectError(errorMessage(e, language)));
  }, [firstCell, selectCell, language]);
  return { cells, firstCell, summarySheet: summarySheet ?? null, texts: TEXTS[language], selectError, goToFirst };
}
