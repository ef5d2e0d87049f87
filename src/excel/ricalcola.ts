/**
 * Ricalcola: read the cruscotto, run the pipeline, write figures and colours back (and the Riepilogo).
 * Round trips: (1) settings and sheets, (2) size, top rows and comments of the candidate sheets,
 * (3) the sheet's values, merges and earlier rules, (4) every write. At most 4 whatever the rows;
 * only a sheet too large for one 5 MB request or response takes more.
 */
import { effectiveProfile } from '../layout/settings';
import { sheetPrefix } from '../layout/address';
import { chooseSheet, runPipeline } from '../layout/pipeline';
import type { Diagnostic, SheetGrid } from '../layout/types';
import { applyPlan } from './applyPlan';
import { CruscottoHostError, toHostError } from './errors';
import type { ProgressListener, RunOutcome } from './host';
import type { OfficeEnv } from './officeApi';
import { readSheet, type ReadLimits } from './readSheet';
import { REQUIRED_EXCEL_API, detectFeatures, mergedAreasWarning, requireExcelApi } from './requirements';
import { countingSync } from './syncCounter';
import { queueOutline, queueSurvey, type SheetEntry, type SheetSurvey } from './workbookProbe';
import { queueLedgerRead, queueSummaryCandidates } from './ledger';
import { foreignLedgerSheetMessage } from '../layout/ownership';

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

export async function ricalcola(env: OfficeEnv, options: RicalcolaOptions): Promise<RunOutcome> {
  requireExcelApi(env.office, REQUIRED_EXCEL_API);
  const features = detectFeatures(env.office);
  const progress: ProgressListener = options.onProgress ?? (() => undefined);
  try {
    return await env.excel.run(async (context) => {
      const sync = countingSync(context);
      progress('lettura');
      const outline = queueOutline(context);
      await sync();
      const { settings: parsed, sheets } = outline();
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
      const survey = queueSurvey(context, names, { peek: !requested && names.length > 1, features });
      const ledgerRead = queueLedgerRead(context, sheets.map((s) => s.name));
      const summaryCandidates = options.summary ? queueSummaryCandidates(context, sheets.map((s) => s.name)) : () => new Map();
      await sync();
      const ledger = ledgerRead();
      if (ledger.foreign) throw new CruscottoHostError('ledger-sheet-taken', `${foreignLedgerSheetMessage(ledger.sheet ?? '')}`, `The workbook has a sheet «${ledger.sheet}» that is not the add-in's: rename it and run again.`);
      if (ledger.warning) hostDiagnostics.push(warning(null, `${ledger.warning}: nessuna cella è considerata del componente aggiuntivo.`, 'ledger-unreadable'));
      const picked = pick(survey(), requested, ledger.ledger.summarySheet);
      const chosen = picked.sheet;
      if (picked.note) hostDiagnostics.push(warning(chosen.name, picked.note, 'sheet-choice'));

      const snapshot = await readSheet(context, sync, { sheetName: chosen.name, used: chosen.used, comments: chosen.comments, notes: chosen.notes, features }, options.readLimits);
      if (!features.mergedAreas) hostDiagnostics.push(warning(chosen.name, mergedAreasWarning(), 'excel-merged-areas'));

      progress('calcolo');
      const currentYear = new Date().getFullYear();
      const result = runPipeline(snapshot.grid, {
        // the clock is read here, at the edge: the pure layers only get the year
        currentYear,
        profile,
        planYear: settings.planYear ?? undefined,
        summary: options.summary,
        // the body's name from the settings, for the Riepilogo title (written as text, never a formula)
        organisationName: settings.organisationName ?? undefined,
        columnMapping: settings.columnMapping ?? null,
        ledger: ledger.ledger,
        sheetNames: sheets.map((s) => s.name),
      });
      // a sheet that is not a cruscotto gets its diagnostics, never a Riepilogo of nothing (the pipeline says so)
      const plan = result.plan;

      progress('scrittura');
      const ownSummary = ledger.ledger.summarySheet?.toLowerCase() ?? null;
      const others = sheets.filter((s) => s.name.toLowerCase() !== ownSummary);
      const oldSummary = sheets.find((s) => s.name.toLowerCase() === ownSummary) ?? null;
      const applied = await applyPlan(context, sync, plan, {
        snapshot,
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
        source: { grid: snapshot.grid, planYear: settings.planYear ?? undefined, currentYear, columnMapping: settings.columnMapping ?? null },
      };
    });
  } catch (error) {
    throw toHostError(error);
  }
}
