/**
 * Turns a column description (header path per column + how to fill each cell) and the plan's action
 * rows into a SheetGrid: header rows with merged group headers, one row per action, parent cells on
 * the first row of their block (optionally merged vertically), repeated header blocks and empty rows.
 */
import type { CellInput } from '../../engine/types';
import type { MergedArea, SheetGrid } from '../types';
import type { PlanAction, PlanOperational, PlanPerspective, PlanStrategic, CruscottoPlan } from './planModel';

export type HeaderLabel = string | number;

/** 'action' columns are filled on every row; the others only on the first row of their block. */
export type ColumnLevel = 'perspective' | 'strategic' | 'operational' | 'action';
export type BlockLevel = Exclude<ColumnLevel, 'action'>;

export interface RowContext {
  perspective: PlanPerspective;
  strategic: PlanStrategic;
  operational: PlanOperational;
  action: PlanAction;
  /** 0-based position of the action in the plan */
  index: number;
}

export interface ColumnSpec {
  /** one label per header row, top to bottom; '' = empty */
  header: HeaderLabel[];
  level: ColumnLevel;
  cell: (row: RowContext) => CellInput;
  /** what the column holds, where a variation must respect it (see ./variants shuffleColumns) */
  role?: 'action.weight' | 'action.result';
  /** moves together with the column on its left (the 2020 annex: Peso and its Risultato percentage) */
  glue?: boolean;
}

export interface SheetTable {
  name: string;
  headerRows: number;
  columns: ColumnSpec[];
  rows: RowContext[];
}

export interface MaterialiseOptions {
  /** block levels whose cells are merged vertically over their rows */
  mergeLevels: BlockLevel[];
  /** repeat the header block after every n action rows (page breaks of a printed annex) */
  repeatHeaderEvery?: number;
  /** scatter empty rows between action rows (the synthetic sheets of test/support/generate), drawn from `rng` */
  emptyRows?: boolean;
  rng?: { chance(p: number): boolean };
}

export function planRows(plan: CruscottoPlan): RowContext[] {
  const rows: RowContext[] = [];
  for (const perspective of plan.perspectives)
    for (const strategic of perspective.strategics)
      for (const operational of strategic.operationals)
        for (const action of operational.actions)
          rows.push({ perspective, strategic, operational, action, index: rows.length });
  return rows;
}

function labelText(label: HeaderLabel | undefined): string {
  return label === undefined || label === '' ? '' : String(label);
}

/** Header rows and their horizontal merges (group headers merged across their columns). */
export function renderHeader(columns: ColumnSpec[], headerRows: number): { cells: CellInput[][]; merges: MergedArea[] } {
  const cells: CellInput[][] = [];
  const merges: MergedArea[] = [];
  for (let r = 0; r < headerRows; r++) {
    const row: CellInput[] = columns.map(() => ({ value: null }));
    let c = 0;
    while (c < columns.length) {
      const label = labelText(columns[c].header[r]);
      if (label === '') {
        c++;
        continue;
      }
      // the run of columns sharing this label and everything above it
      let end = c + 1;
      while (end < columns.length && samePrefix(columns[c].header, columns[end].header, r)) end++;
      const isGroup = end - c > 1 && columns.slice(c, end).some((col) => hasDeeperLabel(col.header, r));
      if (isGroup) {
        row[c] = { value: columns[c].header[r] };
        merges.push({ top: r, left: c, bottom: r, right: end - 1 });
        c = end;
      } else {
        row[c] = { value: columns[c].header[r] };
        c++;
      }
    }
    cells.push(row);
  }
  return { cells, merges };
}

function samePrefix(a: HeaderLabel[], b: HeaderLabel[], upTo: number): boolean {
  for (let i = 0; i <= upTo; i++) if (labelText(a[i]) !== labelText(b[i])) return false;
  return true;
}

function hasDeeperLabel(header: HeaderLabel[], r: number): boolean {
  for (let i = r + 1; i < header.length; i++) if (labelText(header[i]) !== '') return true;
  return false;
}

const BLOCK_LEVELS: BlockLevel[] = ['perspective', 'strategic', 'operational'];

function blockNode(row: RowContext, level: BlockLevel): object {
  return row[level];
}

interface OpenSpan {
  node: object | null;
  top: number;
  bottom: number;
}

export function materialise(table: SheetTable, options: MaterialiseOptions): SheetGrid {
  const { columns, headerRows } = table;
  const header = renderHeader(columns, headerRows);
  const cells: CellInput[][] = [];
  const merges: MergedArea[] = [];

  const pushHeader = () => {
    const offset = cells.length;
    for (const row of header.cells) cells.push(row.map((cell) => ({ ...cell })));
    for (const m of header.merges) merges.push({ top: m.top + offset, left: m.left, bottom: m.bottom + offset, right: m.right });
  };
  pushHeader();

  const mergeColumns = columns
    .map((col, index) => ({ col, index }))
    .filter(({ col }) => col.level !== 'action' && options.mergeLevels.includes(col.level as BlockLevel));
  const spans = new Map<number, OpenSpan>(mergeColumns.map(({ index }) => [index, { node: null, top: 0, bottom: 0 }]));
  const closeSpan = (colIndex: number, span: OpenSpan) => {
    if (span.node !== null && span.bottom > span.top) merges.push({ top: span.top, left: colIndex, bottom: span.bottom, right: colIndex });
    span.node = null;
  };

  let previous: RowContext | null = null;
  let afterBreak = false;
  const every = options.repeatHeaderEvery && options.repeatHeaderEvery > 0 ? Math.floor(options.repeatHeaderEvery) : 0;

  for (const row of table.rows) {
    const position = row.index;
    if (every && position > 0 && position % every === 0) {
      spans.forEach((span, colIndex) => closeSpan(colIndex, span));
      pushHeader();
      afterBreak = true;
    } else if (options.emptyRows && options.rng && previous && options.rng.chance(0.05)) {
      cells.push(columns.map(() => ({ value: null })));
    }

    // which blocks start on this row
    const starts: Record<BlockLevel, boolean> = { perspective: false, strategic: false, operational: false };
    let parentChanged = previous === null;
    for (const level of BLOCK_LEVELS) {
      parentChanged = parentChanged || blockNode(row, level) !== blockNode(previous as RowContext, level);
      starts[level] = parentChanged;
    }
    // after a repeated header the perspective and strategic cells show again (Relazione 2020 annex, §5.5)
    const shows: Record<BlockLevel, boolean> = {
      perspective: starts.perspective || afterBreak,
      strategic: starts.strategic || afterBreak,
      operational: starts.operational,
    };

    const r = cells.length;
    const out: CellInput[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c];
      out[c] = col.level === 'action' || shows[col.level] ? col.cell(row) : { value: null };
    }
    cells.push(out);

    for (const { col, index } of mergeColumns) {
      const span = spans.get(index) as OpenSpan;
      const node = blockNode(row, col.level as BlockLevel);
      if (span.node !== node) {
        closeSpan(index, span);
        span.node = node;
        span.top = r;
      }
      span.bottom = r;
    }
    previous = row;
    afterBreak = false;
  }
  spans.forEach((span, colIndex) => closeSpan(colIndex, span));

  return { name: table.name, cells, merges };
}
