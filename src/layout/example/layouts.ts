/**
 * Column layouts of the three cruscotto shapes, after the Sondrio documents:
 * - '2022': the plan 2022 (cruscotto-2022), 4 header rows, plus Risultato typed in after Relatore;
 * - '2020': the annex of the Relazione 2020 (lines 196-261), with empty Risultato columns per level;
 * - '2018': the Relazione 2018 blocks as a sheet, target and soglia in one cell (§2.1).
 */
import type { CellInput } from '../../engine/types';
import { MOTIVATION_HEADER, OVERRIDE_HEADER } from '../outputColumns';
import { combinedTarget2018, kpiToCell } from './kpiCell';
import type { CruscottoPlan } from './planModel';
import type { ColumnSpec, HeaderLabel, RowContext } from './sheetTable';

export type LayoutName = '2022' | '2020' | '2018';

export const STATUS_HEADER = 'Stato';
export const DIRECTION_HEADER = 'Direzione';
export const DIRECTION_WORDS = { higher: 'crescente', lower: 'decrescente' } as const;
export const HEADER_ROWS: Record<LayoutName, number> = { '2022': 4, '2020': 2, '2018': 2 };

export interface LayoutOptions {
  /** add "Stato" */
  statusColumn: boolean;
  /** add "% assegnata" and "Motivazione" */
  overrideColumns: boolean;
  /** add "Direzione" */
  directionColumn: boolean;
  /** leave the Risultato column empty (a plan not yet measured) */
  withResults: boolean;
}

const EMPTY: CellInput = { value: null };

