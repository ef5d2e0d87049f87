/** A mapping as a body's own sheet might give it (header on rows 3–4, its own level words), for the "Colonne" tests. */
import type { RunOutcome } from '../../src/excel/host';
import type { ColumnMapping, FigureCheck } from '../../src/layout/types';
import { sondrioOutcome } from './mockHost';

export const LEVEL_NAMES = { strategic: 'Area strategica', operational: 'Programma', action: 'Indicatore' };

export function pianoMapping(): ColumnMapping {
  return {
    version: 1,
    sheet: 'Piano 2023',
    headerTop: 2,
    headerBottom: 3,
    columns: [
      { col: 0, header: 'Area strategica', role: 'strategic.title' },
      { col: 1, header: 'Programma', role: 'operational.title' },
      { col: 2, header: 'Cod.', role: 'action.code' },
      { col: 3, header: 'Indicatore', role: 'action.title' },
      { col: 4, header: 'Peso %', role: 'action.weight' },
      { col: 5, header: 'Target 2023', role: 'action.target', year: 2023 },
      { col: 6, header: 'Soglia 80%', role: 'action.threshold', thresholdLevel: 80 },
      { col: 7, header: 'Consuntivo', role: 'action.result' },
      { col: 8, header: 'Note', role: 'ignore' },
      { col: 9, header: '% raggiungimento', role: 'action.output' },
    ],
  };
}

/** the sheet was not recognised: no layout, the reader's proposal (with a column left "non usata") */
export function notRecognisedOutcome(): RunOutcome {
  const outcome = sondrioOutcome();
  const proposal = pianoMapping();
  proposal.columns[5] = { ...proposal.columns[5], role: 'ignore' };
  outcome.report = { ...outcome.report, sheet: 'Piano 2023', nodes: [], organisation: { achievement: null, achievementWithoutOverrides: null, band: null }, layout: null };
  outcome.diagnostics = [
    { severity: 'error', cell: 'Piano 2023', message: 'Piano 2023: intestazione non riconosciuta', code: 'no-header' },
  ];
  return { ...outcome, proposedMapping: proposal };
}

export function recognisedOutcome(): RunOutcome {
  const outcome = sondrioOutcome();
  outcome.report = { ...outcome.report, layout: pianoMapping() };
  return outcome;
}

export function checks(): FigureCheck[] {
  return [
    { cell: 'Cruscotto!AB12', computedCell: 'Cruscotto!AE12', nodeCode: '1.1.2', sheetValue: 85, computed: 80, message: 'Verifica: la percentuale in AB12 è 85,00, il calcolo dà 80,00' },
    { cell: 'Cruscotto!AB20', computedCell: null, nodeCode: '8.1', sheetValue: 70, computed: 72.5, message: 'Verifica: la percentuale in AB20 è 70,00, il calcolo dà 72,50' },
  ];
}
