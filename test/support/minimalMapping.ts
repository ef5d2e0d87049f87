/** A small valid column mapping (code and target on one header row), for the settings tests. */
import type { ColumnMapping } from '../../src/layout/types';

export const MINIMAL_MAPPING: ColumnMapping = {
  version: 1,
  sheet: 'Cruscotto',
  headerTop: 0,
  headerBottom: 0,
  columns: [
    { col: 0, header: 'cod.', role: 'action.code' },
    { col: 1, header: 'target', role: 'action.target' },
  ],
};
