import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { loadWorkbook, saveWorkbook, XlsxReadError, XlsxWriteError } from '../../src/xlsx';
import { withTempDir } from './helpers';

async function expectReadError(file: string, pattern: RegExp): Promise<void> {
  const error = await loadWorkbook(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxReadError);
  expect((error as XlsxReadError).message).toMatch(pattern);
  expect((error as XlsxReadError).path).toBe(file);
}

describe('loadWorkbook', () => {
  it('opens a workbook written by saveWorkbook', async () => {
    await withTempDir(async (dir) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Cruscotto').getCell('A1').value = 'Prospettiva';
      const file = path.join(dir, 'ok.xlsx');
      await saveWorkbook(wb, file);
      const back = await loadWorkbook(file);
      expect(back.getWorksheet('Cruscotto')!.getCell('A1').value).toBe('Prospettiva');
    });
  });

  it('explains a missing file', async () => {
    await withTempDir((dir) => expectReadError(path.join(dir, 'manca.xlsx'), /^il file «.*manca\.xlsx» non esiste$/));
  });

  it('explains a folder, an empty file, a file of another format and a damaged workbook', async () => {
    await withTempDir(async (dir) => {
      await expectReadError(dir, /non è un file/);
      const empty = path.join(dir, 'vuoto.xlsx');
      await fs.writeFile(empty, '');
      await expectReadError(empty, /è vuoto/);
      const csv = path.join(dir, 'dati.xlsx');
      await fs.writeFile(csv, 'cod.;titolo;peso\n1.1;Capitale Umano;20%\n');
      await expectReadError(csv, /non è una cartella di lavoro \.xlsx/);
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Cruscotto').getCell('A1').value = 'x';
      const whole = path.join(dir, 'intero.xlsx');
      await saveWorkbook(wb, whole);
      const bytes = await fs.readFile(whole);
      const broken = path.join(dir, 'rotto.xlsx');
      await fs.writeFile(broken, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expectReadError(broken, /danneggiato/);
    });
  });
});

describe('saveWorkbook', () => {
  it('explains a missing destination folder', async () => {
    await withTempDir(async (dir) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Cruscotto');
      const target = path.join(dir, 'non-esiste', 'out.xlsx');
      const error = await saveWorkbook(wb, target).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(XlsxWriteError);
      expect((error as Error).message).toBe(`impossibile salvare «${target}»: la cartella di destinazione non esiste`);
    });
  });
});
