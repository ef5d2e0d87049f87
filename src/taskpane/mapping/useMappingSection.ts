/**
 * When the "Colonne" view shows and with which mapping: after a run whose sheet was not recognised it
 * opens by itself with the reader's proposal; otherwise the user opens it (button, or the notice that the
 * saved mapping no longer fits the sheet).
 */
import { useCallback, useEffect, useState } from 'react';
import type { RunOutcome } from '../../excel/host';
import type { ColumnMapping, Diagnostic } from '../../layout/types';
import { isStaleMappingDiagnostic, levelNamesOf } from './mappingForm';
import type { LevelNames } from './roleLabels';

export interface MappingSectionState {
  /** what the view shows: the reader's understanding, else its proposal */
  mapping: ColumnMapping | null;
  levelNames: LevelNames | null;
  /** report.layout is null and a proposal came with the run */
  notRecognised: boolean;
  /** the run's diagnostic saying the saved mapping no longer fits */
  stale: Diagnostic | null;
  open: boolean;
  /** grows each time the view should take the focus (opened by itself or from the notice); 0 = never */
  focusRequest: number;
  toggle: () => void;
  openFromNotice: () => void;
}

export function useMappingSection(outcome: RunOutcome | null): MappingSectionState {
  const [open, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const layout = outcome?.report.layout;
  const proposal = outcome?.proposedMapping ?? null;
  const notRecognised = outcome !== null && layout === null && proposal !== null;

  useEffect(() => {
    if (notRecognised) {
      setFocusRequest((n) => n + 1);
      setOpen(true);
    }
    // each run is a new outcome: a sheet still not recognised opens the view again
  }, [outcome]);

  const toggle = useCallback(() => {
    setFocusRequest(0);
    setOpen((o) => !o);
  }, []);
  const openFromNotice = useCallback(() => {
    setFocusRequest((n) => n + 1);
    setOpen(true);
  }, []);

  return {
    mapping: layout ?? proposal,
    levelNames: levelNamesOf(outcome?.report, proposal),
    notRecognised,
    stale: outcome?.diagnostics.find(isStaleMappingDiagnostic) ?? null,
    open,
    focusRequest,
    toggle,
    openFromNotice,
  };
}
