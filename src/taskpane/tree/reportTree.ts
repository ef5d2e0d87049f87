/**
 * Rebuilds the performance tree (prospettiva > strategico > operativo > [raggruppamento >] azione) from the flat node
 * list of the JSON report. `parent` names the parent by its code (or, for uncoded perspectives, by
 * "P:" + title or its title); when a parent cannot be found, the document order and the levels decide.
 */
import type { JsonReport, ReportNode } from '../../layout/types';

export type ReportLevel = ReportNode['level'];

export interface TreeEntry {
  /** unique key within the tree */
  key: string;
  node: ReportNode;
  /** the achievement differs from the formula: a percentage was assigned ("sentito l'OIV") */
  overridden: boolean;
  children: TreeEntry[];
}

/** 'leafGroup': the level between operational objectives and scored rows on five-level sheets (Azione over Indicatore). */
const DEPTH: Record<ReportLevel, number> = { perspective: 0, strategic: 1, operational: 2, leafGroup: 3, action: 4 };

/** Display name of a node: "1.1.2 Soggetti coinvolti", or the title alone. */
export function nodeName(node: ReportNode): string {
  return node.code ? `${node.code} ${node.title}`.trim() : node.title;
}

function isOverridden(node: ReportNode): boolean {
  const flagged = (node as ReportNode & { overridden?: boolean }).overridden;
  if (typeof flagged === 'boolean') return flagged;
  if (node.level !== 'action') return false;
  const a = node.achievement;
  const f = node.formulaAchievement;
  if (a === null || a === undefined) return false;
  if (f === null || f === undefined) return true;
  return Math.abs(a - f) > 1e-9;
}

export function buildTree(nodes: ReadonlyArray<ReportNode>): TreeEntry[] {
  const roots: TreeEntry[] = [];
  const byRef = new Map<string, TreeEntry>();
  const used = new Set<string>();
  /** last entry seen at each depth, for nodes whose parent reference does not resolve */
  const lastAtDepth: (TreeEntry | undefined)[] = [];

  nodes.forEach((node, index) => {
    let key = node.code ? `${node.level}:${node.code}` : `${node.level}:${node.title}`;
    if (used.has(key)) key = `${key}#${index}`;
    used.add(key);
    const entry: TreeEntry = { key, node, overridden: isOverridden(node), children: [] };

    const depth = DEPTH[node.level] ?? DEPTH.action;
    let parent: TreeEntry | undefined;
    if (node.parent !== null && node.parent !== undefined && node.parent !== '') {
      parent = byRef.get(node.parent);
      if (parent && DEPTH[parent.node.level] >= depth) parent = undefined;
    }
    if (!parent && node.parent) {
      for (let d = depth - 1; d >= 0 && !parent; d--) parent = lastAtDepth[d];
    }
    (parent ? parent.children : roots).push(entry);

    lastAtDepth[depth] = entry;
    lastAtDepth.length = depth + 1;
    const refs = node.code ? [node.code] : [`P:${node.title}`, node.title];
    for (const ref of refs) if (!byRef.has(ref)) byRef.set(ref, entry);
  });
  return roots;
}

export function treeFromReport(report: JsonReport | null | undefined): TreeEntry[] {
  return report ? buildTree(report.nodes) : [];
}

/** Keys of every entry that has children (for "expand all"). */
export function expandableKeys(entries: ReadonlyArray<TreeEntry>): string[] {
  const keys: string[] = [];
  const walk = (list: ReadonlyArray<TreeEntry>) => {
    for (const e of list) {
      if (e.children.length > 0) {
        keys.push(e.key);
        walk(e.children);
      }
    }
  };
  walk(entries);
  return keys;
}