export function weightCell(weight: number | null | undefined): CellInput {
  if (weight === null || weight === undefined) return { value: null };
  const integral = Number.isInteger(weight);
  const decimals = integral ? 0 : Number.isInteger(weight * 10) ? 1 : 2;
  return {
    value: Math.round(weight * 10 ** decimals) / 10 ** (decimals + 2),
    numberFormat: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`,
  };
}

function text(value: string | null | undefined): CellInput {
  return value === null || value === undefined || value === '' ? { value: null } : { value };
}

function percentPoints(points: number | undefined): CellInput {
  return points === undefined ? EMPTY : { value: points / 100, numberFormat: '0%' };
}

function pad(header: HeaderLabel[], rows: number): HeaderLabel[] {
  const out = header.slice();
  while (out.length < rows) out.push('');
  return out;
}

function col(
  header: HeaderLabel[],
  level: ColumnSpec['level'],
  cell: (row: RowContext) => CellInput,
  rows: number,
  extra: Pick<ColumnSpec, 'role' | 'glue'> = {},
): ColumnSpec {
  return { header: pad(header, rows), level, cell, ...extra };
}

/** Threshold levels used by the plan (from the first action that has soglie), default 80 / 60. */
export function thresholdLevels(plan: CruscottoPlan): number[] {
  let best: number[] = [];
  for (const p of plan.perspectives)
    for (const s of p.strategics)
      for (const o of s.operationals)
        for (const a of o.actions) if (a.thresholds.length > best.length) best = a.thresholds.map((t) => t.level);
  return best.length > 0 ? best : [80, 60];
}

function trailingInputColumns(group: string, rows: number, options: LayoutOptions, top: boolean): ColumnSpec[] {
  const path = (label: string): HeaderLabel[] => (top ? [label] : [group, label]);
  const out: ColumnSpec[] = [];
  if (options.directionColumn) {
    out.push(col(path(DIRECTION_HEADER), 'action', (r) => text(r.action.direction ? DIRECTION_WORDS[r.action.direction] : null), rows));
  }
  if (options.statusColumn) out.push(col(path(STATUS_HEADER), 'action', (r) => text(r.action.status), rows));
  if (options.overrideColumns) {
    out.push(
      col(path(OVERRIDE_HEADER), 'action', (r) => (r.action.override ? { value: r.action.override.achievement } : EMPTY), rows),
      col(path(MOTIVATION_HEADER), 'action', (r) => text(r.action.override?.motivation ?? r.action.motivation), rows),
    );
  }
  return out;
}

function resultColumn(header: HeaderLabel[], rows: number, options: LayoutOptions): ColumnSpec {
  return col(header, 'action', (r) => (options.withResults ? kpiToCell(r.action.result) : EMPTY), rows, { role: 'action.result' });
}

function weightColumn(header: HeaderLabel[], rows: number): ColumnSpec {
  return col(header, 'action', (r) => weightCell(r.action.weight), rows, { role: 'action.weight' });
}

/** The 2022 plan layout (cruscotto-2022 first block): groups / columns / years and Soglie / 80% 60%. */
export function columns2022(plan: CruscottoPlan, options: LayoutOptions): ColumnSpec[] {
  const H = HEADER_ROWS['2022'];
  const year = plan.planYear;
  const levels = thresholdLevels(plan);
  const S = 'Obiettivi strategici';
  const O = 'Obiettivi operativi';
  const A = 'Azioni';
  const cols: ColumnSpec[] = [
    col(['Prospettiva'], 'perspective', (r) => text(r.perspective.title), H),
    col([S, 'cod.'], 'strategic', (r) => text(r.strategic.code), H),
    col([S, 'descrizione'], 'strategic', (r) => text(r.strategic.title), H),
    col([S, 'kpi'], 'strategic', () => ({ value: 'ponderazione' }), H),
  ];
  for (let i = 0; i < 3; i++) cols.push(col([S, 'Target', year + i], 'strategic', (r) => percentPoints(r.strategic.targets[i]), H));
  cols.push(
    col([O, 'cod.'], 'operational', (r) => text(r.operational.code), H),
    col([O, 'titolo / descrizione'], 'operational', (r) => text(r.operational.title), H),
    col([O, 'peso'], 'operational', (r) => weightCell(r.operational.weight), H),
    col([O, 'kpi'], 'operational', () => ({ value: 'ponderazione' }), H),
    col([A, 'cod.'], 'action', (r) => text(r.action.code), H),
    col([A, 'titolo / descrizione'], 'action', (r) => text(r.action.title), H),
    weightColumn([A, 'Peso'], H),
    col([A, 'kpi'], 'action', (r) => text(r.action.kpi), H),
    col([A, 'target'], 'action', (r) => kpiToCell(r.action.target), H),
  );
  levels.forEach((level, i) =>
    cols.push(col([A, year, 'Soglie', `${level}%`], 'action', (r) => kpiToCell(r.action.thresholds[i]?.value), H)),
  );
  for (let i = 1; i <= 2; i++) cols.push(col([A, year + i], 'action', (r) => kpiToCell(r.action.laterTargets?.[i - 1]), H));
  cols.push(
    col([A, 'Relatore'], 'action', (r) => text(r.action.owner), H),
    resultColumn([A, 'Risultato'], H, options),
    ...trailingInputColumns(A, H, options, false),
  );
  return cols;
}

/** The 2020 annex layout, with the strategic Target and the soglie the annex lacks. */
export function columns2020(plan: CruscottoPlan, options: LayoutOptions): ColumnSpec[] {
  const H = HEADER_ROWS['2020'];
  const levels = thresholdLevels(plan);
  const O = 'Obiettivi operativi';
  const A = 'Azioni';
  const cols: ColumnSpec[] = [
    col(['Prospettiva BSC'], 'perspective', (r) => text(r.perspective.title), H),
    col(['Risultato'], 'perspective', () => EMPTY, H),
    col(['Obiettivo Strategico'], 'strategic', (r) => text(r.strategic.title), H),
    col(['Target'], 'strategic', (r) => percentPoints(r.strategic.targets[0]), H),
    col(['Risultato'], 'strategic', () => EMPTY, H),
    col([O, 'cod.'], 'operational', (r) => text(r.operational.code), H),
    col([O, 'titolo / descrizione'], 'operational', (r) => text(r.operational.title), H),
    col([O, 'peso'], 'operational', (r) => weightCell(r.operational.weight), H),
    col([O, 'Risultato'], 'operational', () => EMPTY, H, { glue: true }),
    col([A, 'cod.'], 'action', (r) => text(r.action.code), H),
    col([A, 'titolo / descrizione'], 'action', (r) => text(r.action.title), H),
    weightColumn([A, 'Peso'], H),
    // the annex's "Risultato" right after Peso is the action's percentage (an output, left empty)
    col([A, 'Risultato'], 'action', () => EMPTY, H, { glue: true }),
    col([A, 'kpi'], 'action', (r) => text(r.action.kpi), H),
    col([A, 'target'], 'action', (r) => kpiToCell(r.action.target), H),
  ];
  levels.forEach((level, i) => cols.push(col([A, `Soglie ${level}%`], 'action', (r) => kpiToCell(r.action.thresholds[i]?.value), H)));
  cols.push(
    resultColumn([A, 'Risultato'], H, options),
    col(['PERCENTUALE RAGGIUNGIMENTO'], 'action', () => EMPTY, H),
    ...trailingInputColumns('', H, options, true),
  );
  return cols;
}

function target2018(row: RowContext): CellInput {
  const { target, thresholds } = row.action;
  if (!target) return EMPTY;
  const known = thresholds.filter((t): t is { level: number; value: NonNullable<typeof t.value> } => t.value !== null);
  return { value: combinedTarget2018(target, known) };
}

/**
 * A 2018-style sheet: no perspectives, one target cell `67=100% - soglia minima 40=60%`. Peso comes
 * before the KPI (as in the 2022 plan) so that "Risultato" follows the target: a "Risultato" right
 * after a Peso reads as the action's percentage in the 2020 annex.
 */
export function columns2018(plan: CruscottoPlan, options: LayoutOptions): ColumnSpec[] {
  const H = HEADER_ROWS['2018'];
  const S = 'Obiettivo strategico';
  const O = 'Obiettivo operativo';
  const A = 'Azione';
  return [
    col([S, 'cod.'], 'strategic', (r) => text(r.strategic.code), H),
    col([S, 'titolo'], 'strategic', (r) => text(r.strategic.title), H),
    col([O, 'cod.'], 'operational', (r) => text(r.operational.code), H),
    col([O, 'titolo'], 'operational', (r) => text(r.operational.title), H),
    col([O, 'peso'], 'operational', (r) => weightCell(r.operational.weight), H),
    col([A, 'cod.'], 'action', (r) => text(r.action.code), H),
    col([A, 'titolo'], 'action', (r) => text(r.action.title), H),
    weightColumn([A, 'Peso'], H),
    col([A, 'Indicatore'], 'action', (r) => text(r.action.kpi), H),
    col([A, 'Target'], 'action', target2018, H),
    resultColumn([A, `Risultato ${plan.planYear}`], H, options),
    ...trailingInputColumns(A, H, options, false),
  ];
}

export function layoutColumns(layout: LayoutName, plan: CruscottoPlan, options: LayoutOptions): ColumnSpec[] {
  switch (layout) {
    case '2022':
      return columns2022(plan, options);
    case '2020':
      return columns2020(plan, options);
    case '2018':
      return columns2018(plan, options);
  }
}
