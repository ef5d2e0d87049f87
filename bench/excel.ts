/**
 * Benchmark of the Excel back end: Ricalcola (with the Riepilogo) against the fake Excel for 50, 500 and
 * 5 000 generated actions — round trips, queued operations, payload bytes per request and response (the
 * 5 MB limit of Excel on the web) and time — plus how many actions one request/response can hold.
 */
import { createOfficeHost } from '../src/excel/officeHost';
import { generateCruscotto } from '../test/support/generate';
import { WEB_PAYLOAD_LIMIT, createFakeEnvironment } from '../test/excel/fake';

interface Row {
  actions: number;
  syncs: number;
  operations: number;
  maxRequest: number;
  maxResponse: number;
  ms: number;
}

const SIZES = [50, 500, 5000];

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function measure(actions: number): Promise<Row> {
  const env = createFakeEnvironment([generateCruscotto({ actions, seed: 42 })]);
  const host = createOfficeHost({ excel: env.excel, office: env.office });
  const start = Date.now();
  const outcome = await host.ricalcola({ summary: true });
  const ms = Date.now() - start;
  const stats = env.excel.stats;
  if (outcome.syncs !== stats.syncs) throw new Error(`sync count mismatch: ${outcome.syncs} vs ${stats.syncs}`);
  return { actions, syncs: stats.syncs, operations: stats.operations, maxRequest: stats.maxRequestBytes, maxResponse: stats.maxResponseBytes, ms };
}

/** Actions that fit under the limit, from the growth between the two largest runs (bytes are linear in the rows). */
function capacity(a: Row, b: Row, pick: (r: Row) => number): number {
  const perAction = (pick(b) - pick(a)) / (b.actions - a.actions);
  const fixed = pick(b) - perAction * b.actions;
  return perAction > 0 ? Math.floor((WEB_PAYLOAD_LIMIT - fixed) / perAction) : Infinity;
}

export async function benchExcel(): Promise<string> {
  const rows: Row[] = [];
  for (const n of SIZES) rows.push(await measure(n));
  const [, mid, big] = rows;
  const readFit = capacity(mid, big, (r) => r.maxResponse);
  const writeFit = capacity(mid, big, (r) => r.maxRequest);
  const lines = [
    '| Azioni | Sync | Operazioni | Richiesta max | Risposta max | Tempo |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.actions} | ${r.syncs} | ${r.operations} | ${kb(r.maxRequest)} | ${kb(r.maxResponse)} | ${r.ms} ms |`),
    '',
    `Limite di Excel per il web: ${kb(WEB_PAYLOAD_LIMIT)} per richiesta e per risposta. ` +
      `Con un foglio come questi, una sola lettura regge circa ${readFit.toLocaleString('it-IT')} azioni e una sola scrittura circa ${writeFit.toLocaleString('it-IT')}; ` +
      'oltre, il back end legge e scrive in più parti (una sync in più per parte).',
  ];
  return lines.join('\n');
}

if (require.main === module) {
  benchExcel().then(
    (table) => console.log(table),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
