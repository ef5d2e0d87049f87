/**
 * A small cruscotto used by several tests: two perspectives, two strategic objectives, three
 * operational objectives, four actions. Header: group row + column row. Helpers to dump a tree
 * into plain data so two readings of differently shaped sheets can be compared.
 */
import type { PerformanceNode, PerformanceTree } from '../../../src/engine/types';
import type { Cell } from './fixtures';

export const GROUPS: Cell[] = ['Prospettiva', 'Obiettivi strategici', '', 'Obiettivi operativi', '', '', 'Azioni'];
export const COLUMNS: Cell[] = ['', 'cod.', 'descrizione', 'cod.', 'titolo', 'peso', 'cod.', 'titolo', 'peso', 'kpi', 'target', 'Soglia 80%', 'Soglia 60%', 'Risultato'];
export const DATA: Cell[][] = [
  ['Processi interni', '3', 'La qualità dei processi', '3.1', 'Tempi dei pagamenti', '40%', '3.1.1', 'Indice di tempestività', '100%', 'gg', '20 gg', '25', '29', '19 gg'],
  ['', '', '', '3.3', 'Tempi istruttori', '60%', '3.3.1', 'Istruttoria contributi', '40%', 'gg', '28 gg', '29', '30', '35,87 gg'],
  ['', '', '', '', '', '', '3.3.2', 'Convocazione mediazione', '60%', 'gg', '8', '10', '12', '4,42'],
  ['Economico finanziaria', '7', 'Equilibrio', '7.1', 'Equilibrio economico', '100%', '7.1.1', 'Indice di equilibrio', '100%', 'rapporto', '11%', '9%', '8%', '12%'],
];
export const SAMPLE: Cell[][] = [GROUPS, COLUMNS, ...DATA];

/** A tree as plain data: ids, titles, weights, targets, soglie and results. */
export function dumpTree(tree: PerformanceTree): unknown[] {
  const dump = (n: PerformanceNode): unknown => ({
    id: n.id,
    level: n.level,
    title: n.title,
    weight: n.weight?.toString(),
    target: n.target?.toString(),
    action: n.action && {
      target: n.action.targetSpec?.target.raw,
      soglie: n.action.targetSpec?.thresholds.map((t) => `${t.level.toString()}=${t.value.raw}`),
      result: n.action.result.raw,
      override: n.action.override && `${n.action.override.achievement.toString()} ${n.action.override.motivation}`,
      neutralised: n.action.neutralised,
      direction: n.action.direction,
      method: n.action.method,
      manual: n.action.manualAchievement?.toString(),
    },
    children: n.children.map(dump),
  });
  return tree.roots.map(dump);
}
