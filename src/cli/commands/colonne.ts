/**
 * `cruscotto colonne <file.xlsx>`: which column holds what, as the reader understood it (in the form of a
 * column mapping), or, when the sheet is not recognised, a proposal to correct and pass to
 * `ricalcola --colonne`. Exit 0 recognised, 1 only a proposal (or an empty sheet), 2 bad usage or file.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { DEFAULT_PROFILE_NAME, getProfile } from '../../engine';
import { effectiveProfile } from '../../layout/settings';
import { describeLayout, mappingProblems, proposeMapping } from '../../layout/mapping';
import { readCruscotto } from '../../layout/reader';
import type { ColumnMapping } from '../../layout/types';
import { readPackageSettings } from '../../xlsx/package/settingsPart';
import { openPackage } from '../../xlsx/package/workbook';
import { inputProblem } from '../inputFile';
import type { CliIO } from '../io';
import { readMappingFile } from '../mappingFile';
import { headerRowsText, mappingTable } from '../mappingTable';
import { samePath } from '../paths';
import { chooseWorksheet, firstSheetWithContent } from '../sheetChoice';
import { fsErrorText } from '../outputPaths';

export interface ColonneOptions {
  input: string;
  sheet?: string;
  /** path of the JSON mapping to write, or "-" for stdout */
  json?: string;
  /** a mapping file to apply instead of the one saved in the workbook */
  columnMapping?: string;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function colonne(opts: ColonneOptions, io: CliIO): Promise<number> {
  const jsonToStdout = opts.json === '-';
  // with --json - stdout carries only the JSON: everything for people goes to stderr
  const say = (text: string) => (jsonToStdout ? io.stderr : io.stdout)(text);
  const fail = (message: string): number => {
    io.stderr(`cruscotto: ${message}\n`);
    return 2;
  };

  const input = path.resolve(io.cwd, opts.input);
  const problem = await inputProblem(input, opts.input);
  if (problem) return fail(problem);
  if (opts.json && opts.json !== '-' && samePath(path.resolve(io.cwd, opts.json), input)) return fail('il file JSON non può avere lo stesso nome della cartella di lavoro.');
  let fileMapping: ColumnMapping | null = null;
  if (opts.columnMapping) {
    const read = await readMappingFile(opts.columnMapping, io.cwd);
    if (!read.ok) return fail(read.message);
    fileMapping = read.mapping;
  }
  let workbook;
  try {
    workbook = await openPackage(input);
  } catch (err) {
    return fail(`impossibile leggere «${opts.input}»: ${errorMessage(err)}`);
  }
  const saved = readPackageSettings(workbook);
  for (const w of saved.warnings) io.stderr(`Avviso  ${w}\n`);
  const mapping = fileMapping ?? saved.settings.columnMapping ?? null;
  const requested = opts.sheet ?? saved.settings.sheetName ?? null;
  let choice = chooseWorksheet(workbook, requested, mapping);
  if (!choice.ok && !requested) choice = firstSheetWithContent(workbook) ?? choice;
  if (!choice.ok) return fail(choice.message);
  const grid = choice.grid;

  const profile = effectiveProfile({ ...saved.settings, profile: saved.settings.profile ?? DEFAULT_PROFILE_NAME }) ?? getProfile(DEFAULT_PROFILE_NAME)!;
  const read = readCruscotto(grid, { profile, planYear: saved.settings.planYear ?? undefined, currentYear: new Date().getFullYear(), mapping });
  for (const d of read.diagnostics) if (d.code === 'mapping-misfit') io.stderr(`ERRORE  ${d.message}\n`);

  let shown: ColumnMapping;
  let code: number;
  if (read.layout) {
    shown = describeLayout(read.layout, grid);
    const source = read.layout.fromMapping ? (fileMapping ? `dalla mappatura «${opts.columnMapping}»` : 'dalla mappatura salvata nella cartella') : 'riconosciute';
    say(`Foglio «${grid.name}»: colonne ${source}, intestazione ${headerRowsText(shown)}.\n`);
    say(`${mappingTable(shown, read.layout.levelNames).join('\n')}\n`);
    code = 0;
  } else {
    const proposal = proposeMapping(grid);
    if (!proposal) {
      say(`Foglio «${grid.name}»: il foglio è vuoto, non c'è nulla da proporre.\n`);
      return 1;
    }
    shown = proposal;
    say(`Foglio «${grid.name}»: intestazione non riconosciuta. Proposta di mappatura (intestazione ${headerRowsText(proposal)}), da controllare:\n`);
    say(`${mappingTable(proposal).join('\n')}\n`);
    const missing = mappingProblems(proposal.columns).map((p) => p.text);
    if (missing.length > 0) say(`Da completare: ${missing.join('; ')}.\n`);
    say(`Per usarla: salvarla con --json <mappatura.json>, correggere i ruoli nel file, poi: cruscotto ricalcola "${opts.input}" --colonne <mappatura.json>\n`);
    code = 1;
  }

  if (opts.json) {
    const text = `${JSON.stringify(shown, null, 2)}\n`;
    if (jsonToStdout) io.stdout(text);
    else {
      try {
        await fs.writeFile(path.resolve(io.cwd, opts.json), text, 'utf8');
      } catch (err) {
        return fail(`impossibile scrivere «${opts.json}»: ${fsErrorText(err)}`);
      }
      say(`Mappatura scritta: ${path.resolve(io.cwd, opts.json)}\n`);
    }
  }
  return code;
}
