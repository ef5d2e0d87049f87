/** `cruscotto ricalcola <file.xlsx>`: read, compute, write a new workbook with figures, colours and, on request, the Riepilogo. */
import { monitoringCounts, type MonitoringReportRow } from '../../layout/monitoring';
import type { Period } from '../../layout/settings/period';
import { promises as fs } from 'fs';
import * as path from 'path';
import { getProfile, profileNames } from '../../engine';
import type { Profile } from '../../engine/types';
import { runPipeline } from '../../layout/pipeline';
import { sheetPrefix } from '../../layout/address';
import type { ColumnMapping, Diagnostic, PipelineResult } from '../../layout/types';
import { XlsxWriteError } from '../../xlsx';
import { applyPlanToPackage } from '../../xlsx/package/applyPlan';
import { readPackageLedger } from '../../xlsx/package/ledgerPart';
import { readPackageSettings } from '../../xlsx/package/settingsPart';
import { openPackage, savePackage } from '../../xlsx/package/workbook';
import { inputProblem } from '../inputFile';
import { readMappingFile } from '../mappingFile';
import { chooseProfile, isProfileFile } from '../profileFile';
import { chooseWorksheet, individualWorksheet } from '../sheetChoice';
import { groupDigits, Progress, type CliIO } from '../io';
import { diagnosticLines, individualLines, summaryLines } from '../output';
import { defaultOutputPath, samePath, workbookExtension } from '../paths';
import { fsErrorText, outputProblem } from '../outputPaths';
import { explainWriteError } from '../writeErrors';

/** Rows above which the progress line is shown even when stderr is not a terminal. */
export const PROGRESS_ROWS = 1000;

export interface RicalcolaOptions {
  input: string;
  output?: string;
  profile?: string;
  sheet?: string;
  year?: number;
  summary: boolean;
  /** path of the JSON report, or "-" for stdout */
  json?: string;
  organisationName?: string;
  /** path of a JSON column mapping (--colonne); without it, the mapping saved in the workbook's settings sheet */
  columnMapping?: string;
  /** --periodo: 'monitoraggio' adds each row's scostamento at 30/6 to the JSON report; default 'consuntivo' */
  period?: Period;
}

export interface RicalcolaOutcome {
  code: number;
  output?: string;
  result?: PipelineResult;
  profile?: Profile;
}

