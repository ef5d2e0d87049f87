/**
 * The write guard: the last check before a back end applies a sheet's write plan. Every cell the plan
 * would write or clear is checked against what the sheet holds (./ownership): a cell with the user's value
 * or formula is never touched, whatever the reader or the planner decided. What is refused is left out of
 * the plan and reported, naming the cell. Colours and widths go only where every cell is writable, notes
 * only where there is no note of someone else.
 */
import { cellRef, parseA1 } from '../address';
import type { CellScalar, Diagnostic, SheetWritePlan, ValueBlock } from '../types';
import type { SheetOwnership } from './ownership';

export interface GuardedPlan {
  plan: SheetWritePlan;
  refused: Diagnostic[];
}

function formatAt(block: ValueBlock, i: number, j: number): string | undefined {
  const f = block.numberFormat;
  if (f === undefined || typeof f === 'string') return f;
  return f[i]?.[j];
}

/** The block's writable cells: the block itself when all are, else one block per writable cell. */
function guardBlock(block: ValueBlock, ownership: SheetOwnership, refusedCells: { row: number; col: number; value: CellScalar }[]): ValueBlock[] {
  let allowed = true;
  for (let i = 0; i < block.values.length; i++) {
    for (let j = 0; j < block.values[i].length; j++) {
      if (!ownership.canWrite(block.top + i, block.left + j)) allowed = false;
    }
  }
  if (allowed) return [block];
  const out: ValueBlock[] = [];
  block.values.forEach((line, i) =>
    line.forEach((value, j) => {
      const row = block.top + i;
      const col = block.left + j;
      if (!ownership.canWrite(row, col)) {
        refusedCells.push({ row, col, value });
        return;
      }
      const single: ValueBlock = { top: row, left: col, values: [[value]] };
      const format = formatAt(block, i, j);
      if (format !== undefined) single.numberFormat = format;
      if (block.bold !== undefined) single.bold = block.bold;
      if (block.style !== undefined) single.style = block.style;
      out.push(single);
    }),
  );
  return out;
}

/** "W5:W120" -> every cell writable */
function rangeWritable(range: string, ownership: SheetOwnership): boolean {
  const [from, to] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) return false;
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) if (!ownership.canWrite(r, c)) return false;
  }
  return true;
}

export function guardSheetPlan(plan: SheetWritePlan, ownership: SheetOwnership): GuardedPlan {
  const refusedCells: { row: number; col: number; value: CellScalar }[] = [];
  const blocks = plan.blocks.flatMap((b) => guardBlock(b, ownership, refusedCells));
  const refused: Diagnostic[] = refusedCells.map(({ row, col }) => ({
    severity: 'warning',
    cell: cellRef(plan.sheet, row, col),
    code: 'write-refused',
    message: `${cellRef(plan.sheet, row, col)}: la cella contiene un dato inserito nel foglio (valore o formula) e non è stata sovrascritta.`,
  }));
  const notes = plan.notes.filter((n) => {
    if (!ownership.hasForeignNote(n.row, n.col)) return true;
    const ref = cellRef(plan.sheet, n.row, n.col);
    refused.push({ severity: 'warning', cell: ref, code: 'note-not-written', message: `${ref}: la cella ha già una nota; la nota del calcolo non è stata aggiunta («${n.text}»).` });
    return false;
  });
  // a width only for a column that holds nothing of the user's (the add-in's own, or one it is filling)
  const columnWidths = (plan.columnWidths ?? []).filter((w) => ownership.holdsNothingOfTheUser(w.col));
  const conditionalFormats = plan.conditionalFormats.filter((rule) => rangeWritable(rule.range, ownership));
  return { plan: { ...plan, blocks, notes, columnWidths, conditionalFormats }, refused };
}
