/**
 * The whole run on one sheet: read, score, point every diagnostic at its cell, build the write plans and
 * the JSON report. Pure and total: it never throws (an unexpected failure becomes an error diagnostic).
 */
import { scoreTree } from '../engine';
import type { Profile, ScoreResult } from '../engine/types';
import { sheetPrefix } from './address';
import { describeLayout, proposeMapping } from './mapping';
import { decidePlanYear } from './planYear';
import { emptyLedger, guardSheetPlan, type Ledger, gridView, isSummarySheet, ledgerSheet, SheetOwnership, summaryTarget, type SummaryTarget } from './ownership';
import { figureChecks, userColumnWarnings } from './plan/checks';
import { placeOutputColumns, type OutputPlacement, type WrittenRows } from './plan/columns';
import { buildSheetPlan, dataRowSpan, neededKinds } from './plan/sheetPlan';
import { flattenScores } from './plan/walk';
import { buildSummaryPlan } from './plan/summaryPlan';
import { sheetLegend } from './plan/sheetLegend';
import { allDiagnostics } from './plan/diagnostics';
import { cruscottoScore, readCruscotto } from './reader';
import { buildReport } from './report';
import { planIndividualSheet, runIndividuals, type IndividualRun, type IndividualSheetPlan } from './individual';
import { buildMonitoring } from './monitoring';
import { SUMMARY_SHEET_NAME, type Diagnostic, type PipelineOptions, type PipelineResult, type ReadResult, type SheetGrid, type SheetWritePlan, type SummaryPlan } from './types';

function emptyScore(): ScoreResult {
  return { roots: [], organisation: { achievement: null, achievementWithoutOverrides: null, band: null, status: 'non-misurato' }, diagnostics: [] };
}

function internalError(sheet: string, err: unknown): Diagnostic {
  const detail = err instanceof Error ? err.message : String(err);
  return {
    severity: 'error',
    cell: sheet,
    code: 'internal-error',
    message: `${sheetPrefix(sheet)}: errore interno durante il calcolo (${detail}). Il foglio non è stato modificato: segnalare il problema all'assistenza.`,
  };
}

/** Plan year of a run: as the reader decided it (../planYear), or for a sheet not read, the option or the current year. */
export function planYearOf(read: ReadResult, options: PipelineOptions): number {
  return read.layout?.planYear ?? decidePlanYear(options.planYear, [], options.currentYear).year;
}

/** The rows the plan writes in each output column (the guard checks exactly those). */
function writtenRows(read: ReadResult, grid: SheetGrid): WrittenRows | null {
  const span = dataRowSpan(read);
  if (!span || !read.layout) return null;
  return { ...span, skip: new Set(read.layout.repeatedHeaderRows), merges: grid.merges };
}

/**
 * A note the plan puts on an action's % cell that already has a note of someone else goes beside it, on the
 * action's Esito cell of the add-in; where that too has someone else's note, the guard reports it.
 */
function relocateNotes(plan: SheetWritePlan, placement: OutputPlacement, ownership: SheetOwnership): SheetWritePlan {
  const esito = placement.columns.find((c) => c.kind === 'action.esito' && c.own);
  if (!esito) return plan;
  const notes = plan.notes.map((n) =>
    ownership.hasForeignNote(n.row, n.col) && !ownership.hasForeignNote(n.row, esito.col) ? { ...n, col: esito.col } : n,
  );
  return { ...plan, notes };
}

/** The legend of the colours beside the add-in's columns, where it fits in free cells (./plan/sheetLegend). */
function withLegend(plan: SheetWritePlan, read: ReadResult, placement: OutputPlacement, ownership: SheetOwnership, profile: Profile): SheetWritePlan {
  if (!read.layout || plan.blocks.length === 0) return plan;
  const legend = sheetLegend(read.layout, placement, ownership, profile);
  if (!legend) return plan;
  return {
    ...plan,
    blocks: [...plan.blocks, legend.block],
    conditionalFormats: [...plan.conditionalFormats, ...legend.rules],
    columnWidths: [...(plan.columnWidths ?? []), ...legend.columnWidths],
  };
}

