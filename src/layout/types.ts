/**
 * Contracts of the layout layer: a sheet grid in; the performance tree, diagnostics and a write plan out.
 * Pure data shared by the Excel back end (src/excel) and the .xlsx back end (src/xlsx). No Office.js here.
 * Rows and columns are 0-based everywhere in this module; A1 addresses are made only by ./address.
 */
import type { MonitoringReportRow } from './monitoring';
import type { Period } from './settings/period';
import type { CellInput, PerformanceNode, PerformanceTree, Profile, ScoreResult, StatusColours } from '../engine/types';
import type { Ledger } from './ownership/ledger';

// ---------------------------------------------------------------------------------------------
// Input: a sheet as read by a back end
// ---------------------------------------------------------------------------------------------

export interface MergedArea {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

export interface SheetGrid {
  name: string;
  /** cells[row][col]; rows may be ragged; missing = empty */
  cells: CellInput[][];
  merges: MergedArea[];
  /**
   * Cells that hold a formula, as "row:col" (0-based). A formula's value may be empty, so the write guard
   * needs this beside the values. Absent = the back end could not tell (then no cell is known to hold one).
   */
  formulaCells?: ReadonlySet<string>;
  /** Notes and comments on the sheet's cells (their plain text), so a user's note is never replaced. */
  notes?: GridNote[];
}

export interface GridNote {
  row: number;
  col: number;
  text: string;
}

/** Settings a workbook carries (workbook.settings in Excel, a hidden sheet in .xlsx). */
export interface CruscottoSettings {
  profile: string;
  /** plan year; null = the first year column of the sheet / the current year */
  planYear: number | null;
  /** sheet to read; null = the first sheet that looks like a cruscotto */
  sheetName: string | null;
  /** colour overrides (hex) */
  colours?: Partial<StatusColours>;
  /**
   * body name for the Riepilogo title ("Camera di commercio di Sondrio"); trimmed, at most
   * ORGANISATION_NAME_MAX_LENGTH characters; null or absent = no name. It is data, never a formula.
   */
  organisationName?: string | null;
  /**
   * The column mapping the user confirmed in the task pane (or gave the CLI): used instead of the header
   * detection while it still fits the sheet. null or absent = detect.
   */
  columnMapping?: ColumnMapping | null;
  /**
   * The body's own rules (issue 11): a profile the user set up in «Regole di calcolo», kept as its document
   * (src/engine/profile). When present it is used instead of the built-in `profile`; null or absent = none.
   */
  customProfile?: Profile | null;
  /**
   * The period of the figures (issue 9): 'consuntivo' (31/12) or 'monitoraggio' (30/6, adds the scostamenti,
   * ./monitoring). null or absent = consuntivo.
   */
  period?: Period | null;
}

/**
 * A column mapping: which column of a sheet holds what. What the reader understood is described in this
 * form (JsonReport.layout, `cruscotto colonne`), and the user corrects it in the same form.
 * Columns are 0-based; `header` is the column's header text when the mapping was made, so a mapping that
 * no longer fits the sheet (a column moved or deleted) is recognised and reported.
 */
export interface ColumnMapping {
  version: 1;
  /** the sheet it was made for */
  sheet: string;
  /** first and last header rows, 0-based, inclusive */
  headerTop: number;
  headerBottom: number;
  columns: MappedColumn[];
  /** the sheet's own names of its levels, when known ("Indicatore", "Programma"): for display only */
  levelNames?: Partial<Record<'perspective' | 'strategic' | 'operational' | 'leafGroup' | 'action', string>>;
}

export interface MappedColumn {
  col: number;
  /** the column's header text (all header rows joined by a space), as the sheet had it */
  header: string;
  /** what it holds; 'ignore' = non usata */
  role: ColumnRole | 'ignore';
  /** soglia: the level it earns (80, 60) */
  thresholdLevel?: number;
  /** targets, soglie, results of one year among several */
  year?: number;
}

/** Longest body name the settings accept (after trimming). */
export const ORGANISATION_NAME_MAX_LENGTH = 120;

// ---------------------------------------------------------------------------------------------
// Reader output
// ---------------------------------------------------------------------------------------------

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** "Cruscotto!P14", or the sheet name alone when no cell applies */
  cell: string | null;
  /** Italian, starts with the cell: "Cruscotto!P14: il risultato «circa 30» non è un numero" */
  message: string;
  code: string;
}

