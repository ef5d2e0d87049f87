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

export function prepareWrites(plan: WritePlan, view: CellView, ledger: Ledger, sheetNames: readonly string[]): PreparedWrites {
  const ownership = new SheetOwnership(view, ledgerSheet(ledger, plan.sheet.sheet));
  const guarded = guardSheetPlan(plan.sheet, ownership);
  const refused = [...guarded.refused];
  let summary = plan.summary;
  let summaryReplaces: string | null = null;
  if (summary) {
    const lower = summary.sheet.toLowerCase();
    const existing = sheetNames.find((n) => n.toLowerCase() === lower) ?? null;
    const ours = ledger.summarySheet !== null && ledger.summarySheet.toLowerCase() === lower;
    if (existing !== null && (!ours || isLedgerSheetName(existing) || lower === plan.sheet.sheet.toLowerCase())) {
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
  if (summary) next = { ...next, summarySheet: summary.sheet };
  return { plan: { sheet: guarded.plan, summary }, ownership, refused, summaryReplaces, ledger: next, ledgerChanged: !sameLedger(next, ledger) };
}