/** The ledger records a Riepilogo the add-in created and the workbook still has it (not the cruscotto itself). */
export function hasOwnSummary(ledger: Ledger, sheetNames: readonly string[], cruscottoSheet: string): boolean {
  const own = ledger.summarySheet?.toLowerCase() ?? null;
  if (own === null || own === cruscottoSheet.toLowerCase()) return false;
  return sheetNames.some((n) => n.toLowerCase() === own);
}

function summaryMovedWarning(target: SummaryTarget): Diagnostic[] {
  if (isSummarySheet(target.name)) return [];
  return [
    {
      severity: 'warning',
      cell: target.name,
      code: 'summary-renamed',
      message: `${sheetPrefix(target.name)}: il foglio «${SUMMARY_SHEET_NAME}» della cartella non è stato creato dal componente aggiuntivo e non viene toccato; il riepilogo è nel foglio «${target.name}».`,
    },
  ];
}

export function runPipeline(grid: SheetGrid, options: PipelineOptions): PipelineResult {
  const profile: Profile = options.profile;
  const sheetName = typeof grid?.name === 'string' ? grid.name : '';
  let read: ReadResult = { sheet: sheetName, layout: null, tree: { roots: [] }, locations: new Map(), diagnostics: [] };
  let score = emptyScore();
  try {
    read = readCruscotto(grid, { profile, planYear: options.planYear, currentYear: options.currentYear, mapping: options.columnMapping ?? null });
    const planYear = planYearOf(read, options);
    score = scoreTree(read.tree, profile, { planYear });
    const monitoring = options.period === 'monitoraggio' ? buildMonitoring(read, score, grid, profile, planYear) : null;
    const ledger = options.ledger ?? emptyLedger();
    const ownership = new SheetOwnership(gridView(grid), ledgerSheet(ledger, grid.name));
    const placement: OutputPlacement = read.layout
      ? placeOutputColumns(read.layout, neededKinds(flattenScores(score), profile, options.period), grid, ownership, writtenRows(read, grid))
      : { columns: [], userColumns: [] };
    const sheetPlan = withLegend(relocateNotes(buildSheetPlan(read, score, profile, grid, placement, monitoring?.byNode), placement, ownership), read, placement, ownership, profile);
    const guarded = guardSheetPlan(sheetPlan, ownership);
    const checks = figureChecks(read, score, placement, grid);
    // no Riepilogo of a sheet that is not a cruscotto; the add-in's own Riepilogo, while it is there, is
    // rewritten by every Ricalcola (never left with old figures), asked for or not
    const sheetNames = options.sheetNames ?? [grid.name];
    const wanted = options.summary === true || hasOwnSummary(ledger, sheetNames, grid.name);
    const target = wanted && read.layout ? summaryTarget(sheetNames, ledger, grid.name) : null;
    const headerRow = read.layout ? read.layout.headerBottom : 0;
    // the individual objectives sheet, linked to the figures just computed (issue 9)
    const individuals: IndividualRun | null = options.individualGrid ? runIndividuals(options.individualGrid, { read, score, grid }, profile, planYear) : null;
    // its own columns, guarded with the ledger's entry of that sheet (issue 9, item 5)
    const individualPlan: IndividualSheetPlan | null = individuals && options.individualGrid ? planIndividualSheet(individuals, options.individualGrid, profile, ledger) : null;
    const diagnostics = [
      ...allDiagnostics(read, score.diagnostics),
      ...(individuals?.diagnostics ?? []),
      ...(individualPlan?.diagnostics ?? []),
      ...(monitoring ? monitoring.diagnostics : []),
      ...userColumnWarnings(read.sheet, headerRow, placement),
      ...guarded.refused,
      ...(target ? summaryMovedWarning(target) : []),
    ];
    let summary: SummaryPlan | null = null;
    if (target) {
      const errors = diagnostics.filter((d) => d.severity === 'error');
      const summaryOptions = { organisationName: options.organisationName, planYear, checks, errors, generatedAt: options.generatedAt };
      summary = { ...buildSummaryPlan(read, score, profile, { ...summaryOptions, individuals: individuals?.report ?? null, monitoring: monitoring?.rows ?? null }), sheet: target.name };
      if (options.summary !== true) summary.activate = false;
    }
    const report = buildReport(read, score, profile, grid, placement);
    report.checks = checks;
    if (individuals) report.individuals = individuals.report;
    if (monitoring) report.monitoring = { period: 'monitoraggio', rows: monitoring.rows };
    // what the reader understood, as a column mapping the user can correct (the task pane, `cruscotto colonne`)
    report.layout = read.layout ? { ...describeLayout(read.layout, grid), ...(read.layout.levelNames ? { levelNames: read.layout.levelNames } : {}) } : null;
    const proposedMapping = read.layout ? null : proposeMapping(grid);
    report.diagnostics = diagnostics.map((d) => ({ severity: d.severity, cell: d.cell, message: d.message }));
    return { read, score, plan: { sheet: guarded.plan, summary, individual: individualPlan?.plan ?? null }, report, diagnostics, proposedMapping };
  } catch (err) {
    const diagnostics = [...read.diagnostics, internalError(sheetName, err)];
    const report = {
      profile: profile.name,
      sheet: sheetName,
      organisation: { achievement: null, achievementWithoutOverrides: null, band: null },
      nodes: [],
      diagnostics: diagnostics.map((d) => ({ severity: d.severity, cell: d.cell, message: d.message })),
    };
    return {
      read,
      score: emptyScore(),
      plan: { sheet: { sheet: sheetName, blocks: [], conditionalFormats: [], notes: [] }, summary: null },
      report,
      diagnostics,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Which sheet to read
// ---------------------------------------------------------------------------------------------

export type SheetChoice<T> = { ok: true; sheet: T; grid: SheetGrid; note?: string } | { ok: false; message: string };

const normalise = (s: string) => s.trim().toLocaleLowerCase('it-IT');

export interface ChooseOptions {
  /** a sheet never chosen by itself: the add-in's own summary sheet (the ledger names it) */
  skip?: string | null;
}

/**
 * The requested sheet (exact name, else ignoring case and spaces), or without a request the sheet that looks
 * most like a cruscotto (cruscottoScore: recognised columns, usual inputs, rows with a target); on a tie the
 * first. When several sheets look like one, `note` says which was read and how to choose another.
 */
export function chooseSheet<T extends { name: string }>(sheets: T[], getGrid: (sheet: T) => SheetGrid, requested?: string | null, options: ChooseOptions = {}): SheetChoice<T> {
  const names = sheets.map((s) => `«${s.name}»`).join(', ');
  if (requested !== undefined && requested !== null && requested !== '') {
    const sheet = sheets.find((s) => s.name === requested) ?? sheets.find((s) => normalise(s.name) === normalise(requested));
    if (!sheet) return { ok: false, message: `Il foglio «${requested}» non esiste nella cartella di lavoro. Fogli presenti: ${names || 'nessuno'}.` };
    try {
      return { ok: true, sheet, grid: getGrid(sheet) };
    } catch (err) {
      return { ok: false, message: `Il foglio «${sheet.name}» non si può leggere: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  const skip = options.skip ? normalise(options.skip) : null;
  const scored: { sheet: T; grid: SheetGrid; score: number }[] = [];
  for (const sheet of sheets) {
    if (skip !== null && normalise(sheet.name) === skip) continue;
    let grid: SheetGrid;
    try {
      grid = getGrid(sheet);
    } catch {
      continue;
    }
    const score = cruscottoScore(grid);
    if (score > 0) scored.push({ sheet, grid, score });
  }
  if (scored.length > 0) {
    let best = scored[0];
    for (const s of scored) if (s.score > best.score) best = s;
    const note =
      scored.length > 1
        ? `Più fogli sembrano un cruscotto (${scored.map((s) => `«${s.sheet.name}»`).join(', ')}): è stato letto «${best.sheet.name}», quello che lo sembra di più. Per leggerne un altro, indicarlo nelle impostazioni (Foglio del cruscotto) o con --foglio.`
        : undefined;
    return note ? { ok: true, sheet: best.sheet, grid: best.grid, note } : { ok: true, sheet: best.sheet, grid: best.grid };
  }
  return {
    ok: false,
    message:
      sheets.length === 0
        ? 'La cartella di lavoro non contiene fogli.'
        : `Nessun foglio sembra un cruscotto (manca la riga di intestazione con codici, pesi, target e risultati). Fogli presenti: ${names}. Indicare il foglio da leggere.`,
  };
}
