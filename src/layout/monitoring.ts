/**
 * The monitoring view of a run in the period 'monitoraggio' (issue 9 item 3): for every scored row, the target
 * of the period (the "Target al 30/6" column, else the year-end target, and the note says so), the result, the
 * scostamento in the KPI's unit and the state, from the engine's monitorRow (../engine/monitoring). Reads the
 * interim target cells with the engine's value reader; an unreadable one is an error naming its cell, and the
 * row falls back to nothing (non rilevabile), never to a silent 0. Pure.
 */
import { monitorRow, monitoringStateLabel, type DeviationUnit, type MonitoringState } from '../engine/monitoring';
import { monitorCompositeTexts, type CompositeFigure } from '../engine/monitoringComposite';
import { formatDeviation } from './deviationText';
import type { KpiValue, Profile, ScoreResult, TargetSpec } from '../engine/types';
import { parseTargetSpec } from '../engine/values';
import { cellRef, sheetPrefix } from './address';
import { flattenScores } from './plan/walk';
import { cellAt, cellText, isBlank } from './reader/cellText';
import { adaptValueMessage } from './reader/diagnostics';
import type { Diagnostic, ReadResult, SheetGrid } from './types';

export interface MonitoringReportRow {
  /** the cell of the row's result (else of its code), "Cruscotto!H7" */
  cell: string | null;
  code: string | null;
  title: string;
  /** the target used, as typed ("15", "75,00%"); null when none */
  target: string | null;
  /** 'al 30/6' or 'al 31/12' (no interim target: the year-end one) */
  targetPeriod: 'al 30/6' | 'al 31/12' | null;
  result: string | null;
  /** result − target in `unit` (percent points, days between dates); null when not computable */
  deviation: number | null;
  unit: DeviationUnit | null;
  state: MonitoringState;
  /** "in linea", "in ritardo", "non rilevabile" */
  stateLabel: string;
  /** Italian: the fallback to the year-end target, or why the row is not rilevabile */
  note: string | null;
  /** a composite target ("≥3.500 in 2 riunioni"): one scostamento per count, in order; `deviation` is then null */
  components?: number[];
}

/** One scored row's figure at 30/6 in the add-in's columns: the scostamento (null = not computable) and the state. */
export interface MonitoredNode {
  deviation: number | null;
  state: MonitoringState;
  /** a composite target: one scostamento per count, in order (then `deviation` is null) */
  components?: number[];
}

export interface MonitoringView {
  rows: MonitoringReportRow[];
  /** the scostamento and state of each scored row by node id, for the add-in's columns «Scostamento al 30/6» and «Stato al 30/6» */
  byNode: Map<string, MonitoredNode>;
  diagnostics: Diagnostic[];
}

/** The note of a row measured against the year-end target (the pane shows its own words for it). */
export const YEAR_END_NOTE = 'nessun target al 30/6: scostamento calcolato sul target al 31/12';

function rawOf(v: KpiValue | null): string | null {
  if (!v || v.kind === 'empty') return null;
  return v.raw;
}

/** The report row of a composite target or a list of deliverables, read from the texts (interim target and result). */
function compositeRow(figure: CompositeFigure, base: Pick<MonitoringReportRow, 'cell' | 'code' | 'title' | 'target' | 'result'>): MonitoringReportRow {
  const state: MonitoringState = figure.inLine ? 'in-linea' : 'in-ritardo';
  const composite = figure.kind === 'composite';
  const note = composite
    ? `target composto: uno scostamento per ciascun valore, nell'ordine (${figure.deviations.map((d) => formatDeviation({ deviation: d.toNumber(), unit: 'none' })).join('; ')})`
    : `elenco di ${figure.planned} attività previste al 30/6: scostamento = attività svolte − attività previste`;
  return {
    ...base,
    targetPeriod: 'al 30/6',
    deviation: composite ? null : figure.deviations[0].toNumber(),
    unit: 'none',
    state,
    stateLabel: monitoringStateLabel(state),
    note,
    ...(composite ? { components: figure.deviations.map((d) => d.toNumber()) } : {}),
  };
}

