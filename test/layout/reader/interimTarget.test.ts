/**
 * Issue 9 item 3: the reader recognises the interim target of a mid-year monitoring ("Target al 30/6", "Valore
 * Target al 30/6", "al 30/6" under a "Valore Target" group, as Brescia's 2019 semestrale cards have it) as
 * action.targetInterim; "Target al 31/12" (or "al 31/12") stays the year-end target.
 */
import { findHeader, matchHeader } from '../../../src/layout/reader';
import type { SheetGrid } from '../../../src/layout/types';

const column = (text: string) => matchHeader(text)?.column ?? null;

test.each([
  ['Target al 30/6', 'targetInterim'],
  ['Valore Target al 30/6', 'targetInterim'],
  ['Target al 30.06', 'targetInterim'],
  ['Target al 30/06/2019', 'targetInterim'],
  ['Target al 30 giugno', 'targetInterim'],
  ['Target intermedio', 'targetInterim'],
  ['Target semestrale', 'targetInterim'],
  ['Target al 31/12', 'target'],
  ['Valore target al 31/12', 'target'],
  ['Target 2022', 'target'],
  ['Risultati raggiunti al 30/6', 'result'],
])('%s → %s', (text, kind) => expect(column(text)).toBe(kind));

function grid(rows: (string | number | null)[][], merges: SheetGrid['merges'] = []): SheetGrid {
  return { name: 'Cruscotto', cells: rows.map((r) => r.map((value) => ({ value }))), merges };
}

test('one header row: Target al 30/6 and Target al 31/12', () => {
  const layout = findHeader(
    grid([
      ['Cod. ob. operativo', 'Obiettivo operativo', 'Cod. indicatore', 'Indicatore', 'Peso', 'Target al 30/6', 'Target al 31/12', 'Risultati raggiunti'],
      ['1.1', 'Alternanza', '1.1.1', 'eventi', '100%', 5, 10, 6],
    ]),
  )!;
  expect(layout.columns.filter((c) => c.col >= 5).map((c) => [c.col, c.role])).toEqual([
    [5, 'action.targetInterim'],
    [6, 'action.target'],
    [7, 'action.result'],
  ]);
});

test('two header rows: «Valore Target» over «al 30/6» and «al 31/12» (the Brescia card)', () => {
  const layout = findHeader(
    grid(
      [
        ['Cod. ob. operativo', 'Obiettivo operativo', 'Cod. indicatore', 'Indicatore', 'Peso', 'Valore Target', null, 'Risultati raggiunti'],
        [null, null, null, null, null, 'al 30/6', 'al 31/12', null],
        ['1.1', 'Alternanza', '1.1.1', 'eventi', '100%', 5, 10, 6],
      ],
      [
        { top: 0, left: 5, bottom: 0, right: 6 },
        ...[0, 1, 2, 3, 4, 7].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
      ],
    ),
  )!;
  expect(layout.headerBottom).toBe(1);
  expect(layout.columns.filter((c) => c.col >= 5).map((c) => [c.col, c.role])).toEqual([
    [5, 'action.targetInterim'],
    [6, 'action.target'],
    [7, 'action.result'],
  ]);
});