/** Where each node sits in the sheet, so figures and diagnostics can point at cells. */
export interface NodeLocation {
  nodeId: string;
  /** first row of the node's block (where its code/title is) */
  row: number;
  /** last row of the node's block, inclusive */
  lastRow: number;
  /** columns of its inputs, when present */
  columns: Partial<Record<'code' | 'title' | 'weight' | 'kpi' | 'target' | 'thresholds' | 'result' | 'override' | 'motivation' | 'status' | 'direction' | 'method' | 'baseline', number>>;
}

/** Logical columns the reader recognises. Level-specific columns are keyed per level. */
export type ColumnRole =
  | 'perspective.title'
  | 'perspective.output'
  | 'strategic.code'
  | 'strategic.title'
  | 'strategic.kpi'
  | 'strategic.target'
  | 'strategic.output'
  | 'operational.code'
  | 'operational.title'
  | 'operational.weight'
  | 'operational.kpi'
  | 'operational.output'
  /** the level between operational objectives and scored rows (an Azione over its Indicatori): engine Level 'leafGroup' */
  | 'leafGroup.code'
  | 'leafGroup.title'
  | 'leafGroup.weight'
  | 'leafGroup.output'
  | 'action.code'
  | 'action.title'
  | 'action.weight'
  | 'action.kpi'
  | 'action.target'
  /** the target of the mid-year monitoring ("Target al 30/6"; Brescia 2019 semestrale): read for the monitoring view only */
  | 'action.targetInterim'
  | 'action.threshold'
  | 'action.result'
  | 'action.output'
  | 'action.override'
  | 'action.motivation'
  | 'action.status'
  | 'action.direction'
  | 'action.method'
  | 'action.owner'
  /** last year's value, the reference of "+10% sul 2017" targets (glossary: baseline): read, not scored */
  | 'action.baseline'
  /** result minus target as a mid-year report publishes it (glossary: scostamento): read, not scored */
  | 'action.deviation'
  /** the user's free notes: read, not scored */
  | 'action.note'
  /** the add-in's own columns from an earlier run */
  | 'own';

export interface ColumnInfo {
  col: number;
  role: ColumnRole;
  /**
   * 'input': the user's data, never written. 'output': a figure column the add-in may fill (the sheet's own
   * result column, or the add-in's column from an earlier run); whether a cell in it may really be written is
   * decided by the write guard (src/layout/ownership), never by the header.
   */
  io?: 'input' | 'output';
  header: string;
  /** for thresholds: the level its header gives (80, 60) */
  level?: number;
  /** for multi-year targets: the year */
  year?: number;
  /**
   * for the add-in's own columns: which output it holds. On a sheet other than the cruscotto (the individual
   * objectives sheet) also for a figure column of the user's known by its header: which output it would hold.
   */
  output?: OutputKind;
}

export interface SheetLayout {
  /** first and last header rows (0-based, inclusive) */
  headerTop: number;
  headerBottom: number;
  columns: ColumnInfo[];
  /** rows repeating the header block further down (skipped) */
  repeatedHeaderRows: number[];
  planYear: number;
  /** the sheet's own names of its levels, from its group headers ("Indicatore", "Programma", "Area strategica") */
  levelNames?: Partial<Record<'perspective' | 'strategic' | 'operational' | 'leafGroup' | 'action', string>>;
  /** the layout came from the user's saved column mapping, not from the header detection */
  fromMapping?: boolean;
}

