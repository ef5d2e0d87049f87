/**
 * Ricalcola: read the cruscotto and the individual objectives sheet, run the pipeline, write figures and
 * colours back (and the Riepilogo).
 * Round trips: (1) settings, sheets and the workbook's comments; (2) the cruscotto itself (used range,
 * values, formats, merged areas, formulas, earlier rules, where the comments are), the ledger and the
 * summary candidates; (3) every write; (4) only when there are notes to replace or write, the notes.
 * The cruscotto is read without a survey when it is known: the settings name it, or it is the only
 * visible sheet besides sheets named «Riepilogo…» that the ledger confirms are the add-in's. Otherwise
 * the candidate sheets are surveyed first (one round trip more). A sheet too large for one 5 MB request
 * or response, or one with more than 512 merged areas in a column, takes more.
 * The individual objectives sheet (issue 9) is found by its header in the surveyed top rows and never read
 * as the cruscotto. After a survey it is read in the cruscotto's round trip (cruscotto and individual sheet:
 * 4 round trips, as with any survey). When the settings name the cruscotto, the other visible sheets' top
 * rows go with the cruscotto's read and an individual sheet found there takes one round trip of its own
 * (4); a workbook without one keeps its 3.
 */
import { effectiveProfile } from '../layout/settings';
import { sheetPrefix } from '../layout/address';
import { chooseSheet, runPipeline } from '../layout/pipeline';
import type { Diagnostic, SheetGrid } from '../layout/types';
import { applyPlan } from './applyPlan';
import { CruscottoHostError, toHostError } from './errors';
import type { ProgressListener, RunOutcome } from './host';
import type { OfficeEnv } from './officeApi';
import { queueMeasuredRead, readSheet, type ReadLimits, type ReadRequest, type SheetSnapshot } from './readSheet';
import { chooseIndividualSheet, isIndividualSurvey, type IndividualChoice } from './individualSheet';
import { REQUIRED_EXCEL_API, detectFeatures, mergedAreasWarning, requireExcelApi } from './requirements';
import { countingSync } from './syncCounter';
import { queueOutline, queueSurvey, type SheetEntry, type SheetSurvey, type UsedArea } from './workbookProbe';
import { queueLedgerRead, queueSummaryCandidates, type LedgerRead } from './ledger';
import { emptyLedger, foreignLedgerSheetMessage } from '../layout/ownership';
import { SUMMARY_SHEET_NAME } from '../layout/types';

export interface RicalcolaOptions {
  summary: boolean;
  onProgress?: ProgressListener;
  /** for tests and the benchmark */
  readLimits?: ReadLimits;
}

function warning(sheet: string | null, message: string, code: string): Diagnostic {
  return { severity: 'warning', cell: sheet, code, message: sheet ? `${sheetPrefix(sheet)}: ${message}` : message };
}

const EMPTY_GRID = (name: string): SheetGrid => ({ name, cells: [], merges: [] });

function checkLedger(ledger: LedgerRead): void {
  if (ledger.foreign) throw new CruscottoHostError('ledger-sheet-taken', `${foreignLedgerSheetMessage(ledger.sheet ?? '')}`, `The workbook has a sheet «${ledger.sheet}» that is not the add-in's: rename it and run again.`);
}

function noSheet(message: string): CruscottoHostError {
  return new CruscottoHostError('sheet-not-found', message, message);
}

/** The sheet the settings name (matched like the pipeline does), or the candidates to look at. */
function candidates(sheets: SheetEntry[], requested: string | null): string[] {
  if (requested) {
    const choice = chooseSheet(sheets, (s) => EMPTY_GRID(s.name), requested);
    if (!choice.ok) throw noSheet(choice.message);
    return [choice.sheet.name];
  }
  // the add-in's own Riepilogo is left out after the ledger is read (a sheet of the user's may be called so)
  const names = sheets.filter((s) => s.visible).map((s) => s.name);
  if (names.length === 0) throw noSheet('La cartella di lavoro non contiene fogli da leggere.');
  return names;
}

function pick(surveys: SheetSurvey[], requested: string | null, ownSummary: string | null): { sheet: SheetSurvey; note?: string } {
  if (requested || surveys.length === 1) return { sheet: surveys[0] };
  const choice = chooseSheet(surveys, (s) => s.peek ?? EMPTY_GRID(s.name), null, { skip: ownSummary });
  if (choice.ok) return { sheet: choice.sheet, note: choice.note };
  // no sheet is recognised: the first one with something in it is read, so the pane can propose a column mapping
  const withContent = surveys.find((s) => s.name.toLowerCase() !== ownSummary?.toLowerCase() && s.peek?.cells.some((row) => row.some((c) => c.value !== null && c.value !== '')));
  if (!withContent) throw noSheet(choice.message);
  return { sheet: withContent };
}

