/** Bad usage and unreadable files: exit 2 with an Italian message on stderr, nothing written. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { generateCruscotto } from '../support/generate';
import { removeDir, run, tempDir, writeGrids } from './helpers';

let dir: string;
let good: string;

beforeAll(async () => {
  dir = await tempDir();
  good = await writeGrids(path.join(dir, 'buono.xlsx'), [generateCruscotto({ actions: 12, seed: 7, layout: '2022', withResults: true })]);
});
afterAll(() => removeDir(dir));

async function files(): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

describe('cruscotto: usage', () => {
  test('--help and aiuto print the usage, exit 0', async () => {
    for (const arg of ['--help', 'aiuto']) {
      const r = await run([arg], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Uso: cruscotto');
      expect(r.stdout).toContain('--riepilogo');
    }
  });

  test('--versione prints the package version', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const r = await run(['--versione'], dir);
    expect(r).toMatchObject({ code: 0, stdout: `cruscotto ${pkg.version}\n` });
  });

  test.each([
    [[], 'manca il comando'],
    [['ricalcola'], 'manca il file'],
    [['boh'], 'comando sconosciuto'],
    [['ricalcola', 'buono.xlsx', '--anno', 'duemila'], "l'anno del piano «duemila» non è valido: scrivere un anno tra 2000 e 2100, per esempio 2022."],
    [['ricalcola', 'buono.xlsx', '--profilo', 'milano'], 'profilo «milano» sconosciuto. Profili disponibili: sondrio-2020'],
    [['ricalcola', 'manca.xlsx'], 'il file «manca.xlsx» non esiste'],
    [['ricalcola', 'buono.csv'], 'è un file di testo CSV (.csv): il programma legge solo cartelle di lavoro .xlsx (o .xlsm). Per usarlo, aprirlo con Excel'],
    [['ricalcola', 'vecchio.xls'], 'Excel 97-2003 (.xls)'],
    [['ricalcola', 'calc.ods'], 'OpenDocument (.ods)'],
    [['ricalcola', 'buono.xlsx', '--output', 'buono.xlsx'], 'il file originale non viene mai sovrascritto'],
    [['ricalcola', 'buono.xlsx', '--output', 'uscita.ods'], 'deve avere estensione .xlsx'],
    [['ricalcola', 'buono.xlsx', '--output', 'nessuna/cartella/uscita.xlsx'], 'non si può scrivere: la cartella'],
    [['ricalcola', 'buono.xlsx', '--foglio', 'Inesistente'], 'Il foglio «Inesistente» non esiste nella cartella di lavoro. Fogli presenti: «Cruscotto»'],
  ])('%j: exit 2, message on stderr', async (argv, fragment) => {
    const before = await files();
    const r = await run(argv as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(fragment);
    expect(r.stderr.startsWith('cruscotto: ')).toBe(true);
    expect(r.stdout).toBe('');
    expect(await files()).toEqual(before);
  });

  test('a file that is not a workbook, an empty file and a damaged zip: exit 2', async () => {
    await fs.writeFile(path.join(dir, 'testo.xlsx'), 'Prospettiva;Obiettivo\n1;2\n');
    await fs.writeFile(path.join(dir, 'vuoto.xlsx'), '');
    const bytes = await fs.readFile(good);
    await fs.writeFile(path.join(dir, 'rotto.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    for (const [name, fragment] of [
      ['testo.xlsx', 'non è una cartella di lavoro .xlsx'],
      ['vuoto.xlsx', 'è vuoto'],
      ['rotto.xlsx', 'danneggiato'],
    ]) {
      const r = await run(['ricalcola', name], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`impossibile leggere «${name}»`);
      expect(r.stderr).toContain(fragment);
    }
  });

  test('a workbook with no cruscotto sheet: exit 2 naming the sheets', async () => {
    const other = { name: 'Bilancio', cells: [[{ value: 'Voce' }, { value: 'Importo' }], [{ value: 'Affitti' }, { value: 1200 }]], merges: [] };
    await writeGrids(path.join(dir, 'altro.xlsx'), [other]);
    const r = await run(['ricalcola', 'altro.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Nessun foglio sembra un cruscotto');
    expect(r.stderr).toContain('«Bilancio»');
  });

  test('esempio refuses to overwrite an existing file', async () => {
    const r = await run(['esempio', 'buono.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('esiste già');
  });
});
