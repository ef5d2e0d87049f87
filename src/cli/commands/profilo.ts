/**
 * `cruscotto profilo <nome>`: a built-in profile as the JSON document (docs/profile.schema.json), to save in a
 * file, change and pass to `ricalcola --profilo <file.json>`. `profilo <file.xlsx>`: the rules the workbook
 * would be computed with. `profilo --schema`: the JSON schema of the document.
 */
import * as path from 'path';
import { getProfile, profileNames } from '../../engine';
import { profileDocumentText, profileJsonSchemaText } from '../../engine/profile';
import { readPackageSettings } from '../../xlsx/package/settingsPart';
import { openPackage } from '../../xlsx/package/workbook';
import type { CliIO } from '../io';
import { isXlsxPath } from '../paths';
import { chooseProfile } from '../profileFile';

export interface ProfiloOptions {
  /** a built-in profile name or a workbook; undefined with `schema` */
  name?: string;
  schema: boolean;
}

export async function profilo(opts: ProfiloOptions, io: CliIO): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`cruscotto: ${message}\n`);
    return 2;
  };
  if (opts.schema) {
    io.stdout(profileJsonSchemaText());
    return 0;
  }
  const name = opts.name ?? '';
  if (isXlsxPath(name)) {
    let workbook;
    try {
      workbook = await openPackage(path.resolve(io.cwd, name));
    } catch (err) {
      return fail(`impossibile leggere «${name}»: ${err instanceof Error ? err.message : String(err)}`);
    }
    // the same settings as `ricalcola` reads: the add-in's (web-extension part), else the older hidden sheet
    const saved = readPackageSettings(workbook);
    for (const w of saved.warnings) io.stderr(`Avviso  ${w}\n`);
    const choice = await chooseProfile(undefined, saved.settings, saved.unknownProfile, io.cwd);
    if (!choice.ok) return fail(choice.message);
    io.stdout(profileDocumentText(choice.profile));
    return 0;
  }
  const profile = getProfile(name);
  if (!profile) return fail(`profilo «${name}» sconosciuto. Profili disponibili: ${profileNames().join(', ')}.`);
  io.stdout(profileDocumentText(profile));
  return 0;
}
