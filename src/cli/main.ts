/**
 * Entry of the `cruscotto` command (bin/cruscotto.js calls main). Exit codes: 0 ok, 1 sheet errors (or, for
 * `colonne`, a sheet not recognised), 2 bad usage or unreadable file.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { parseArgs, USAGE } from './args';
import { colonne } from './commands/colonne';
import { demo } from './commands/demo';
import { esempio } from './commands/esempio';
import { profilo } from './commands/profilo';
import { ricalcola } from './commands/ricalcola';
import { processIO, type CliIO } from './io';

/** Version from package.json (two levels up from both src/cli and dist-cli/cli). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'sconosciuta';
  } catch {
    return 'sconosciuta';
  }
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`cruscotto: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const cmd = parsed.command;
  try {
    switch (cmd.kind) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'version':
        io.stdout(`cruscotto ${version()}\n`);
        return 0;
      case 'ricalcola':
        return (await ricalcola(cmd, io)).code;
      case 'colonne':
        return await colonne(cmd, io);
      case 'profilo':
        return await profilo(cmd, io);
      case 'esempio':
        return await esempio(cmd.output, io);
      case 'demo':
        return await demo(cmd.folder, io);
    }
  } catch (err) {
    io.stderr(`cruscotto: errore inatteso: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
