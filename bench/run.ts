/** `npm run bench`: prints the engine benchmark as a Markdown table. */
import { benchEngine } from './engine';

benchEngine()
  .then((table) => process.stdout.write(table + '\n'))
  .catch((e) => {
    process.stderr.write(`benchmark non riuscito: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
