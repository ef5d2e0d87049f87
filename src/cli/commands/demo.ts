/** `cruscotto demo [--cartella <dir>]`: writes the example, recalculates it with the Riepilogo, shows the result. */
import * as path from 'path';
import type { CliIO } from '../io';
import { defaultOutputPath } from '../paths';
import { writeExample } from './esempio';
import { ricalcola } from './ricalcola';

export const DEMO_FILE = 'cruscotto-esempio.xlsx';
export const DEMO_REPORT = 'cruscotto-esempio.json';

export async function demo(folder: string, io: CliIO): Promise<number> {
  const dir = path.resolve(io.cwd, folder);
  const input = path.join(dir, DEMO_FILE);
  // the demo folder is the demo's own: its files are rewritten on every run
  const example = await writeExample(input, io, true);
  if (example.code !== 0) return example.code;
  io.stdout(`Cruscotto di esempio: ${input}\n`);
  const outcome = await ricalcola(
    {
      input,
      output: defaultOutputPath(input),
      summary: true,
      year: example.planYear,
      organisationName: example.organisationName,
      json: path.join(dir, DEMO_REPORT),
    },
    io,
  );
  if (outcome.output) io.stdout(`Aprire ${outcome.output} in Excel: foglio del cruscotto con percentuali e colori, foglio «Riepilogo» per la Giunta.\n`);
  return outcome.code;
}
