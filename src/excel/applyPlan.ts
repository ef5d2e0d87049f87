/**
 * Applies a WritePlan to the live workbook. Everything is queued and sent in one round trip; only a
 * plan larger than the request limit of Excel on the web (5 MB) is sent in several.
 * Nothing is written cell by cell: each group of blocks is one Range write (see ./writeValues).
 * The batch runs in order and stops at the first failure, keeping what came before. The notes (threaded
 * comments) go in a round trip of their own, after everything else and only when there are notes to
 * replace or write: a refusal there is a warning, never a failed run.
 */
import { sheetPrefix } from '../layout/address';
import type { Diagnostic, SheetGrid, SheetWritePlan, WritePlan } from '../layout/types';
import type { SheetSnapshot } from './readSheet';
import { commentsWarning, pageLayoutWarning, type Features } from './requirements';
import type { CountedSync } from './syncCounter';
import { gridView, ledgerSheet, noteKey, prepareWrites, type Ledger } from '../layout/ownership';
import { queueLedgerWrite } from './ledger';
import { coalesceBlocks, estimateBytes, queueDenseWrite, splitByBytes, utf8Bytes, type ExistingFormat } from './writeValues';
import { notesFailedWarnings, queueNotes } from './writeNotes';
import { queueDeleteRules, queueRules } from './writeRules';
import { queueColumnWidths, queueStyles } from './writeStyles';
import { queueReplaceSummarySheet, queueSummaryChart, queueSummaryPage, type SummaryPlacement } from './writeSummary';

/** Leaves 1 MB of the 5 MB request limit for everything that is not values. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const MAX_WRITE_BYTES = 1024 * 1024;
const SMALL = 300;

interface Step {
  bytes: number;
  queue: () => void;
}

export interface ApplyOptions {
  snapshot: SheetSnapshot;
  /** the individual objectives sheet as read in this run (issue 9), for plan.individual */
  individualSnapshot?: SheetSnapshot | null;
  features: Features;
  summary: SummaryPlacement;
  /** the workbook's ledger as read in this run, and the sheet that holds it (null = none yet) */
  ledger: Ledger;
  ledgerSheet: string | null;
  /** every sheet of the workbook (the summary never takes the name of a sheet of the user's) */
  sheetNames: readonly string[];
  /** the sheets that may be the add-in's summary, as read in this run (lower-case name → grid) */
  summaryCandidates?: Map<string, SheetGrid>;
  onSummary?: () => void;
  maxRequestBytes?: number;
}

export interface ApplyResult {
  warnings: Diagnostic[];
  summaryWritten: boolean;
  /** the summary sheet written, or null */
  summarySheet: string | null;
}

/** The number format each cell of the sheet had when it was read ("@" keeps text as typed). */
function formatsOf(snapshot: SheetSnapshot): ExistingFormat {
  return (row, col) => snapshot.grid.cells[row]?.[col]?.numberFormat;
}

function sheetSteps(sheet: () => Excel.Worksheet, plan: SheetWritePlan, existing?: ExistingFormat): Step[] {
  const steps: Step[] = [];
  for (const write of coalesceBlocks(plan.blocks, existing)) {
    for (const part of splitByBytes(write, MAX_WRITE_BYTES)) steps.push({ bytes: estimateBytes(part), queue: () => queueDenseWrite(sheet(), part) });
  }
  steps.push({ bytes: SMALL * plan.blocks.length, queue: () => queueStyles(sheet(), plan.blocks) });
  steps.push({ bytes: SMALL, queue: () => queueColumnWidths(sheet(), plan.columnWidths) });
  steps.push({ bytes: SMALL * plan.conditionalFormats.length, queue: () => queueRules(sheet(), plan.conditionalFormats) });
  return steps;
}

