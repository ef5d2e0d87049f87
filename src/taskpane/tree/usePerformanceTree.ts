/** View state of the performance tree: the entries, their expansion and the row actions. */
import { useMemo } from 'react';
import type { JsonReport } from '../../layout/types';
import { levelNamesOf, type LevelNames } from './levelLabel';
import { treeFromReport, type TreeEntry } from './reportTree';
import { useTreeExpansion, type TreeExpansion } from './useTreeExpansion';

export interface PerformanceTreeProps {
  report: JsonReport | null;
  /** an action row's "Assegna %" button */
  onAssign?: (entry: TreeEntry) => void;
  /** a node's title: select its cell in the sheet */
  onSelectCell?: (cell: string) => void;
}

export interface PerformanceTreeState extends TreeExpansion {
  entries: TreeEntry[];
  /** the sheet's own words for its levels ("Indicatore", "Azione" above it) */
  levelNames: LevelNames;
  onAssign?: (entry: TreeEntry) => void;
  onSelectCell?: (cell: string) => void;
}

export function usePerformanceTree({ report, onAssign, onSelectCell }: PerformanceTreeProps): PerformanceTreeState {
  const entries = useMemo(() => treeFromReport(report), [report]);
  const levelNames = useMemo(() => levelNamesOf(report), [report]);
  const expansion = useTreeExpansion(entries);
  return { ...expansion, entries, levelNames, onAssign, onSelectCell };
}
