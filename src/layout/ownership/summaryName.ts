/**
 * Where the Riepilogo goes. The add-in replaces only the summary sheet the ledger says it created; a sheet
 * of the user's called «Riepilogo» (in any case) is never deleted or emptied: the summary then takes the
 * first free name of «Riepilogo», «Riepilogo Cruscotto», «Riepilogo (2)», «Riepilogo (3)»…
 */
import { SUMMARY_SHEET_NAME } from '../types';
import { isLedgerSheetName, type Ledger } from './ledger';

export interface SummaryTarget {
  /** the sheet to write */
  name: string;
  /** an existing sheet of the add-in to replace (same name as `name`, as the workbook spells it), or null */
  replaces: string | null;
}

export const SUMMARY_ALTERNATIVE_NAME = 'Riepilogo Cruscotto';

/** The sheet called «Riepilogo»; Excel matches sheet names without regard to case, so "RIEPILOGO" is too. */
export function isSummarySheet(name: string): boolean {
  return name.toLowerCase() === SUMMARY_SHEET_NAME.toLowerCase();
}

export function summaryTarget(sheetNames: readonly string[], ledger: Ledger, cruscottoSheet: string): SummaryTarget {
  const lower = (s: string) => s.toLowerCase();
  const existing = (name: string) => sheetNames.find((s) => lower(s) === lower(name)) ?? null;
  const recorded = ledger.summarySheet;
  if (recorded !== null && lower(recorded) !== lower(cruscottoSheet) && !isLedgerSheetName(recorded)) {
    const found = existing(recorded);
    if (found) return { name: found, replaces: found };
  }
  const free = (name: string) => existing(name) === null && lower(name) !== lower(cruscottoSheet);
  for (const name of [SUMMARY_SHEET_NAME, SUMMARY_ALTERNATIVE_NAME]) if (free(name)) return { name, replaces: null };
  for (let i = 2; ; i++) {
    const name = `${SUMMARY_SHEET_NAME} (${i})`;
    if (free(name)) return { name, replaces: null };
  }
}
