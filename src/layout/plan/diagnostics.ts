/** Engine diagnostics pointed at the cell of the node's faulty input: "Cruscotto!P14: …". */
import type { EngineDiagnostic, PerformanceNode } from '../../engine/types';
import { cellRef, sheetPrefix } from '../address';
import type { Diagnostic, NodeLocation, ReadResult } from '../types';

type Field = NonNullable<EngineDiagnostic['field']>;

/** Which location column holds each field, best first. */
const FIELD_COLUMNS: Record<Field, Array<keyof NodeLocation['columns']>> = {
  target: ['target', 'kpi'],
  thresholds: ['thresholds', 'target'],
  result: ['result'],
  weight: ['weight'],
  override: ['override', 'motivation'],
  direction: ['direction', 'target'],
  method: ['method', 'target'],
  baseline: ['baseline', 'target'],
};

/** "Cruscotto!P14" for a node's field; the code (or title) cell when the field has no column; null without a location. */
export function nodeFieldCell(sheet: string, loc: NodeLocation | undefined, field?: Field): string | null {
  if (!loc) return null;
  const order: Array<keyof NodeLocation['columns']> = [...(field ? FIELD_COLUMNS[field] : []), 'code', 'title'];
  for (const key of order) {
    const col = loc.columns[key];
    if (col !== undefined) return cellRef(sheet, loc.row, col);
  }
  return null;
}

/** Every node of the tree by id (for the children of a node the sheet has no row of its own for). */
function nodesById(read: ReadResult): Map<string, PerformanceNode> {
  const out = new Map<string, PerformanceNode>();
  const walk = (n: PerformanceNode): void => {
    out.set(n.id, n);
    n.children.forEach(walk);
  };
  read.tree.roots.forEach(walk);
  return out;
}

/**
 * The cell of a node's field; for a node with no cells of its own (an objective the reader made up from its
 * actions' codes) the same field of its first child that has one, so the message still names a cell.
 */
export function nodeCell(read: ReadResult, nodeId: string, field: Field | undefined, nodes: () => Map<string, PerformanceNode>): string | null {
  const own = nodeFieldCell(read.sheet, read.locations.get(nodeId), field);
  if (own !== null) return own;
  const node = nodes().get(nodeId);
  for (const child of node?.children ?? []) {
    const cell = nodeCell(read, child.id, field, nodes);
    if (cell !== null) return cell;
  }
  return null;
}

export function engineDiagnostics(read: ReadResult, diagnostics: EngineDiagnostic[]): Diagnostic[] {
  let byId: Map<string, PerformanceNode> | null = null;
  const nodes = () => (byId ??= nodesById(read));
  return diagnostics.map((d) => {
    const cell = d.nodeId ? nodeCell(read, d.nodeId, d.field, nodes) : null;
    const where = cell ?? sheetPrefix(read.sheet);
    return { severity: d.severity, cell: cell ?? read.sheet, message: `${where}: ${d.message}`, code: d.code };
  });
}

/**
 * Every diagnostic of a run, reader first. A warning on a cell that already carries an error is dropped: the error
 * says what to fix (a result «circa 30» is an error; that the action then has no result is its consequence).
 */
export function allDiagnostics(read: ReadResult, engine: EngineDiagnostic[]): Diagnostic[] {
  const all = [...read.diagnostics, ...engineDiagnostics(read, engine)];
  const errorCells = new Set(all.filter((d) => d.severity === 'error' && d.cell !== null && d.cell !== read.sheet).map((d) => d.cell));
  return all.filter((d) => d.severity === 'error' || d.cell === null || !errorCells.has(d.cell));
}
