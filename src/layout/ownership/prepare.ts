/**
 * What a back end does with a write plan before touching the workbook, the same for Excel and .xlsx:
 * the ownership of the sheet's cells from the workbook's own ledger and what the sheet holds now, the
 * guarded plan (nothing of the user's is written or cleared), whether the summary sheet may be written
 * (only a new name, or the sheet the ledger says the add-in created), and the ledger to store afterwards.
 */
import { sheetPrefix } from '../address';
import type { Diagnostic, SheetWritePlan, WritePlan } from '../types';
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
  /** the ownership of the individual objectives sheet's cells, when the plan writes there (else null) */
  individualOwnership: SheetOwnership | null;
}

/** An empty sheet: what a summary sheet written anew starts from. */
const EMPTY_VIEW: CellView = { rowCount: 0, colCount: 0, value: () => null, hasFormula: () => false, note: () => null, mergeSlave: () => false };

/**
 * `individualView` shows the individual objectives sheet as it is now, for the plan's part there (`plan.individual`):
 * without it that part is not written. `summaryView` shows an existing sheet as it is now (null when the back end could not look at it). The
 * add-in's summary sheet is replaced only while everything in it is still the add-in's: a sheet the user made
 * under that name, or a summary the user wrote into, is left alone and the summary goes to a free name.
 */
export function prepareWrites(
  plan: WritePlan,
  view: CellView,
  ledger: Ledger,
  sheetNames: readonly string[],
  summaryView: (sheet: string) => CellView | null = () => null,
  individualView?: CellView | null,
): PreparedWrites {
  const ownership = new SheetOwnership(view, ledgerSheet(ledger, plan.sheet.sheet));
  const guarded = guardSheetPlan(plan.sheet, ownership);
  const refused = [...guarded.refused];
  const individual = guardIndividual(plan.individual ?? null, plan.sheet.sheet, ledger, individualView ?? null);
  refused.push(...individual.refused);
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
  // the individual sheet's cells written now are the add-in's on the next run
  if (individual.plan && individual.ownership) next = withLedgerSheet(next, nextLedgerSheet(individual.ownership, individual.plan));
  if (summary) {
    // the summary's own cells, so the next run can tell whether someone wrote in it
    const old = ledger.summarySheet;
    if (old !== null && old.toLowerCase() !== summary.sheet.toLowerCase()) next = { ...next, sheets: next.sheets.filter((s) => s.name.toLowerCase() !== old.toLowerCase()) };
    next = withLedgerSheet({ ...next, summarySheet: summary.sheet }, nextLedgerSheet(new SheetOwnership(EMPTY_VIEW, null), summary));
  }
  return {
    plan: { sheet: guarded.plan, summary, individual: individual.plan },
    ownership,
    refused,
    summaryReplaces,
    ledger: next,
    ledgerChanged: !sameLedger(next, ledger),
    individualOwnership: individual.ownership,
  };
}

interface GuardedIndividual {
  plan: SheetWritePlan | null;
  ownership: SheetOwnership | null;
  refused: Diagnostic[];
}

/**
 * The individual objectives sheet's part of the plan, guarded with a view of that sheet as it is now. Without
 * a view nothing of it is written (never blind): a warning says so.
 */
function guardIndividual(plan: SheetWritePlan | null, cruscotto: string, ledger: Ledger, view: CellView | null): GuardedIndividual {
  if (!plan || plan.blocks.length === 0) return { plan: null, ownership: null, refused: [] };
  const refusal = (why: string): GuardedIndividual => ({
    plan: null,
    ownership: null,
    refused: [{ severity: 'warning', cell: plan.sheet, code: 'individual-not-written', message: `${sheetPrefix(plan.sheet)}: ${why}: i risultati degli obiettivi individuali non sono stati scritti nel foglio.` }],
  });
  if (plan.sheet.toLowerCase() === cruscotto.toLowerCase() || isLedgerSheetName(plan.sheet)) return refusal('il foglio degli obiettivi individuali è anche il foglio del cruscotto o del registro');
  if (!view) return refusal('il foglio non si è potuto rileggere prima di scrivere');
  const ownership = new SheetOwnership(view, ledgerSheet(ledger, plan.sheet));
  const guarded = guardSheetPlan(plan, ownership);
  return { plan: guarded.plan, ownership, refused: guarded.refused };
}
