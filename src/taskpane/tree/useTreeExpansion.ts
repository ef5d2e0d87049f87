/**
 * Which tree entries are open. The top level starts open; the user's choices survive a new run
 * (keys are stable: level + code).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { expandableKeys, type TreeEntry } from './reportTree';

export interface TreeExpansion {
  isExpanded: (key: string) => boolean;
  toggle: (key: string) => void;
  expandAll: () => void;
  collapseAll: () => void;
}

export function useTreeExpansion(entries: ReadonlyArray<TreeEntry>): TreeExpansion {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(entries.map((e) => e.key)));
  const seededFor = useRef<ReadonlyArray<TreeEntry> | null>(entries.length > 0 ? entries : null);

  // First non-empty tree: open its top level.
  useEffect(() => {
    if (seededFor.current === null && entries.length > 0) {
      seededFor.current = entries;
      setExpanded((prev) => new Set([...prev, ...entries.map((e) => e.key)]));
    }
  }, [entries]);

  const toggle = useCallback((key: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  const expandAll = useCallback(() => setExpanded(new Set(expandableKeys(entries))), [entries]);
  const collapseAll = useCallback(() => setExpanded(new Set()), []);
  const isExpanded = useCallback((key: string) => expanded.has(key), [expanded]);
  return { isExpanded, toggle, expandAll, collapseAll };
}
