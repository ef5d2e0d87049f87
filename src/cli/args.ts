/** Command line of `cruscotto`: parsing and the usage text (Italian). */
import { MAPPING_ROLES } from '../layout/mapping/roles';
import { parsePeriod } from '../layout/settings/period';
import { parsePlanYear, planYearMessage, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../layout/settings/planYear';
import { ORGANISATION_NAME_MAX_LENGTH } from '../layout/types';
import type { ColonneOptions } from './commands/colonne';
import type { ProfiloOptions } from './commands/profilo';
import type { RicalcolaOptions } from './commands/ricalcola';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'ricalcola' } & RicalcolaOptions)
  | ({ kind: 'colonne' } & ColonneOptions)
  | ({ kind: 'profilo' } & ProfiloOptions)
  | { kind: 'esempio'; output: string }
  | { kind: 'demo'; folder: string };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

export const DEFAULT_DEMO_FOLDER = 'demo-output';
const PLAN_YEAR_RANGE = `${PLAN_YEAR_MIN} e ${PLAN_YEAR_MAX}`;
/** The roles, wrapped for the usage text. */
const ROLE_LIST = MAPPING_ROLES.join(', ').replace(/(.{1,88})(?:, |$)/g, '$1,\n').replace(/,\n$/, '').replace(/,\n/g, ',\n  ');

export const USAGE = `Uso: cruscotto <comando> [opzioni]

Comandi:
  ricalcola <file.xlsx>   calcola le percentuali di raggiungimento del cruscotto e scrive
                          un nuovo file con percentuali, esiti e colori (il file originale
                          non viene mai modificato)
      --output <out.xlsx>   file da scrivere (predefinito: <file>.ricalcolato.xlsx)
      --profilo <nome>|<file.json>
                            regole SMVP da applicare: un profilo predefinito (sondrio-2020,
                            sondrio-2018, pavia) o un file di profilo (vedi «profilo»);
                            predefinite: le regole salvate nella cartella, altrimenti sondrio-2020
      --foglio <nome>       foglio da leggere (predefinito: il primo che sembra un cruscotto)
      --anno <aaaa>         anno del piano, tra ${PLAN_YEAR_RANGE} (predefinito: quello del foglio)
      --periodo consuntivo|monitoraggio
                            consuntivo al 31/12 (predefinito) oppure monitoraggio al 30/6: il
                            rapporto JSON riporta per ogni indicatore lo scostamento dal target
                            al 30/6 (o, se manca, da quello al 31/12) e lo stato
      --riepilogo           aggiunge il foglio «Riepilogo» per la Giunta
      --ente <nome>         nome dell'ente per il titolo del riepilogo
      --colonne <file.json> quali colonne contengono cosa (mappatura, vedi «colonne»), invece del
                            riconoscimento automatico; predefinita: quella salvata nella cartella
      --json <file>|-       scrive il rapporto JSON in un file, oppure sullo standard output con «-»
  colonne <file.xlsx>     mostra quali colonne il programma ha riconosciuto e che cosa contengono;
                          se il foglio non è riconosciuto, propone una mappatura da correggere
      --foglio <nome>       foglio da leggere
      --colonne <file.json> mostra come si applica questa mappatura
      --json <file>|-       scrive la mappatura in JSON, da correggere e passare a
                            «ricalcola --colonne»
  profilo <nome>          mostra un profilo predefinito in JSON, da salvare in un file, modificare
                          e passare a «ricalcola --profilo <file.json>» (campi spiegati in
                          docs/profile.schema.json)
  profilo <file.xlsx>     mostra in JSON le regole con cui la cartella viene calcolata
  profilo --schema        mostra lo schema JSON del profilo
  esempio <out.xlsx>      scrive un cruscotto di esempio
  demo [--cartella <dir>] scrive l'esempio in una cartella (predefinita: ./${DEFAULT_DEMO_FOLDER}),
                          lo ricalcola con il riepilogo e mostra il risultato
  aiuto, --help           mostra questo messaggio
  --versione              mostra la versione

Mappatura delle colonne (JSON): {"version": 1, "sheet": "<foglio>", "headerTop": <prima riga di
intestazione, 0 = riga 1>, "headerBottom": <ultima>, "columns": [{"col": <0 = A, oppure la lettera
"F">, "header": "<intestazione nel foglio>", "role": "<ruolo>", "year": <anno, facoltativo>,
"thresholdLevel": <livello di una soglia, es. 80>}]}. Ruoli:
  ${ROLE_LIST}.
Le colonne con ruolo «ignore» non sono usate; di quelle non elencate sono lette solo le colonne
aggiunte dal programma («% assegnata», «Motivazione», le colonne del calcolo).

Codici di uscita: 0 = tutto bene; 1 = il foglio contiene errori (elencati), oppure con «colonne»
il foglio non è riconosciuto (viene mostrata una proposta); 2 = uso errato o file illeggibile.
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
  periodo: { value: true },
  riepilogo: { value: false },
  json: { value: true },
  ente: { value: true },
  colonne: { value: true },
};
const COLONNE_OPTIONS: Record<string, OptionSpec> = {
  foglio: { value: true },
  json: { value: true },
  colonne: { value: true },
};
const DEMO_OPTIONS: Record<string, OptionSpec> = { cartella: { value: true } };
const PROFILO_OPTIONS: Record<string, OptionSpec> = { schema: { value: false } };
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

/** The plan year with the rule every settings reader applies (src/layout/settings). */
function parseYear(text: string): number | string {
  const year = parsePlanYear(text);
  return year.ok && year.year !== null ? year.year : `${planYearMessage(text)}.`;
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
      const periodText = str(s.options, 'periodo');
      const period = periodText === undefined ? null : parsePeriod(periodText);
      if (period && !period.ok) return fail(`${period.message}.`);
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
          columnMapping: str(s.options, 'colonne'),
          ...(period?.ok && period.period ? { period: period.period } : {}),
        },
      };
    }
    case 'colonne': {
      if (rest.includes('--help') || rest.includes('-h')) return { ok: true, command: { kind: 'help' } };
      const s = split(rest, COLONNE_OPTIONS, command);
      if (typeof s === 'string') return fail(s);
      if (s.positional.length === 0) return fail('manca il file da esaminare: cruscotto colonne <file.xlsx>.');
      if (s.positional.length > 1) return fail(`un solo file alla volta (ricevuti: ${s.positional.map((p) => `«${p}»`).join(', ')}).`);
      return {
        ok: true,
        command: { kind: 'colonne', input: s.positional[0], sheet: str(s.options, 'foglio'), json: str(s.options, 'json'), columnMapping: str(s.options, 'colonne') },
      };
    }
    case 'profilo': {
      const s = split(rest, PROFILO_OPTIONS, command);
      if (typeof s === 'string') return fail(s);
      const schema = s.options.get('schema') === true;
      if (schema && s.positional.length > 0) return fail('con «--schema» non serve il nome del profilo.');
      if (!schema && s.positional.length !== 1) return fail('indicare un profilo: cruscotto profilo <nome>, oppure cruscotto profilo <file.xlsx>.');
      return { ok: true, command: { kind: 'profilo', name: s.positional[0], schema } };
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
