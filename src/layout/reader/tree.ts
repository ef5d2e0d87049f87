/**
 * From linked records to the engine's PerformanceTree and the NodeLocation of every node.
 * Ids are the codes; perspectives "P:" + normalised title; actions without a usable code
 * "riga N". Children keep the order of the sheet.
 */
import type { PerformanceNode, PerformanceTree } from '../../engine/types';
import type { NodeLocation } from '../types';
import { quoted, type DiagnosticList } from './diagnostics';
import type { NodeRecord } from './records';

/** Id prefix of an uncoded node, by level ('G': the level above the scored rows on five-level sheets). */
const ID_PREFIX: Record<NodeRecord['level'], string> = { perspective: 'P', strategic: 'S', operational: 'O', leafGroup: 'G', action: 'A' };

function byRow(a: NodeRecord, b: NodeRecord): number {
  return a.row - b.row;
}

/** Unique ids: the code, else the forced id; a clash across levels gets "(riga N)". */
function assignIds(records: NodeRecord[], diags: DiagnosticList): void {
  const used = new Map<string, NodeRecord>();
  for (const rec of records) {
    let id = rec.forcedId ?? (rec.level === 'perspective' ? rec.id : rec.code);
    if (!id) id = rec.level === 'action' ? `riga ${rec.row + 1}` : `${ID_PREFIX[rec.level]}:${rec.title.toLowerCase()}`;
    const clash = used.get(id);
    if (clash) {
      if (rec.code !== null && clash.level !== rec.level) {
        diags.error('duplicate-code', rec.row, rec.anchorCol, `il codice ${quoted(rec.code)} è già usato in ${diags.ref(clash.row, clash.anchorCol)}`);
      }
      let n = rec.row + 1;
      id = `${id} (riga ${n})`;
      while (used.has(id)) id = `${id} (riga ${++n})`;
    }
    used.set(id, rec);
    rec.id = id;
  }
}

/** Sorts children by row and extends every block to its children's last row. */
function settle(rec: NodeRecord): void {
  rec.children.sort(byRow);
  for (const child of rec.children) {
    settle(child);
    if (child.lastRow > rec.lastRow) rec.lastRow = child.lastRow;
    if (rec.synthetic && child.row < rec.row) rec.row = child.row;
  }
}

function toNode(rec: NodeRecord, locations: Map<string, NodeLocation>): PerformanceNode {
  const node: PerformanceNode = {
    id: rec.id,
    level: rec.level,
    code: rec.code,
    title: rec.title,
    children: rec.children.map((c) => toNode(c, locations)),
  };
  if (rec.weight !== undefined) node.weight = rec.weight;
  if (rec.target !== undefined) node.target = rec.target;
  if (rec.action) node.action = rec.action;
  locations.set(rec.id, { nodeId: rec.id, row: rec.row, lastRow: rec.lastRow, columns: rec.synthetic ? {} : rec.columns });
  return node;
}

export function buildTree(
  records: NodeRecord[],
  roots: NodeRecord[],
  diags: DiagnosticList,
): { tree: PerformanceTree; locations: Map<string, NodeLocation> } {
  assignIds([...records].sort(byRow), diags);
  const sortedRoots = [...roots].sort(byRow);
  for (const root of sortedRoots) settle(root);
  const locations = new Map<string, NodeLocation>();
  return { tree: { roots: sortedRoots.map((r) => toNode(r, locations)) }, locations };
}
