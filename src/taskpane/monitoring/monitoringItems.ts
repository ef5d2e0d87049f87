/**
 * The rows of the monitoring view (issue 9 item 3) as the pane shows them: name, scostamento in its unit, state,
 * the figures compared and the notes. The note that the year-end target was used is the pane's own (in the pane's
 * language, from `targetPeriod`); any other note of the row is the product's Italian message, shown as it is
 * (as diagnostics are). Pure.
 */
import { YEAR_END_NOTE, type MonitoringReportRow } from '../../layout/monitoring';
import type { MonitoringState } from '../../engine/monitoring';
import type { Language, Strings } from '../i18n/strings';
import { formatDeviation } from './formatDeviation';

export interface MonitoringItem {
  key: string;
  cell: string | null;
  code: string | null;
  title: string;
  /** "Scostamento: +2,01 p.p." */
  deviationText: string;
  state: MonitoringState;
  stateText: string;
  /** "risultato 45 · target al 30/6 50"; null when the row has no target or no result */
  figuresText: string | null;
  notes: string[];
}


/**
 * The row's note without the layout's year-end sentence (the pane says it in its own words), which the layout puts
 * first. The rest stays whole: a composite target's note lists its scostamenti with «; » («(+266; +4)»).
 */
function otherNote(note: string | null): string | null {
  const text = (note ?? '').trim();
  if (text === YEAR_END_NOTE) return null;
  const rest = text.startsWith(`${YEAR_END_NOTE}; `) ? text.slice(YEAR_END_NOTE.length + 2).trim() : text;
  return rest === '' ? null : rest;
}

const STATES: ReadonlyArray<MonitoringState> = ['in-linea', 'in-ritardo', 'non-rilevabile'];

function stateOf(row: MonitoringReportRow): MonitoringState {
  return STATES.includes(row.state) ? row.state : 'non-rilevabile';
}

export function monitoringItems(rows: ReadonlyArray<MonitoringReportRow>, t: Strings, language: Language): MonitoringItem[] {
  return rows.map((row, index) => {
    const state = stateOf(row);
    const notes: string[] = [];
    if (row.targetPeriod === 'al 31/12') notes.push(t.yearEndTargetUsed);
    const rest = otherNote(row.note);
    if (rest) notes.push(rest);
    return {
      key: `${index}:${row.cell ?? row.code ?? row.title}`,
      cell: row.cell,
      code: row.code,
      title: row.title,
      deviationText: t.deviation(formatDeviation(row.deviation, row.unit, t, language, row.components)),
      state,
      stateText: t.monitoringStates[state],
      figuresText: row.result !== null && row.target !== null && row.targetPeriod !== null ? t.monitoringFigures(row.result, row.target, row.targetPeriod) : null,
      notes,
    };
  });
}

/** The pane counts its items by the layout's one rule. */
export { monitoringCounts } from '../../layout/monitoring';
