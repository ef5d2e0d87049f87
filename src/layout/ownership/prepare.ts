/**
 * What a back end does with a write plan before touching the workbook, the same for Excel and .xlsx:
 * the ownership of the sheet's cells from the workbook's own ledger and what the sheet holds now, the
 * guarded plan (nothing of the user's is written or cleared), whether the summary sheet may be written
 * (only a new name, or the sheet the ledger says the add-in created), and the ledger to store afterwards.
 */
import { sheetPrefix } from '../address';
import type { Diagnostic, WritePlan } from '../types';
import type { CellView } from './cellView';
import { guardSheetPlan } from './guard';
import { isLedgerSheetName, ledgerSheet, sameLedger, withLedgerSheet, type Ledger } from './ledger';
import { SheetOwnership } from './ownership';
import { nextLedgerSheet } from './record';
import { summaryTarget } from './summaryName';

export interface PreparedWrites {
  plan: WritePlan;
  ownership: SheetOwnership;
  /** writes refused by the guard, as warnings naming the cell */
  refused: Diagnostic[];
  /** the existing summary sheet to replace (as the workbook spells it), or null for a new sheet */
  summaryReplaces: string | null;
  /** the ledger to store once the plan is applied */
  ledger: Ledger;
  /** the ledger says something new (else there is nothing to store) */
  ledgerChanged: boolean;
}

/** An empty sheet: what a summary sheet written anew starts from. */
const EMPTY_VIEW: CellView = { rowCount: 0, colCount: 0, value: () => null, hasFormula: () => false, note: () => null, mergeSlave: () => false };

/**
 * `summaryView` shows an existing sheet as it is now (null when the back end could not look at it). The
 * add-in's summary sheet is replaced only while everything in it is still the add-in's: a sheet the user made
 * under that name, or a summary the user wrote into, is left alone and the summary goes to a free name.
 */
export function prepareWrites(
  plan: WritePlan,
  view: CellView,
  ledger: Ledger,
  sheetNames: readonly string[],
  summaryView: (sheet: string) => CellView | null = () => null,
): PreparedWrites {
  const ownership = new SheetOwnership(view, ledgerSheet(ledger, plan.sheet.sheet));
  const guarded = guardSheetPlan(plan.sheet, ownership);
  const refused = [...guarded.refused];
  let summary = plan.summary;
  let summaryReplaces: string | null = null;
  if (summary) {
    const lower = summary.sheet.toLowerCase();
    const existing = sheetNames.find((n) => n.toLowerCase() === lower) ?? null;
    const ours = ledger.summarySheet !== null && ledger.summarySheet.toLowerCase() === lower;
    const forbidden = existing !== null && (isLedgerSheetName(existing) || lower === plan.sheet.sheet.toLowerCase());
    const untouched = (name: string): boolean => {
      const seen = summaryView(name);
      return seen !== null && new SheetOwnership(seen, ledgerSheet(ledger, name)).ownsEverything();
    };
    if (existing !== null && !forbidden && ours && !untouched(existing)) {
      // the add-in's summary, written into by the user (or replaced by a sheet of theirs): kept, the summary goes elsewhere
      const elsewhere = summaryTarget(sheetNames, { ...ledger, summarySheet: null }, plan.sheet.sheet);
      refused.push({
        severity: 'warning',
        cell: existing,
        code: 'summary-kept',
        message: `${sheetPrefix(existing)}: il foglio contiene dati inseriti nel foglio dopo l'ultimo calcolo e non viene sostituito; il riepilogo è nel foglio «${elsewhere.name}».`,
      });
      summary = { ...summary, sheet: elsewhere.name };
    } else if (existing !== null && (!ours || forbidden)) {
      refused.push({
        severity: 'warning',
        cell: existing,
        code: 'summary-refused',
        message: `${sheetPrefix(existing)}: il foglio non è stato creato dal componente aggiuntivo e non viene sostituito; il riepilogo non è stato scritto.`,
      });
      summary = null;
    } else {
      summaryReplaces = existing;
    }
  }
  let next = withLedgerSheet(ledger, nextLedgerSheet(ownership, guarded.plan));
  if (summary) {
    // the summary's own cells, so the next run can tell whether someone wrote in it
    const old = ledger.summarySheet;
    if (old !== null && old.toLowerCase() !== summary.sheet.toLowerCase()) next = { ...next, sheets: next.sheets.filter((s) => s.name.toLowerCase() !== old.toLowerCase()) };
    next = withLedgerSheet({ ...next, summarySheet: summary.sheet }, nextLedgerSheet(new SheetOwnership(EMPTY_VIEW, null), summary));
  }
  return { plan: { sheet: guarded.plan, summary }, ownership, refused, summaryReplaces, ledger: next, ledgerChanged: !sameLedger(next, ledger) };
}
