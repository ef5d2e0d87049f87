/** `cruscotto esempio <out.xlsx>`: the example cruscotto (and its individual objectives sheet) as a workbook. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { exampleCruscotto, exampleIndividuals } from '../../layout/example';
import { saveWorkbook, worksheetFromGrid, XlsxWriteError } from '../../xlsx';
import type { CliIO } from '../io';
import { isXlsxPath } from '../paths';
import { fsErrorText } from '../outputPaths';

export interface ExampleOutcome {
  code: number;
  output?: string;
  organisationName?: string;
  planYear?: number;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Writes the example workbook to `target`. With `overwrite` false an existing file is left alone (exit 2). */
export async function writeExample(target: string, io: CliIO, overwrite: boolean): Promise<ExampleOutcome> {
  const output = path.resolve(io.cwd, target);
  if (!isXlsxPath(output)) {
    io.stderr(`cruscotto: il file «${target}» deve avere estensione .xlsx.\n`);
    return { code: 2 };
  }
  if (!overwrite && (await exists(output))) {
    io.stderr(`cruscotto: il file «${target}» esiste già: non viene sovrascritto. Scegliere un altro nome.\n`);
    return { code: 2 };
  }
  try {
    const example = exampleCruscotto();
    const workbook = new ExcelJS.Workbook();
    worksheetFromGrid(workbook, example.grid);
    // the individual objectives sheet, computed by ricalcola in the same run (issue 9)
    worksheetFromGrid(workbook, exampleIndividuals());
    await fs.mkdir(path.dirname(output), { recursive: true });
    await saveWorkbook(workbook, output);
    return { code: 0, output, organisationName: example.organisationName, planYear: example.planYear };
  } catch (err) {
    // saveWorkbook's errors are already Italian; anything else (mkdir) is said from its code
    io.stderr(`cruscotto: ${err instanceof XlsxWriteError ? err.message : `impossibile scrivere «${target}»: ${fsErrorText(err)}`}\n`);
    return { code: 2 };
  }
}

export async function esempio(target: string, io: CliIO): Promise<number> {
  const outcome = await writeExample(target, io, false);
  if (outcome.code === 0) io.stdout(`Cruscotto di esempio scritto: ${outcome.output}\nPer ricalcolarlo: cruscotto ricalcola "${outcome.output}" --riepilogo\n`);
  return outcome.code;
}