/** How many rows are in each state at 30/6: the one count the Riepilogo, the CLI, the ribbon and the pane say. */
export function monitoringCounts(rows: ReadonlyArray<{ state: MonitoringState }>): Record<MonitoringState, number> {
  const counts: Record<MonitoringState, number> = { 'in-linea': 0, 'in-ritardo': 0, 'non-rilevabile': 0 };
  for (const row of rows) counts[row.state] += 1;
  return counts;
}

export function buildMonitoring(read: ReadResult, score: ScoreResult, grid: SheetGrid, profile: Profile, planYear: number): MonitoringView {
  const diagnostics: Diagnostic[] = [];
  const layout = read.layout;
  const byNode = new Map<string, MonitoredNode>();
  if (!layout) return { rows: [], byNode, diagnostics };
  const colOf = (role: string) => layout.columns.find((c) => c.role === role)?.col;
  const interimCol = colOf('action.targetInterim');
  const resultCol = colOf('action.result');
  const codeCol = colOf('action.code');
  if (interimCol === undefined) {
    diagnostics.push({
      severity: 'warning',
      cell: read.sheet,
      code: 'no-interim-target',
      message: `${sheetPrefix(read.sheet)}: periodo «monitoraggio» ma il foglio non ha la colonna «Target al 30/6»: gli scostamenti sono calcolati sul target di fine anno`,
    });
  }
  const rows: MonitoringReportRow[] = [];
  for (const { scored } of flattenScores(score)) {
    const node = scored.node;
    if (node.level !== 'action' || !node.action) continue;
    const location = read.locations.get(node.id);
    const row = location?.row;
    const refCol = resultCol ?? codeCol;
    const cell = row !== undefined && refCol !== undefined ? cellRef(read.sheet, row, refCol) : null;
    let interim: TargetSpec | null = null;
    let interimBad = false;
    if (row !== undefined && interimCol !== undefined) {
      const input = cellAt(grid.cells, row, interimCol);
      if (input && !isBlank(input)) {
        const parsed = parseTargetSpec(input, { planYear }, profile.defaultThresholdLevels);
        if (parsed.ok) interim = parsed.value;
        else {
          // a composite target or a list of deliverables has its own scostamenti (../engine/monitoringComposite)
          const resultText = resultCol === undefined ? '' : cellText(cellAt(grid.cells, row, resultCol));
          const composite = monitorCompositeTexts(cellText(input), resultText, scored.direction);
          if (composite) {
            rows.push(compositeRow(composite, { cell, code: node.code, title: node.title, target: cellText(input).trim(), result: resultText.trim() }));
            byNode.set(node.id, { deviation: composite.kind === 'deliverables' ? composite.deviations[0].toNumber() : null, state: composite.inLine ? 'in-linea' : 'in-ritardo', components: composite.deviations.map((d) => d.toNumber()) });
            continue;
          }
          interimBad = true;
          const ref = cellRef(read.sheet, row, interimCol);
          diagnostics.push({ severity: 'error', cell: ref, code: 'bad-interim-target', message: `${ref}: ${adaptValueMessage('il target al 30/6', parsed.problem)}` });
        }
      }
    }
    const figure = interimBad
      ? null
      : monitorRow({ result: node.action.result, interimTarget: interim, yearEndTarget: node.action.targetSpec, direction: scored.direction });
    const state: MonitoringState = figure ? figure.state : 'non-rilevabile';
    const notes: string[] = [];
    if (interimBad) notes.push('il target al 30/6 non si legge');
    else if (figure?.targetUsed && figure.targetFromYearEnd) notes.push(YEAR_END_NOTE);
    if (figure?.reason) notes.push(figure.reason);
    const deviation = figure?.deviation ? figure.deviation.toNumber() : null;
    byNode.set(node.id, { deviation, state });
    rows.push({
      cell,
      code: node.code,
      title: node.title,
      target: rawOf(figure?.targetUsed ?? null),
      targetPeriod: figure?.targetUsed ? (figure.targetFromYearEnd ? 'al 31/12' : 'al 30/6') : null,
      result: rawOf(node.action.result),
      deviation,
      unit: figure?.unit ?? null,
      state,
      stateLabel: monitoringStateLabel(state),
      note: notes.length > 0 ? notes.join('; ') : null,
    });
  }
  return { rows, byNode, diagnostics };
}
