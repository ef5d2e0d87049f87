/**
 * Lays a plan out as a sheet in one of the Sondrio shapes (used by the example of `cruscotto esempio`, and by
 * the synthetic sheets and fixtures of the tests, which add their variations through `adjustColumns`/`rows`).
 */
import type { SheetGrid } from '../types';
import { HEADER_ROWS, layoutColumns, type LayoutName } from './layouts';
import type { CruscottoPlan, PlanAction } from './planModel';
import { materialise, planRows, type BlockLevel, type ColumnSpec, type MaterialiseOptions } from './sheetTable';

export interface LayoutRenderOptions {
  layout: LayoutName;
  sheetName: string;
  /** false: the Risultato column is left empty (a plan not yet measured) */
  withResults?: boolean;
  /** merge perspective and strategic cells over their rows (default: every layout but '2018') */
  mergeParents?: boolean;
  /** add "Stato" / "% assegnata" + "Motivazione" even when no action of the plan has one */
  statusColumn?: boolean;
  overrideColumns?: boolean;
  /** variations on the columns (extra columns, order, typos) */
  adjustColumns?: (columns: ColumnSpec[], headerRows: number) => ColumnSpec[];
  /** repeated headers and empty rows */
  rows?: Pick<MaterialiseOptions, 'repeatHeaderEvery' | 'emptyRows' | 'rng'>;
}

function someAction(plan: CruscottoPlan, has: (a: PlanAction) => unknown): boolean {
  return plan.perspectives.some((p) => p.strategics.some((s) => s.operationals.some((o) => o.actions.some((a) => has(a)))));
}

export function renderPlan(plan: CruscottoPlan, options: LayoutRenderOptions): SheetGrid {
  const layout = options.layout;
  const headerRows = HEADER_ROWS[layout];
  let columns = layoutColumns(layout, plan, {
    statusColumn: options.statusColumn === true || someAction(plan, (a) => a.status),
    overrideColumns: options.overrideColumns === true || someAction(plan, (a) => a.override || a.motivation),
    directionColumn: someAction(plan, (a) => a.direction),
    withResults: options.withResults ?? true,
  });
  if (options.adjustColumns) columns = options.adjustColumns(columns, headerRows);
  const mergeParents = options.mergeParents ?? layout !== '2018';
  const mergeLevels: BlockLevel[] = mergeParents ? (layout === '2018' ? ['strategic'] : ['perspective', 'strategic']) : [];
  return materialise({ name: options.sheetName, headerRows, columns, rows: planRows(plan) }, { mergeLevels, ...options.rows });
}
