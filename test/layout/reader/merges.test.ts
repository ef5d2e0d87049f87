/**
 * MergeIndex answers as a cell-by-cell map of the merged areas would, in any order of look-ups, for
 * Excel's non-overlapping areas and for odd hand-made grids (overlapping areas: the last listed wins).
 * cellText and isBlank on numbers and odd whitespace.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import type { MergedArea, SheetGrid } from '../../../src/layout/types';
import { cellText, isBlank } from '../../../src/layout/reader/cellText';
import { MergeIndex } from '../../../src/layout/reader/merges';

/** The plain definition: every cell of an area but its top-left, the last area listed winning. */
function referenceCoveredBy(merges: MergedArea[], row: number, col: number): MergedArea | undefined {
  let found: MergedArea | undefined;
  for (const m of merges) {
    if (m.bottom < m.top || m.right < m.left) continue;
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) found = m;
  }
  return found;
}

const area = fc
  .record({ top: fc.integer({ min: 0, max: 40 }), left: fc.integer({ min: 0, max: 8 }), h: fc.integer({ min: -1, max: 12 }), w: fc.integer({ min: -1, max: 4 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

function gridOf(merges: MergedArea[]): SheetGrid {
  return { name: 'Cruscotto', cells: Array.from({ length: 45 }, (_, r) => [{ value: `r${r}` }]), merges };
}

describe('MergeIndex', () => {
  test('areas stacked in a column (parent cells merged over their rows), rows read in order', () => {
    const merges = [
      { top: 4, left: 0, bottom: 20, right: 0 },
      { top: 21, left: 0, bottom: 21, right: 0 },
      { top: 22, left: 0, bottom: 30, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 6 },
    ];
    const index = new MergeIndex(gridOf(merges));
    for (let r = 0; r < 45; r++) for (let c = 0; c < 8; c++) expect(index.coveredBy(r, c)).toBe(referenceCoveredBy(merges, r, c));
    expect(index.areaAt(22, 0)).toBe(merges[2]);
    expect(index.resolved(gridOf(merges).cells, 25, 1)).toEqual({ value: 'r22' });
  });

  test('any areas, overlapping or not, looked up in any order', () => {
    fc.assert(
      fc.property(fc.array(area, { maxLength: 10 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 55 }), fc.integer({ min: 0, max: 14 })), { maxLength: 60 }), (merges, lookups) => {
        const index = new MergeIndex(gridOf(merges));
        for (const [r, c] of lookups) if (index.coveredBy(r, c) !== referenceCoveredBy(merges, r, c)) return false;
        for (let r = 0; r < 55; r++) for (let c = 0; c < 14; c++) if (index.coveredBy(r, c) !== referenceCoveredBy(merges, r, c)) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('cellText and isBlank', () => {
  test('a number reads as its Decimal text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => cellText({ value: v }) === new Decimal(v).toString()),
      { numRuns: 20000 },
    );
    expect(cellText({ value: -0 })).toBe('0');
    expect(cellText({ value: 1e21 })).toBe('1e+21');
    expect(cellText({ value: 0.0000001 })).toBe('1e-7');
  });

  test('a number formatted as a percentage reads as Excel shows it, every time', () => {
    for (let i = 0; i < 3; i++) {
      expect(cellText({ value: 0.8, numberFormat: '0%' })).toBe('80%');
      expect(cellText({ value: 0.035, numberFormat: '0.0%' })).toBe('3.5%');
      expect(cellText({ value: 0.1 + 0.2, numberFormat: '0%' })).toBe('30.000000000000004%');
    }
  });

  test('isBlank is cellText(...) === ""', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom(...' \t\n\u00A0\u3000\u2028\uFEFFa'.split('')), maxLength: 5 }),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(fc.property(value, (v) => isBlank({ value: v as never }) === (cellText({ value: v as never }) === '')), { numRuns: 5000 });
    expect(isBlank(undefined)).toBe(true);
  });
});
