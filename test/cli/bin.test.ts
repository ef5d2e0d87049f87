/** End to end: the real `cruscotto` bin after the prepare step (tsc -p tsconfig.cli.json), as after `npm ci`. */
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { removeDir, sha256, tempDir, writeGrids } from './helpers';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'cruscotto.js');
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  // the prepare step of package.json
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'pipe' });
});
afterAll(() => removeDir(dir));

function cli(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
}

test('node bin/cruscotto.js runs: version, a recalculation with JSON on stdout, exit codes', async () => {
  const version = cli(['--versione']);
  expect(version.status).toBe(0);
  expect(version.stdout).toMatch(/^cruscotto \d+\.\d+\.\d+\n$/);

  const file = await writeGrids(path.join(dir, 'cruscotto.xlsx'), [generateCruscotto({ actions: 20, seed: 9, layout: '2022', withResults: true })]);
  const hash = await sha256(file);
  const r = cli(['ricalcola', 'cruscotto.xlsx', '--riepilogo', '--json', '-']);
  expect(r.stderr).not.toContain('ERRORE');
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.nodes.filter((n: { level: string }) => n.level === 'action')).toHaveLength(20);
  expect(r.stderr).toContain(`File scritto: ${path.join(dir, 'cruscotto.ricalcolato.xlsx')}`);
  expect(await sha256(file)).toBe(hash);

  const bad = cli(['ricalcola', 'non-esiste.xlsx']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('il file «non-esiste.xlsx» non esiste');
});