export interface ReadResult {
  sheet: string;
  layout: SheetLayout | null;
  tree: PerformanceTree;
  locations: Map<string, NodeLocation>;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Write plan: what a back end must apply
// ---------------------------------------------------------------------------------------------

/** What an output column of the add-in holds. */
export type OutputKind =
  | 'action.achievement'
  | 'action.esito'
  /** the level above the scored rows (engine Level 'leafGroup') */
  | 'leafGroup.achievement'
  | 'operational.achievement'
  | 'strategic.achievement'
  | 'strategic.targetAchievement'
  | 'perspective.achievement'
  /** the scostamento at 30/6 of a scored row, in its unit: only in the period 'monitoraggio' (../monitoring) */
  | 'action.scostamento'
  /** the state at 30/6 of a scored row (in linea / in ritardo / non rilevabile): only in the period 'monitoraggio' */
  | 'action.monitoringState'
  | 'esito'
  /** the individual objectives sheet (issue 9, item 5): an objective's % raggiungimento, on its row */
  | 'individual.achievement'
  /** a person's weighted score, on the person's first objective row */
  | 'individual.score'
  /** the same score from the formulas alone (without the values assigned by decision), where it differs */
  | 'individual.scoreWithoutOverrides';

export type CellScalar = string | number | boolean | null;

/**
 * A rectangular block of values written at once (one Range.values in Excel). Strings are always
 * written as text: a back end must never let a string starting with "=" become a formula.
 */
export interface ValueBlock {
  top: number;
  left: number;
  values: CellScalar[][];
  /** one format per cell, or a single format for the whole block */
  numberFormat?: string | string[][];
  bold?: boolean;
  /** header style of the add-in (fill colour, wrap) */
  style?: 'header' | 'title' | 'subtitle' | 'note' | 'normal';
}

/** A conditional-format rule of the add-in. Its formula carries `N("cruscotto:<tag>")` so it is recognisable. */
export interface ConditionalFormatRule {
  /** A1 range without sheet, e.g. "W5:W120" */
  range: string;
  /** Excel formula relative to the range's top-left cell, e.g. =AND(ISNUMBER(W5),W5>=100)+N("cruscotto:raggiunto") */
  formula: string;
  fill: string; // hex
  fontColor?: string;
  tag: string;
}

export interface CellNote {
  row: number;
  col: number;
  text: string;
}

export interface SheetWritePlan {
  sheet: string;
  blocks: ValueBlock[];
  /** column widths to set (only on the add-in's own columns/sheets) */
  columnWidths?: { col: number; width: number }[];
  conditionalFormats: ConditionalFormatRule[];
  notes: CellNote[];
}

/** The Riepilogo sheet, modelled on the reports' own tables. */
export interface SummaryPlan extends SheetWritePlan {
  /** data for a native chart of the strategic objectives (Excel back end) */
  chart: {
    title: string;
    /** A1 range of the category labels and of the values on the summary sheet */
    categoriesRange: string;
    valuesRange: string;
    /** where to put it: top-left cell, e.g. "H4" */
    anchor: string;
  } | null;
  /** A4 landscape, one page wide; the print header (title, date of the figures) and footer (page numbers) */
  page: { orientation: 'landscape'; paper: 'A4'; fitToWidth: 1; headerFooter?: PageHeaderFooter };
  /** data bars for back ends without charts (exceljs): A1 range of values 0..100 */
  dataBarRange: string | null;
  /** false when the run did not ask for it (the add-in's Riepilogo rewritten by a Ricalcola): not brought to the front */
  activate?: boolean;
}

/**
 * Print header and footer in Excel's codes (both back ends write them as they are): &P page, &N pages;
 * a literal "&" is "&&". null: nothing in that part.
 */
export interface PageHeaderFooter {
  header: { left: string | null; right: string | null };
  footer: { left: string | null; right: string | null };
}

export const SUMMARY_SHEET_NAME = 'Riepilogo';
/** Marker in conditional-format formulas that identifies the add-in's own rules. */
export const RULE_MARKER = 'cruscotto:';

export interface WritePlan {
  sheet: SheetWritePlan;
  summary: SummaryPlan | null;
  /**
   * The individual objectives sheet's own output columns (issue 9, item 5), guarded like the cruscotto's:
   * absent or null when the workbook has no such sheet.
   */
  individual?: SheetWritePlan | null;
}

// ---------------------------------------------------------------------------------------------
// JSON report (a contract: other tools read it)
// ---------------------------------------------------------------------------------------------

export interface ReportNode {
  /** 'leafGroup': the level between the operational objectives and the scored rows (five-level sheets) */
  level: 'perspective' | 'strategic' | 'operational' | 'leafGroup' | 'action';
  code: string | null;
  title: string;
  parent: string | null;
  weight: number | null;
  achievement: number | null;
  formulaAchievement: number | null;
  target: number | null;
  targetAchievement: number | null;
  status: string;
  cell: string | null;
}

export interface JsonReport {
  profile: string;
  sheet: string;
  organisation: { achievement: number | null; achievementWithoutOverrides: number | null; band: string | null };
  nodes: ReportNode[];
  diagnostics: { severity: 'error' | 'warning'; cell: string | null; message: string }[];
  /** what the reader understood, in the form of a column mapping (null when the sheet was not recognised) */
  layout?: ColumnMapping | null;
  /**
   * Verifica: rows where a figure the sheet already holds (typed by hand or by the user's formula, in the
   * sheet's own "% raggiungimento" column) differs from the computed one by more than 0,01 points.
   */
  checks?: FigureCheck[];
  /** the individual objectives sheet read in the same run (issue 9): per-person weighted scores */
  individuals?: IndividualsReport;
  /** only in the period 'monitoraggio': each scored row's scostamento from the target of the period (./monitoring) */
  monitoring?: { period: 'monitoraggio'; rows: MonitoringReportRow[] };
}

/** Individual objectives of a run (src/layout/individual); percent points. */
export interface IndividualsReport {
  sheet: string;
  persons: {
    person: string;
    role: 'dirigente' | 'po' | 'personale' | null;
    /** with the values assigned by decision; null when an objective has no figure or a weight is missing */
    score: number | null;
    scoreWithoutOverrides: number | null;
    weightSum: number;
    /** objectives below the profile's "raggiunto" threshold */
    belowTarget: number;
    objectives: {
      cell: string;
      title: string;
      weight: number | null;
      source: 'linked' | 'own' | 'none';
      achievement: number | null;
      achievementWithoutOverrides: number | null;
      belowTarget: boolean;
    }[];
  }[];
}

export interface FigureCheck {
  /** the user's cell, "Cruscotto!AB12" */
  cell: string;
  /** the add-in's cell with the computed figure, or null when it was not written */
  computedCell: string | null;
  nodeCode: string | null;
  /** percent points */
  sheetValue: number;
  computed: number | null;
  /** Italian: "Verifica: la percentuale in AB12 è 85,00, il calcolo dà 80,00" */
  message: string;
}

// ---------------------------------------------------------------------------------------------
// The whole pipeline
// ---------------------------------------------------------------------------------------------

export interface PipelineOptions {
  profile: Profile;
  /** plan year asked for (settings, --anno); default the first year column of the sheet (see ./planYear) */
  planYear?: number;
  /** today's year: only the back ends read the clock, and pass it here */
  currentYear?: number;
  /** build the Riepilogo too */
  summary?: boolean;
  /** body name for the Riepilogo title, e.g. "Camera di commercio di Sondrio" */
  organisationName?: string;
  /** the user's column mapping (settings), used instead of the header detection while it fits */
  columnMapping?: ColumnMapping | null;
  /** the workbook's ledger of the add-in's own cells and sheets (absent = none: no cell is the add-in's yet) */
  ledger?: Ledger;
  /** every sheet name of the workbook, so the Riepilogo never takes the name of a sheet of the user's */
  sheetNames?: readonly string[];
  /** when the figures are computed, from the back end's clock (the Riepilogo's date; the pure layers never read it) */
  generatedAt?: Date;
  /** the workbook's individual objectives sheet (src/layout/individual), read and scored in the same run */
  individualGrid?: SheetGrid | null;
  /** 'consuntivo' (31/12, default) or 'monitoraggio' (30/6: the report gets the scostamenti, ./monitoring) */
  period?: Period;
}

export interface PipelineResult {
  read: ReadResult;
  score: ScoreResult;
  plan: WritePlan;
  report: JsonReport;
  /** all diagnostics (reader + engine), with cells */
  diagnostics: Diagnostic[];
  /** when the sheet was not recognised: a best-effort column mapping for the user to correct */
  proposedMapping?: ColumnMapping | null;
}

export type { PerformanceNode };
