/**
 * What the task pane and the ribbon commands need from Excel. The Office.js implementation lives in
 * ./officeHost; tests and the end-to-end entry pass the same implementation over a fake Excel.
 * Components receive a host as a prop and never call Office.js themselves.
 */
import type { ColumnMapping, CruscottoSettings, Diagnostic, JsonReport, SheetGrid } from '../layout/types';

export interface RunOutcome {
  report: JsonReport;
  diagnostics: Diagnostic[];
  /** context.sync() calls this run made */
  syncs: number;
  /** true when the Riepilogo sheet was (re)generated */
  summaryWritten: boolean;
  /** the name of the summary sheet written (a user's own «Riepilogo» is never replaced: then another name) */
  summarySheet?: string | null;
  /**
   * When the sheet was not recognised (report.layout null) or only uncertainly: a best-effort column mapping for
   * the task pane to open, so the user can correct it instead of stopping at an error.
   */
  proposedMapping?: ColumnMapping | null;
  /**
   * The sheet as read and the reading options of this run, so the pane can recompute in memory with other rules
   * («Regole di calcolo» preview, issue 11) without reading or writing Excel again.
   */
  source?: RunSource;
}

export interface RunSource {
  grid: SheetGrid;
  /** the individual objectives sheet read in the same run (issue 9), or null */
  individualGrid?: SheetGrid | null;
  planYear?: number;
  currentYear: number;
  columnMapping: ColumnMapping | null;
}

export type ProgressListener = (step: 'lettura' | 'calcolo' | 'scrittura' | 'riepilogo' | 'fatto') => void;

export interface CruscottoHost {
  /** read the cruscotto, compute, write figures and colours back; with summary, also the Riepilogo sheet */
  ricalcola(options: { summary: boolean; onProgress?: ProgressListener }): Promise<RunOutcome>;
  /** select a cell given as "Sheet!A1" and bring it into view */
  selectCell(reference: string): Promise<void>;
  loadSettings(): Promise<CruscottoSettings>;
  saveSettings(settings: CruscottoSettings): Promise<void>;
  /** names of the workbook's sheets (for the settings) */
  listSheets(): Promise<string[]>;
  /** record an override on the action at `actionCell` ("Sheet!A1" of the action's code cell); creates the columns if needed */
  writeOverride(actionCell: string, achievement: number, motivation: string): Promise<void>;
  /**
   * «Crea foglio obiettivi individuali» (issue 9): a new sheet with the individual objectives layout, given to the
   * user (never recorded as the add-in's). When the workbook already has one (found by its headers) it is selected
   * instead and `created` is false.
   */
  createIndividualSheet(): Promise<{ sheet: string; created: boolean }>;
  /** Excel's display language, e.g. "it-IT" */
  displayLanguage(): string;
}
