/**
 * `npm run bench`: runs the benchmarks and prints Markdown tables (the figures in README come from here).
 * `npm run bench -- engine xlsx excel` runs only the named ones.
 */
import { benchEngine } from './engine';
import { benchExcel } from './excel';
import { benchIndividuals } from './individuals';
import { benchXlsx } from './xlsx';

const BENCHES: Record<string, { title: string; run: () => Promise<string> }> = {
  engine: { title: 'Engine: score and aggregate', run: () => benchEngine() },
  xlsx: { title: 'CLI on .xlsx (the package edited in place)', run: benchXlsx },
  excel: { title: 'Ricalcola against the fake Excel', run: benchExcel },
  individuals: { title: 'Individual objectives (pipeline)', run: benchIndividuals },
};

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const names = requested.length > 0 ? requested : Object.keys(BENCHES);
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) {
      process.stderr.write(`benchmark sconosciuto «${name}»: scegliere tra ${Object.keys(BENCHES).join(', ')}\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`\n## ${bench.title}\n\n${await bench.run()}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`benchmark non riuscito: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
