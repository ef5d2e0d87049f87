/** Command line of `cruscotto`: parsing and the usage text (Italian). */
import { ORGANISATION_NAME_MAX_LENGTH } from '../layout/types';
import type { RicalcolaOptions } from './commands/ricalcola';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'ricalcola' } & RicalcolaOptions)
  | { kind: 'esempio'; output: string }
  | { kind: 'demo'; folder: string };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

export const DEFAULT_DEMO_FOLDER = 'demo-output';

export const USAGE = `Uso: cruscotto <comando> [opzioni]

Comandi:
  ricalcola <file.xlsx>   calcola le percentuali di raggiungimento del cruscotto e scrive
                          un nuovo file con percentuali, esiti e colori (il file originale
                          non viene mai modificato)
      --output <out.xlsx>   file da scrivere (predefinito: <file>.ricalcolato.xlsx)
      --profilo <nome>      regole SMVP da applicare (predefinito: sondrio-2020)
      --foglio <nome>       foglio da leggere (predefinito: il primo che sembra un cruscotto)
      --anno <aaaa>         anno del piano (predefinito: quello indicato nel foglio)
      --riepilogo           aggiunge il foglio «Riepilogo» per la Giunta
      --ente <nome>         nome dell'ente per il titolo del riepilogo
      --json <file>|-       scrive il rapporto JSON in un file, oppure sullo standard output con «-»
  esempio <out.xlsx>      scrive un cruscotto di esempio
  demo [--cartella <dir>] scrive l'esempio in una cartella (predefinita: ./${DEFAULT_DEMO_FOLDER}),
                          lo ricalcola con il riepilogo e mostra il risultato
  aiuto, --help           mostra questo messaggio
  --versione              mostra la versione

Codici di uscita: 0 = tutto bene; 1 = il foglio contiene errori (elencati); 2 = uso errato o file illeggibile.
`;

interface OptionSpec {
  /** takes a value */
  value: boolean;
}

const RICALCOLA_OPTIONS: Record<string, OptionSpec> = {
  output: { value: true },
  profilo: { value: true },
  foglio: { value: true },
  anno: { value: true },
  riepilogo: { value: false },
  json: { value: true },
  ente: { value: true },
};
const DEMO_OPTIONS: Record<string, OptionSpec> = { cartella: { value: true } };
const ALIASES: Record<string, string> = { o: 'output' };

interface Split {
  positional: string[];
  options: Map<string, string | true>;
}

function split(args: string[], specs: Record<string, OptionSpec>, command: string): Split | string {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(arg);
    const name = m ? ALIASES[m[1]] ?? m[1] : arg;
    const spec = specs[name];
    if (!m || !spec) return `opzione sconosciuta «${arg}» per il comando «${command}».`;
    if (options.has(name)) return `l'opzione «--${name}» è ripetuta.`;
    if (!spec.value) {
      if (m[2] !== undefined) return `l'opzione «--${name}» non vuole un valore.`;
      options.set(name, true);
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) return `manca il valore dell'opzione «--${name}».`;
      value = next;
      i++;
    }
    if (value.trim() === '') return `il valore dell'opzione «--${name}» è vuoto.`;
    options.set(name, value);
  }
  return { positional, options };
}

function str(options: Map<string, string | true>, name: string): string | undefined {
  const v = options.get(name);
  return typeof v === 'string' ? v : undefined;
}

function parseYear(text: string): number | string {
  if (!/^\d{4}$/.test(text.trim())) return `l'anno «${text}» non è valido: scrivere quattro cifre, per esempio 2022.`;
  const year = parseInt(text, 10);
  if (year < 2000 || year > 2100) return `l'anno ${year} non è plausibile (atteso tra 2000 e 2100).`;
  return year;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const fail = (message: string): ParsedArgs => ({ ok: false, message });
  if (argv.length === 0) return fail('manca il comando.');
  const [command, ...rest] = argv;
  switch (command) {
    case 'aiuto':
    case '--aiuto':
    case '--help':
    case '-h':
    case 'help':
      return { ok: true, command: { kind: 'help' } };
    case '--versione':
    case '--version':
    case 'versione':
    case '-v':
      return { ok: true, command: { kind: 'version' } };
    case 'ricalcola': {
      if (rest.includes('--help') || rest.includes('-h')) return { ok: true, command: { kind: 'help' } };
      const s = split(rest, RICALCOLA_OPTIONS, command);
      if (typeof s === 'string') return fail(s);
      if (s.positional.length === 0) return fail('manca il file da ricalcolare: cruscotto ricalcola <file.xlsx>.');
      if (s.positional.length > 1) return fail(`un solo file alla volta (ricevuti: ${s.positional.map((p) => `«${p}»`).join(', ')}).`);
      let year: number | undefined;
      const yearText = str(s.options, 'anno');
      if (yearText !== undefined) {
        const y = parseYear(yearText);
        if (typeof y === 'string') return fail(y);
        year = y;
      }
      const organisationName = str(s.options, 'ente')?.trim();
      if (organisationName !== undefined && organisationName.length > ORGANISATION_NAME_MAX_LENGTH) {
        return fail(`il nome dell'ente è troppo lungo (${organisationName.length} caratteri, al massimo ${ORGANISATION_NAME_MAX_LENGTH}).`);
      }
      return {
        ok: true,
        command: {
          kind: 'ricalcola',
          input: s.positional[0],
          output: str(s.options, 'output'),
          profile: str(s.options, 'profilo'),
          sheet: str(s.options, 'foglio'),
          year,
          summary: s.options.get('riepilogo') === true,
          json: str(s.options, 'json'),
          organisationName: organisationName || undefined,
        },
      };
    }
    case 'esempio': {
      const s = split(rest, {}, command);
      if (typeof s === 'string') return fail(s);
      if (s.positional.length !== 1) return fail('indicare un solo file da scrivere: cruscotto esempio <out.xlsx>.');
      return { ok: true, command: { kind: 'esempio', output: s.positional[0] } };
    }
    case 'demo': {
      const s = split(rest, DEMO_OPTIONS, command);
      if (typeof s === 'string') return fail(s);
      if (s.positional.length > 0) return fail(`argomento inatteso «${s.positional[0]}»: usare «--cartella <dir>».`);
      return { ok: true, command: { kind: 'demo', folder: str(s.options, 'cartella') ?? DEFAULT_DEMO_FOLDER } };
    }
    default:
      return fail(`comando sconosciuto «${command}».`);
  }
}