/** The sheet the run can read without a survey, and the «Riepilogo…» sheets left out to choose it. */
function directTarget(sheets: SheetEntry[], requested: string | null): { name: string; leftOut: string[] } | null {
  if (requested) return { name: requested, leftOut: [] };
  const visible = sheets.filter((s) => s.visible).map((s) => s.name);
  const leftOut = visible.filter((n) => n.toLowerCase().startsWith(SUMMARY_SHEET_NAME.toLowerCase()));
  const others = visible.filter((n) => !leftOut.includes(n));
  return others.length === 1 ? { name: others[0], leftOut } : null;
}

export async function ricalcola(env: OfficeEnv, options: RicalcolaOptions): Promise<RunOutcome> {
  requireExcelApi(env.office, REQUIRED_EXCEL_API);
  const features = detectFeatures(env.office);
  const progress: ProgressListener = options.onProgress ?? (() => undefined);
  try {
    return await env.excel.run(async (context) => {
      const sync = countingSync(context);
      progress('lettura');
      const outline = queueOutline(context, features);
      await sync();
      const { settings: parsed, sheets, comments, notes } = outline();
      const settings = parsed.settings;
      const hostDiagnostics: Diagnostic[] = [];
      if (parsed.warning) hostDiagnostics.push(warning(null, parsed.warning, 'settings'));
      // the user's own rules saved in the workbook (issue 11), else the built-in profile it names; colours on top
      const profile = effectiveProfile(settings);
      if (!profile) throw new CruscottoHostError('invalid-settings', `Il profilo «${settings.profile}» non esiste.`, `The profile «${settings.profile}» does not exist.`);

      // the sheet the settings name, else the one the user's column mapping was made for (while it exists)
      const mappingSheet = settings.columnMapping?.sheet ?? null;
      const requested = settings.sheetName ?? (mappingSheet !== null && sheets.some((s) => s.name === mappingSheet) ? mappingSheet : null);
      const names = candidates(sheets, requested);
      const allNames = sheets.map((s) => s.name);
      // the ledger and the summary candidates go with the first read that follows
      let ledgerRead: () => LedgerRead = () => ({ ledger: emptyLedger(), warning: null, sheet: null, foreign: false });
      let summaryCandidates: () => Map<string, SheetGrid> = () => new Map();
      const alongside = (): void => {
        ledgerRead = queueLedgerRead(context, allNames);
        // read on every run: the add-in's own Riepilogo is rewritten by every Ricalcola (the pipeline decides)
        summaryCandidates = queueSummaryCandidates(context, allNames);
      };
      const request = (sheetName: string, used?: UsedArea | null): ReadRequest => ({ sheetName, used, comments, notes, features });

      let snapshot: SheetSnapshot | null = null;
      let chosenName = '';
      let ledger: LedgerRead = ledgerRead();
      // the individual objectives sheet (issue 9): chosen from the surveyed top rows, read beside the cruscotto
      let individual: IndividualChoice = { sheet: null, warnings: [] };
      let individualSnapshot: SheetSnapshot | null = null;
      const direct = directTarget(sheets, requested ? names[0] : null);
      if (direct) {
        // the other visible sheets' top rows go with the cruscotto's read: one of them may be the individual sheet
        const others = sheets.filter((s) => s.visible && s.name !== direct.name && !direct.leftOut.includes(s.name)).map((s) => s.name);
        let surveyed: () => SheetSurvey[] = () => [];
        snapshot = await readSheet(context, sync, request(direct.name), options.readLimits, () => {
          alongside();
          // their values only: merged areas do not matter to find a header
          if (others.length > 0) surveyed = queueSurvey(context, others, { peek: true, features: { ...features, mergedAreas: false } });
        });
        ledger = ledgerRead();
        checkLedger(ledger);
        // a «Riepilogo…» sheet left out that is not the add-in's summary might be the cruscotto: look at all
        const own = ledger.ledger.summarySheet?.toLowerCase() ?? null;
        if (direct.leftOut.some((n) => n.toLowerCase() !== own)) snapshot = null;
        chosenName = direct.name;
        if (snapshot) individual = chooseIndividualSheet(surveyed(), chosenName, ledger.ledger.summarySheet);
      }
      if (!snapshot) {
        const survey = queueSurvey(context, names, { peek: !requested && names.length > 1, features });
        alongside();
        await sync();
        ledger = ledgerRead();
        checkLedger(ledger);
        const surveys = survey();
        // an individual objectives sheet is never the cruscotto (unless there is nothing else to read)
        const cruscottoLike = surveys.filter((s) => !isIndividualSurvey(s));
        const picked = pick(cruscottoLike.length > 0 ? cruscottoLike : surveys, requested, ledger.ledger.summarySheet);
        if (picked.note) hostDiagnostics.push(warning(picked.sheet.name, picked.note, 'sheet-choice'));
        chosenName = picked.sheet.name;
        individual = chooseIndividualSheet(surveys, chosenName, ledger.ledger.summarySheet);
        const found = individual.sheet;
        // the individual sheet goes with the cruscotto's first attempt only: after a refusal it is read on its own
        const beside: { attempt: number; read: (() => SheetSnapshot) | null } = { attempt: 0, read: null };
        const queueBeside = (): void => {
          beside.attempt += 1;
          beside.read = found && beside.attempt === 1 ? queueMeasuredRead(context, { ...request(found.name), used: found.used }) : null;
        };
        snapshot = await readSheet(context, sync, request(chosenName, picked.sheet.used), options.readLimits, found ? queueBeside : undefined);
        if (beside.read) individualSnapshot = beside.read();
      }
      if (individual.sheet && !individualSnapshot) individualSnapshot = await readSheet(context, sync, request(individual.sheet.name, individual.sheet.used), options.readLimits);
      hostDiagnostics.push(...individual.warnings);
      if (ledger.warning) hostDiagnostics.push(warning(null, `${ledger.warning}: nessuna cella è considerata del componente aggiuntivo.`, 'ledger-unreadable'));
      const chosen = { name: chosenName };
      if (!features.mergedAreas) hostDiagnostics.push(warning(chosen.name, mergedAreasWarning(), 'excel-merged-areas'));

      progress('calcolo');
      // the clock is read here, at the edge: the pure layers get the year and the Riepilogo's date
      const now = new Date();
      const result = runPipeline(snapshot.grid, {
        currentYear: now.getFullYear(),
        generatedAt: now,
        profile,
        planYear: settings.planYear ?? undefined,
        summary: options.summary,
        // the body's name from the settings, for the Riepilogo title (written as text, never a formula)
        organisationName: settings.organisationName ?? undefined,
        columnMapping: settings.columnMapping ?? null,
        ledger: ledger.ledger,
        sheetNames: sheets.map((s) => s.name),
        // 'monitoraggio' (issue 9): the scostamenti at 30/6 and their diagnostics
        period: settings.period ?? undefined,
        // the individual objectives sheet, found by its headers, computed in the same run (issue 9)
        individualGrid: individualSnapshot?.grid ?? null,
      });
      // a sheet that is not a cruscotto gets its diagnostics, never a Riepilogo of nothing (the pipeline says so)
      const plan = result.plan;

      progress('scrittura');
      const ownSummary = ledger.ledger.summarySheet?.toLowerCase() ?? null;
      const others = sheets.filter((s) => s.name.toLowerCase() !== ownSummary);
      const oldSummary = sheets.find((s) => s.name.toLowerCase() === ownSummary) ?? null;
      const applied = await applyPlan(context, sync, plan, {
        snapshot,
        individualSnapshot,
        features,
        ledger: ledger.ledger,
        ledgerSheet: ledger.sheet,
        sheetNames: sheets.map((s) => s.name),
        summaryCandidates: summaryCandidates(),
        summary: {
          existing: oldSummary?.name ?? null,
          existingHidden: oldSummary ? !oldSummary.visible : false,
          position: others.findIndex((s) => s.name === chosen.name) + 1,
        },
        onSummary: () => progress('riepilogo'),
      });
      hostDiagnostics.push(...applied.warnings);
      progress('fatto');
      return {
        report: result.report,
        diagnostics: [...result.diagnostics, ...hostDiagnostics],
        syncs: sync.count,
        summaryWritten: applied.summaryWritten,
        summarySheet: applied.summarySheet,
        proposedMapping: result.proposedMapping ?? null,
        source: { grid: snapshot.grid, individualGrid: individualSnapshot?.grid ?? null, planYear: settings.planYear ?? undefined, currentYear: now.getFullYear(), columnMapping: settings.columnMapping ?? null },
      };
    });
  } catch (error) {
    throw toHostError(error);
  }
}