export async function applyPlan(context: Excel.RequestContext, sync: CountedSync, whole: WritePlan, options: ApplyOptions): Promise<ApplyResult> {
  const { snapshot, features } = options;
  // the guard: only empty cells and the add-in's own (the ledger and what was read in this run say which)
  const prepared = prepareWrites(whole, gridView(snapshot.grid), options.ledger, options.sheetNames, (name) => {
    const grid = options.summaryCandidates?.get(name.toLowerCase());
    return grid ? gridView(grid) : null;
  });
  const plan = prepared.plan;
  const warnings: Diagnostic[] = [...prepared.refused];
  const sheetWarning = (sheetName: string, code: string, message: string): Diagnostic => ({ severity: 'warning', cell: sheetName, code, message: `${sheetPrefix(sheetName)}: ${message}` });
  const steps: Step[] = [];
  const writesSheet = plan.sheet.blocks.length > 0;

  let target: Excel.Worksheet | null = null;
  const sheet = (): Excel.Worksheet => (target ??= context.workbook.worksheets.getItem(plan.sheet.sheet));
  if (writesSheet) {
    steps.push({ bytes: SMALL * snapshot.ownRules.length, queue: () => queueDeleteRules(snapshot.ownRules) });
    steps.push(...sheetSteps(sheet, plan.sheet, formatsOf(snapshot)));
  }
  if (prepared.ledgerChanged) {
    steps.push({ bytes: SMALL + utf8Bytes(JSON.stringify(prepared.ledger)), queue: () => queueLedgerWrite(context, options.ledgerSheet, prepared.ledger) });
  }

  const summary = plan.summary;
  if (summary) {
    let summarySheet: Excel.Worksheet | null = null;
    const get = (): Excel.Worksheet => summarySheet!;
    steps.push({ bytes: SMALL, queue: () => {
      options.onSummary?.();
      summarySheet = queueReplaceSummarySheet(context, { ...options.summary, existing: prepared.summaryReplaces }, summary.sheet);
    } });
    steps.push(...sheetSteps(get, summary));
    steps.push({ bytes: SMALL * 3, queue: () => {
      if (summary.chart) queueSummaryChart(get(), summary.chart);
      if (features.pageLayout) queueSummaryPage(get(), summary.page);
      else warnings.push(sheetWarning(summary.sheet, 'excel-page-layout', pageLayoutWarning()));
      if (summary.activate !== false) get().activate();
    } });
  }

  if (writesSheet && plan.sheet.notes.length > 0 && !features.comments) {
    warnings.push(sheetWarning(plan.sheet.sheet, 'excel-comments', commentsWarning(plan.sheet.notes.length)));
  }

  const budget = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  let pending = 0;
  for (const step of steps) {
    if (pending > 0 && pending + step.bytes > budget) {
      // eslint-disable-next-line no-restricted-syntax -- a new batch only when this one would pass Excel's request size limit
      await sync();
      pending = 0;
    }
    step.queue();
    pending += step.bytes;
  }
  if (steps.length > 0) await sync();

  // the notes in a round trip of their own, only when there are notes to replace or write: Excel may refuse
  // them (CommentCollection.add "NotImplemented" on some builds, office-js #1847) and that must not cost the
  // figures, colours and Riepilogo written above, nor report the run as failed
  if (writesSheet) {
    // the add-in's earlier notes: only those the ledger records at that cell with that text
    const ledgerNotes = new Set((ledgerSheet(options.ledger, whole.sheet.sheet)?.notes ?? []).map((n) => `${n.row}:${n.col}:${n.key}`));
    const ownNotes = snapshot.ownNotes.filter((n) => ledgerNotes.has(`${n.row}:${n.col}:${noteKey(n.text)}`));
    const notes = features.comments ? plan.sheet.notes : [];
    if (ownNotes.length > 0 || notes.length > 0) {
      for (const note of ownNotes) note.comment.delete();
      const queued = queueNotes(context, plan.sheet.sheet, notes, snapshot.foreignCommentCells, snapshot.answeredNoteCells);
      warnings.push(...queued.warnings);
      try {
        await sync();
      } catch (error) {
        warnings.push(...notesFailedWarnings(plan.sheet.sheet, queued.queued, error));
      }
    }
  }
  return { warnings, summaryWritten: summary !== null, summarySheet: summary ? summary.sheet : null };
}