/** "Monitoraggio al 30/6: 20 in linea, 5 in ritardo, 23 non rilevabili (scostamenti nel rapporto JSON)." */
function monitoringLine(rows: MonitoringReportRow[]): string {
  const n = monitoringCounts(rows);
  return `Monitoraggio al 30/6: ${n['in-linea']} in linea, ${n['in-ritardo']} in ritardo, ${n['non-rilevabile']} non rilevabili (scostamenti nel rapporto JSON, --json).`;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs the command; prints to `io`; never throws. */
export async function ricalcola(opts: RicalcolaOptions, io: CliIO): Promise<RicalcolaOutcome> {
  const jsonToStdout = opts.json === '-';
  // with --json - stdout carries only the JSON: everything for people goes to stderr
  const say = jsonToStdout ? io.stderr : io.stdout;
  const fail = (code: number, message: string): RicalcolaOutcome => {
    io.stderr(`cruscotto: ${message}\n`);
    return { code };
  };

  const input = path.resolve(io.cwd, opts.input);
  const problem = await inputProblem(input, opts.input);
  if (problem) return fail(2, problem);
  const output = opts.output ? path.resolve(io.cwd, opts.output) : defaultOutputPath(input);
  // the output is the same kind of package as the input: an .xlsm keeps its macros, an .xlsx has none
  const ext = workbookExtension(input);
  if (workbookExtension(output) !== ext) {
    return fail(2, ext === '.xlsm' ? `il file di uscita «${opts.output}» deve avere estensione .xlsm, come quello di ingresso (che contiene macro).` : `il file di uscita «${opts.output}» deve avere estensione .xlsx.`);
  }
  if (samePath(input, output)) return fail(2, 'il file di uscita coincide con quello di ingresso: il file originale non viene mai sovrascritto. Indicare un altro nome con --output.');
  if (opts.json && opts.json !== '-' && (samePath(path.resolve(io.cwd, opts.json), input) || samePath(path.resolve(io.cwd, opts.json), output))) {
    return fail(2, 'il rapporto JSON non può avere lo stesso nome della cartella di lavoro.');
  }
  // every output is checked before anything is written: a bad --json path never leaves a workbook behind it
  const outputIssue = (await outputProblem(output, 'il file di uscita')) ?? (opts.json && opts.json !== '-' ? await outputProblem(path.resolve(io.cwd, opts.json), 'il rapporto JSON') : null);
  if (outputIssue) return fail(2, outputIssue);
  if (opts.profile !== undefined && !isProfileFile(opts.profile) && !getProfile(opts.profile)) {
    return fail(2, `profilo «${opts.profile}» sconosciuto. Profili disponibili: ${profileNames().join(', ')}; oppure un file .json (vedere «cruscotto profilo»).`);
  }
  let fileMapping: ColumnMapping | null = null;
  if (opts.columnMapping !== undefined) {
    const mapping = await readMappingFile(opts.columnMapping, io.cwd);
    if (!mapping.ok) return fail(2, mapping.message);
    fileMapping = mapping.mapping;
  }

  const progress = new Progress(io, io.stderrIsTTY);
  progress.step('Lettura');
  let workbook;
  try {
    workbook = await openPackage(input);
  } catch (err) {
    progress.done('interrotto.');
    return fail(2, `impossibile leggere «${opts.input}»: ${errorMessage(err)}`);
  }
  // the workbook's own settings (saved by the add-in) apply unless the command line says otherwise
  const saved = readPackageSettings(workbook);
  const settings = saved.settings;
  // --profilo (a name or a .json profile), else the rules saved in the workbook (issue 11), else the profile the
  // settings name: one that does not exist, or a profile file that is not valid, stops the run (exit 2)
  const chosen = await chooseProfile(opts.profile, settings, saved.unknownProfile, io.cwd);
  if (!chosen.ok) {
    progress.done('interrotto.');
    return fail(2, chosen.message);
  }
  const profile = chosen.profile;
  const planYear = opts.year ?? settings.planYear ?? undefined;
  // --colonne wins over the mapping saved with the workbook's settings
  const columnMapping = fileMapping ?? settings.columnMapping ?? null;
  const ledger = readPackageLedger(workbook);
  const choice = chooseWorksheet(workbook, opts.sheet ?? settings.sheetName, columnMapping, ledger.ledger.summarySheet);
  if (!choice.ok) {
    progress.done('interrotto.');
    const hint = opts.sheet ?? settings.sheetName ? '' : ` Per vedere quali colonne sono riconosciute e indicarle: cruscotto colonne "${opts.input}".`;
    return fail(2, `${choice.message}${hint}`);
  }
  if (choice.grid.cells.length > PROGRESS_ROWS && !progress.enabled) {
    progress.enabled = true;
    progress.step('Lettura');
  }

  const individualSheet = individualWorksheet(workbook, choice.sheet.name);
  progress.step('Calcolo');
  // the clock is read here, at the edge: the pure layers get the year and the Riepilogo's date
  const now = new Date();
  const result = runPipeline(choice.grid, {
    currentYear: now.getFullYear(),
    generatedAt: now,
    profile,
    planYear,
    summary: opts.summary,
    // --ente wins; otherwise the name saved in the workbook's settings sheet (by the add-in or writeSettings)
    organisationName: opts.organisationName ?? settings.organisationName ?? undefined,
    columnMapping,
    // the add-in's own cells and sheets, so nothing of the user's is ever written over
    ledger: ledger.ledger,
    sheetNames: workbook.sheets.map((ws) => ws.name),
    // the individual objectives sheet, found by its headers, is computed in the same run (issue 9)
    individualGrid: individualSheet ? workbook.grid(individualSheet.name) : null,
    // --periodo wins; otherwise the period saved in the workbook's settings (default consuntivo)
    period: opts.period ?? settings.period ?? undefined,
  });
  // which sheet was read when several look like a cruscotto, and a ledger that could not be read, are said too
  const notes: Diagnostic[] = [];
  if (choice.note) notes.push({ severity: 'warning', cell: choice.sheet.name, code: 'sheet-choice', message: `${sheetPrefix(choice.sheet.name)}: ${choice.note}` });
  if (ledger.warning) notes.push({ severity: 'warning', cell: null, code: 'ledger-unreadable', message: `${ledger.warning}: nessuna cella è considerata del componente aggiuntivo.` });
  for (const d of notes) {
    result.diagnostics.push(d);
    result.report.diagnostics.push({ severity: d.severity, cell: d.cell, message: d.message });
  }
  const actions = result.report.nodes.filter((n) => n.level === 'action').length;
  progress.step(`${groupDigits(actions)} azioni`);

  progress.step('Scrittura');
  let summaryWritten: string | null = null;
  try {
    const applied = await applyPlanToPackage(workbook, result.plan);
    summaryWritten = applied.summarySheet;
    // what the write guard refused (none when the plan was guarded against the same sheet) is reported too
    for (const w of applied.warnings) {
      if (result.diagnostics.some((d) => d.message === w.message)) continue;
      result.diagnostics.push(w);
      result.report.diagnostics.push({ severity: w.severity, cell: w.cell, message: w.message });
    }
    await savePackage(workbook, output);
  } catch (err) {
    progress.done('interrotto.');
    // the .xlsx back end's write errors already say what and why ("impossibile salvare «…»: permesso negato")
    // exceljs's own errors are English: said in Italian, naming the cell, where known
    const explained = explainWriteError(err, choice.grid);
    if (explained) return fail(2, explained);
    return fail(2, err instanceof XlsxWriteError ? err.message : `impossibile scrivere «${output}»: ${fsErrorText(err)}`);
  }
  if (opts.json) {
    const text = `${JSON.stringify(result.report, null, 2)}\n`;
    if (jsonToStdout) {
      io.stdout(text);
    } else {
      try {
        await fs.writeFile(path.resolve(io.cwd, opts.json), text, 'utf8');
      } catch (err) {
        progress.done('interrotto.');
        return fail(2, `impossibile scrivere il rapporto JSON «${opts.json}»: ${fsErrorText(err)}`);
      }
    }
  }
  progress.done();

  // settings that could not be used (a malformed column mapping, a bad year…) are reported with the sheet's problems
  const lines = [...saved.warnings.map((w) => `Avviso  ${w}`), ...chosen.notes.map((n) => `Avviso  ${n}`), ...diagnosticLines(result)];
  if (lines.length > 0) io.stderr(`${lines.join('\n')}\n`);
  say(`${summaryLines(result, profile.label).join('\n')}\n`);
  if (result.report.individuals) say(`${individualLines(result.report.individuals).join('\n')}\n`);
  if (result.report.monitoring) say(`${monitoringLine(result.report.monitoring.rows)}\n`);
  const hasErrors = result.diagnostics.some((d) => d.severity === 'error');
  if (hasErrors) say('Il foglio contiene errori: le celle indicate vanno corrette. Finché non lo sono, le azioni interessate restano senza valore e gli obiettivi sopra di esse sono calcolati senza di loro (vedere gli avvisi).\n');
  // the add-in's own Riepilogo is rewritten by every run (never left with old figures): said when not asked for
  if (!opts.summary && summaryWritten) say(`Il foglio «${summaryWritten}», creato da un calcolo precedente, è stato aggiornato con le nuove cifre.\n`);
  say(`File scritto: ${output}\n`);
  if (opts.json && !jsonToStdout) say(`Rapporto JSON: ${path.resolve(io.cwd, opts.json)}\n`);
  return { code: hasErrors ? 1 : 0, output, result, profile };
}
