/**
 * Ricalcola: read the cruscotto, run the pipeline, write figures and colours back (and the Riepilogo).
 * Round trips: (1) settings and sheets, (2) size, top rows and comments of the candidate sheets,
 * (3) the sheet's values, merges and earlier rules, (4) every write. At most 4 whatever the rows;
 * only a sheet too large for one 5 MB request or response takes more.
 */
import { getProfile, withColours } from '../engine';
import { sheetPrefix } from '../layout/address';
import { chooseSheet, runPipeline } from '../layout/pipeline';
import { SUMMARY_SHEET_NAME, type Diagnostic, type SheetGrid } from '../layout/types';
import { applyPlan } from './applyPlan';
import { CruscottoHostError, toHostError } from './errors';
import type { ProgressListener, RunOutcome } from './host';
import type { OfficeEnv } from './officeApi';
import { readSheet, type ReadLimits } from './readSheet';
import { REQUIRED_EXCEL_API, detectFeatures, mergedAreasWarning, requireExcelApi } from './requirements';
import { countingSync } from './syncCounter';
import { isSummarySheet } from './writeSummary';
import { queueOutline, queueSurvey, type SheetEntry, type SheetSurvey } from './workbookProbe';

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
  const names = sheets.filter((s) => s.visible && !isSummarySheet(s.name)).map((s) => s.name);
  if (names.length === 0) throw noSheet('La cartella di lavoro non contiene fogli da leggere.');
  return names;
}

function pick(surveys: SheetSurvey[], requested: string | null): SheetSurvey {
  if (requested || surveys.length === 1) return surveys[0];
  const choice = chooseSheet(surveys, (s) => s.peek ?? EMPTY_GRID(s.name), null);
  if (!choice.ok) throw noSheet(choice.message);
  return choice.sheet;
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
      const profile = getProfile(settings.profile);
      if (!profile) throw new CruscottoHostError('invalid-settings', `Il profilo «${settings.profile}» non esiste.`, `The profile «${settings.profile}» does not exist.`);

      const names = candidates(sheets, settings.sheetName);
      const survey = queueSurvey(context, names, { peek: !settings.sheetName && names.length > 1, features });
      await sync();
      const chosen = pick(survey(), settings.sheetName);
      if (options.summary && isSummarySheet(chosen.name)) {
        throw noSheet(`Il foglio «${SUMMARY_SHEET_NAME}» è quello che il Riepilogo sostituisce: indicare nelle impostazioni il foglio del cruscotto.`);
      }

      const snapshot = await readSheet(context, sync, { sheetName: chosen.name, used: chosen.used, comments: chosen.comments, notes: chosen.notes, features }, options.readLimits);
      if (!features.mergedAreas) hostDiagnostics.push(warning(chosen.name, mergedAreasWarning(), 'excel-merged-areas'));

      progress('calcolo');
      const result = runPipeline(snapshot.grid, {
        profile: withColours(profile, settings.colours),
        planYear: settings.planYear ?? undefined,
        summary: options.summary,
        // the body's name from the settings, for the Riepilogo title (written as text, never a formula)
        organisationName: settings.organisationName ?? undefined,
      });

      // a sheet that is not a cruscotto gets its diagnostics, never a Riepilogo of nothing
      const plan = result.read.layout ? result.plan : { ...result.plan, summary: null };

      progress('scrittura');
      const others = sheets.filter((s) => !isSummarySheet(s.name));
      const oldSummary = sheets.find((s) => isSummarySheet(s.name)) ?? null;
      const applied = await applyPlan(context, sync, plan, {
        snapshot,
        features,
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
      };
    });
  } catch (error) {
    throw toHostError(error);
  }
}
