/** Opening and saving .xlsx files with exceljs, with clear Italian errors. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { XlsxReadError, fsErrorText, XlsxWriteError } from './errors';

/** "PK\x03\x04": every .xlsx is a zip archive */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function readHead(path: string): Promise<Buffer> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new XlsxReadError(`il file «${path}» non esiste`, path);
  }
  if (!stat.isFile()) throw new XlsxReadError(`«${path}» non è un file`, path);
  if (stat.size === 0) throw new XlsxReadError(`il file «${path}» è vuoto`, path);
  let head: Buffer;
  try {
    head = await readHead(path);
  } catch (err) {
    throw new XlsxReadError(`il file «${path}» non si può leggere (permessi?)`, path, { cause: err });
  }
  if (!ZIP_MAGIC.every((byte, i) => head[i] === byte)) {
    throw new XlsxReadError(
      `il file «${path}» non è una cartella di lavoro .xlsx (forse è un .xls o un .csv rinominato: salvarlo da Excel come «Cartella di lavoro di Excel (.xlsx)»)`,
      path,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (err) {
    throw new XlsxReadError(`il file «${path}» è danneggiato o non è una cartella di lavoro .xlsx leggibile`, path, { cause: err });
  }
  if (workbook.worksheets.length === 0) throw new XlsxReadError(`la cartella di lavoro «${path}» non contiene fogli`, path);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  try {
    await workbook.xlsx.writeFile(path);
  } catch (err) {
    throw new XlsxWriteError(`impossibile salvare «${path}»: ${fsErrorText(err)}`, { cause: err });
  }
}
