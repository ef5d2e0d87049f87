/**
 * prepareWrites guards the individual objectives sheet's part of the plan (issue 9, item 5) with a view of that
 * sheet as it is now, and records what it writes in the ledger; without a view it writes nothing there.
 */
import { emptyLedger, gridView, ledgerSheet, prepareWrites } from '../../../src/layout/ownership';
import type { CellInput } from '../../../src/engine/types';
import type { SheetGrid, WritePlan } from '../../../src/layout/types';

const CRUSCOTTO: SheetGrid = { name: 'Cruscotto', cells: [[{ value: 'cod.' }]], merges: [] };
const INDIVIDUAL = 'Obiettivi individuali';

function individualGrid(g4: string | number | null = null): SheetGrid {
  const cells: CellInput[][] = [[{ value: 'Persona' }, { value: 'Obiettivo' }], [], [], []];
  cells[3] = [null, null, null, null, null, null, g4].map((value) => ({ value }));
  return { name: INDIVIDUAL, cells, merges: [] };
}

function plan(sheet = INDIVIDUAL): WritePlan {
  return {
    sheet: { sheet: CRUSCOTTO.name, blocks: [], conditionalFormats: [], notes: [] },
    summary: null,
    individual: {
      sheet,
      blocks: [
        { top: 2, left: 6, values: [['Punteggio individuale']], style: 'header', bold: true },
        { top: 3, left: 6, values: [[1], [null]], numberFormat: '0.00%' },
      ],
      conditionalFormats: [{ range: 'G4:G5', formula: '=TRUE+N("cruscotto:raggiunto")', fill: '#00B050', tag: 'raggiunto' }],
      notes: [],
      columnWidths: [{ col: 6, width: 24 }],
    },
  };
}

const names = [CRUSCOTTO.name, INDIVIDUAL];

test('with a view: written as planned and recorded in the ledger under the individual sheet', () => {
  const prepared = prepareWrites(plan(), gridView(CRUSCOTTO), emptyLedger(), names, () => null, gridView(individualGrid()));
  expect(prepared.plan.individual).toEqual(plan().individual);
  expect(prepared.refused).toEqual([]);
  expect(ledgerSheet(prepared.ledger, INDIVIDUAL)?.columns).toEqual([{ col: 6, rows: [2, 3], keys: [expect.any(String), expect.any(String)] }]);
  expect(prepared.individualOwnership).not.toBeNull();
  expect(prepared.ledgerChanged).toBe(true);
});

test('a value the user typed since the read is never overwritten: the warning names the cell', () => {
  const prepared = prepareWrites(plan(), gridView(CRUSCOTTO), emptyLedger(), names, () => null, gridView(individualGrid(0.9)));
  expect(prepared.plan.individual!.blocks.flatMap((b) => b.values.flat())).toEqual(['Punteggio individuale', null]);
  expect(prepared.refused.map((d) => d.cell)).toEqual(["'Obiettivi individuali'!G4"]);
  expect(prepared.refused[0].message).toMatch(/^'Obiettivi individuali'!G4: la cella contiene un dato inserito/);
  // colours and width only where every cell is the add-in's to write
  expect(prepared.plan.individual!.conditionalFormats).toEqual([]);
  expect(prepared.plan.individual!.columnWidths).toEqual([]);
});

test('without a view nothing is written there (never blind), and a warning in Italian says so', () => {
  const prepared = prepareWrites(plan(), gridView(CRUSCOTTO), emptyLedger(), names);
  expect(prepared.plan.individual).toBeNull();
  expect(prepared.refused).toEqual([
    expect.objectContaining({ severity: 'warning', cell: INDIVIDUAL, code: 'individual-not-written', message: expect.stringMatching(/^'Obiettivi individuali': .*non sono stati scritti nel foglio/) }),
  ]);
  expect(ledgerSheet(prepared.ledger, INDIVIDUAL)).toBeNull();
});

test('an individual part aimed at the cruscotto sheet itself is refused', () => {
  const prepared = prepareWrites(plan(CRUSCOTTO.name), gridView(CRUSCOTTO), emptyLedger(), names, () => null, gridView(CRUSCOTTO));
  expect(prepared.plan.individual).toBeNull();
  expect(prepared.refused.map((d) => d.code)).toEqual(['individual-not-written']);
});
