/**
 * Nodes as the reader collects them in its pass over the rows, before parents are settled by
 * code prefixes and the PerformanceTree is built.
 */
import type Decimal from 'decimal.js';
import type { ActionSpec, Level } from '../../engine/types';
import type { NodeLocation } from '../types';

export interface NodeRecord {
  level: Level;
  /** code as written (cleaned), or derived from the children's codes, or null */
  code: string | null;
  /** lower-case key of `code` */
  key: string | null;
  title: string;
  row: number;
  lastRow: number;
  weight?: Decimal;
  target?: Decimal;
  action?: ActionSpec;
  /** the node above it on the sheet (filled down): perspective, strategic or operational */
  context: NodeRecord | null;
  /** for actions: the strategic objective in force on the row (to place a missing operational one) */
  contextStrategic: NodeRecord | null;
  /** the perspective in force on the row */
  contextPerspective: NodeRecord | null;
  /** for scored rows of a five-level sheet: the node of the level above them in force on the row (an Azione) */
  contextGroup: NodeRecord | null;
  parent: NodeRecord | null;
  children: NodeRecord[];
  columns: NodeLocation['columns'];
  /** column of the code (or title) cell, for diagnostics */
  anchorCol: number;
  /** set when the id must not be the code (duplicate) */
  forcedId?: string;
  /** created from its children's codes: no row of its own */
  synthetic?: boolean;
  id: string;
}

export function newRecord(level: Level, row: number, anchorCol: number): NodeRecord {
  return {
    level,
    code: null,
    key: null,
    title: '',
    row,
    lastRow: row,
    context: null,
    contextStrategic: null,
    contextPerspective: null,
    contextGroup: null,
    parent: null,
    children: [],
    columns: {},
    anchorCol,
    id: '',
  };
}
