/** Bad cells: exit 1, each problem printed with its cell; the JSON report carries the same diagnostics. */
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { findHeader } from '../../src/layout/reader';
import { readBook, readReport, removeDir, run, tempDir, writeGrids } from './helpers';
import { a1 } from '../../src/layout/address';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

test('bad cells give diagnostics with addresses and exit code 1; the rest is still written', async () => {
  const grid = generateCruscotto({ actions: 12, seed: 7, layout: '2022', withResults: true });
  const layout = findHeader(grid)!;
  const col = (role: string) => layout.columns.find((c) => c.role === role)!.col;
  const first = layout.headerBottom + 1;
  const resultCell = a1(first + 2, col('action.result'));
  const weightCell = a1(first + 4, col('action.weight'));
  grid.cells[first + 2][col('action.result')] = { value: 'circa 30' };
  grid.cells[first + 4][col('action.weight')] = { value: 'tanto' };
  await writeGrids(path.join(dir, 'errori.xlsx'), [grid]);

  const r = await run(['ricalcola', 'errori.xlsx', '--json', 'errori.json'], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`ERRORE  Cruscotto!${resultCell}: il risultato «circa 30» non è un numero`);
  expect(r.stderr).toMatch(new RegExp(`ERRORE  Cruscotto!${weightCell}: .*«tanto»`));
  expect(r.stdout).toContain('Il foglio contiene errori');
  expect(r.stdout).toMatch(/Segnalazioni: \d+ errori/);
  const report = await readReport(path.join(dir, 'errori.json'));
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => d.cell)).toEqual(expect.arrayContaining([`Cruscotto!${resultCell}`, `Cruscotto!${weightCell}`]));
  for (const d of report.diagnostics) expect(d.message.startsWith(`${d.cell}: `)).toBe(true);
  // the output exists, with the faulty action left empty
  const wb = await readBook(path.join(dir, 'errori.ricalcolato.xlsx'));
  expect(wb.getWorksheet('Cruscotto')).toBeDefined();
  const action = report.nodes.find((n) => n.level === 'action' && n.cell !== null && new RegExp(`![A-Z]+${first + 3}$`).test(n.cell));
  expect(action).toBeDefined();
  expect(action?.achievement).toBeNull();
});

test('with --json - stdout is pure JSON and the human output goes to stderr', async () => {
  const grid = generateCruscotto({ actions: 10, seed: 3, layout: '2022', withResults: true });
  await writeGrids(path.join(dir, 'pulito.xlsx'), [grid]);
  const r = await run(['ricalcola', 'pulito.xlsx', '--json', '-'], dir);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.sheet).toBe('Cruscotto');
  expect(report.nodes.length).toBeGreaterThan(10);
  expect(r.stderr).toContain('Performance di ente:');
  expect(r.stderr).toContain('File scritto:');
});

test('progress line on stderr when stderr is a terminal', async () => {
  const grid = generateCruscotto({ actions: 10, seed: 3, layout: '2022', withResults: true });
  await writeGrids(path.join(dir, 'tty.xlsx'), [grid]);
  const r = await run(['ricalcola', 'tty.xlsx', '--output', 'tty-out.xlsx'], dir, { tty: true });
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/^Lettura… Calcolo… 10 azioni… Scrittura… fatto\.\n/);
  const quiet = await run(['ricalcola', 'tty.xlsx', '--output', 'tty-out2.xlsx'], dir);
  expect(quiet.stderr).toBe('');
});

test('progress line on a long sheet even without a terminal', async () => {
  const grid = generateCruscotto({ actions: 1100, seed: 5, layout: '2022', withResults: true });
  await writeGrids(path.join(dir, 'lungo.xlsx'), [grid]);
  const r = await run(['ricalcola', 'lungo.xlsx'], dir);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('1.100 azioni…');
});
