/**
 * The add-in's ledger in the live workbook: the very hidden sheet «Cruscotto Registro», the same the .xlsx
 * back end keeps (src/layout/ownership/ledger.ts). Read in a round trip the run makes anyway; written in
 * the batch of the run's writes, right after the figures.
 */
import { emptyLedger, isLedgerSheetName, LEDGER_SHEET_NAME, parseLedger, serialiseLedger, type Ledger } from '../layout/ownership';
import type { CellInput } from '../engine/types';
import { SUMMARY_SHEET_NAME, type SheetGrid } from '../layout/types';
import { toCellInput } from './cellValues';
import { coalesceBlocks, queueDenseWrite } from './writeValues';

export interface LedgerRead {
  ledger: Ledger;
  /** Italian, when the sheet is there but cannot be used (then no cell counts as the add-in's) */
  warning: string | null;
  /** the ledger sheet as the workbook spells it, or null */
  sheet: string | null;
  /** the sheet of that name is not the add-in's (no marker): nothing may be written */
  foreign: boolean;
}

/** Queues the read of the ledger sheet when the workbook has one; call the result after the sync. */
export function queueLedgerRead(context: Excel.RequestContext, sheetNames: readonly string[]): () => LedgerRead {
  const name = sheetNames.find(isLedgerSheetName) ?? null;
  if (name === null) return () => ({ ledger: emptyLedger(), warning: null, sheet: null, foreign: false });
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load('values');
  return () => {
    // an empty sheet of that name holds nothing to lose: the add-in takes it over
    // eslint-disable-next-line office-addins/call-sync-before-read -- this function runs after the caller's sync
    if (used.isNullObject) return { ledger: emptyLedger(), warning: null, sheet: name, foreign: false };
    const parsed = parseLedger(used.values.map((line) => line[0]));
    if (parsed.ok) return { ledger: parsed.ledger, warning: null, sheet: name, foreign: false };
    return { ledger: emptyLedger(), warning: parsed.ours ? parsed.message : null, sheet: name, foreign: !parsed.ours };
  };
}

/**
 * Queues the ledger's new content: its sheet created very hidden when missing (Worksheet.visibility,
 * ExcelApi 1.1), column A cleared and written as text. `existing` is the sheet the run read (null = none):
 * a sheet of that name that is not the add-in's was refused by the read (its marker is missing) and the
 * caller does not call this.
 */
export function queueLedgerWrite(context: Excel.RequestContext, existing: string | null, ledger: Ledger): void {
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (existing === null) {
    sheet = sheets.add(LEDGER_SHEET_NAME);
    sheet.visibility = 'VeryHidden';
  } else {
    sheet = sheets.getItem(existing);
    sheet.getRange('A:A').clear('Contents');
  }
  const texts = serialiseLedger(ledger);
  for (const write of coalesceBlocks([{ top: 0, left: 0, values: texts.map((t) => [t]) }])) queueDenseWrite(sheet, write);
}

/**
 * The values of the sheets that may be the add-in's summary (their names start with «Riepilogo»), read in the same
 * round trip as the ledger: the summary is replaced only while everything in it is still the add-in's.
 */
export function queueSummaryCandidates(context: Excel.RequestContext, sheetNames: readonly string[]): () => Map<string, SheetGrid> {
  const queued = sheetNames
    .filter((n) => n.toLowerCase().startsWith(SUMMARY_SHEET_NAME.toLowerCase()))
    .map((name) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values');
      return { name, used };
    });
  return () => {
    const out = new Map<string, SheetGrid>();
    for (const { name, used } of queued) {
      const cells: CellInput[][] = [];
      if (!used.isNullObject) {
        used.values.forEach((line, i) => {
          const row: CellInput[] = new Array(used.columnIndex).fill(null).map(() => ({ value: null }));
          for (const v of line) row.push(toCellInput(v, 'General'));
          cells[used.rowIndex + i] = row;
        });
      }
      for (let r = 0; r < cells.length; r++) cells[r] ??= [];
      out.set(name.toLowerCase(), { name, cells, merges: [] });
    }
    return out;
  };
}
