/** Shared helpers of the mapping tests: a plain-data view of a read, a small sheet with a multi-year target. */
import type { ColumnMapping, ReadResult } from '../../../src/layout/types';
import { grid, merge, type Cell } from '../reader/fixtures';
import { dumpTree } from '../reader/sampleSheet';

/** What a read gives, comparable with toEqual: the tree and the diagnostics' messages. */
export function readView(read: ReadResult): { tree: unknown; diagnostics: string[] } {
  return { tree: dumpTree(read.tree), diagnostics: read.diagnostics.map((d) => d.message) };
}

/** Roles of a mapping as "F:action.target 2019" strings. */
export function roles(mapping: ColumnMapping | null): string[] {
  return (mapping?.columns ?? []).map((c) => `${c.col}:${c.role}${c.year !== undefined ? ` ${c.year}` : ''}${c.thresholdLevel !== undefined ? ` @${c.thresholdLevel}` : ''}`);
}

/**
 * Header on rows 2-3 (row 1 is a title): "Target" (merged over F2:G2) over 2019 / 2020, a "Note" column the reader
 * does not use, two actions.
 */
export const TITLE: Cell[] = ['Piano della performance 2019-2020'];
export const GROUP: Cell[] = ['cod.', 'titolo', 'peso', 'kpi', 'Note', 'Target', '', 'Risultato'];
export const YEARS: Cell[] = ['', '', '', '', '', 2019, 2020, ''];
export const ROWS: Cell[][] = [
  ['1.1.1', 'Pratiche evase', '50%', 'giorni', 'da verificare', '30', '25', '28'],
  ['1.1.2', 'Eventi organizzati', '50%', 'numero', '', '10', '12', '11'],
];

export function twoYearSheet(rows: Cell[][] = [TITLE, GROUP, YEARS, ...ROWS]) {
  return grid(rows, [merge('F2:G2')]);
}
