/**
 * A workbook read from its package: the sheets (name, visibility, part), their grids read on demand
 * straight from the sheet XML, and the parts shared by the sheets (shared strings, cell formats).
 */
import { promises as fs } from 'fs';
import type { SheetGrid } from '../../layout/types';
import { XlsxReadError, fsErrorText, XlsxWriteError } from '../errors';
import { gridOf, readSharedStrings, readStylesInfo, readWorksheet, type SheetContext, type WorksheetRead } from './cellData';
import { readWorkbook, type SheetEntry, type WorkbookInfo } from './opc';
import { XlsxPackage } from './zip';

export interface PackageSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  entry: SheetEntry;
}

export class PackageWorkbook {
  readonly sheets: PackageSheet[];
  private readonly reads = new Map<string, WorksheetRead>();
  private readonly grids = new Map<string, SheetGrid>();
  private ctxCache: SheetContext | null = null;

  constructor(
    readonly pkg: XlsxPackage,
    readonly info: WorkbookInfo,
  ) {
    this.sheets = info.sheets.filter((s) => s.part !== null && pkg.has(s.part)).map((s) => ({ name: s.name, state: s.state, entry: s }));
  }

  static fromBytes(bytes: Uint8Array): PackageWorkbook {
    const pkg = XlsxPackage.fromBytes(bytes);
    return new PackageWorkbook(pkg, readWorkbook(pkg));
  }

  get context(): SheetContext {
    if (!this.ctxCache) {
      const { sharedStringsPart, stylesPart, date1904 } = this.info;
      this.ctxCache = {
        sharedStrings: readSharedStrings(sharedStringsPart ? this.pkg.text(sharedStringsPart) : null),
        styles: readStylesInfo(stylesPart ? this.pkg.text(stylesPart) : null),
        date1904,
      };
    }
    return this.ctxCache;
  }

  sheet(name: string): PackageSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** The cells, merges and notes the sheet's XML holds now. */
  cells(name: string): WorksheetRead {
    const sheet = this.sheet(name);
    if (!sheet) return { cells: [], merges: [], notes: [] };
    let read = this.reads.get(sheet.name);
    if (!read) {
      read = readWorksheet(this.pkg, sheet.entry.part!, this.context);
      this.reads.set(sheet.name, read);
    }
    return read;
  }

  grid(name: string): SheetGrid {
    const sheet = this.sheet(name);
    const key = sheet?.name ?? name;
    let grid = this.grids.get(key);
    if (!grid) {
      grid = gridOf(key, this.cells(key));
      this.grids.set(key, grid);
    }
    return grid;
  }

  /** Forgets what was read of a sheet (after its part changed). */
  forget(name: string): void {
    this.reads.delete(name);
    this.grids.delete(name);
  }
}

/** "PK\x03\x04": every .xlsx is a zip archive */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** an OLE2 compound file: a .xls of Excel 97-2003 (or an encrypted .xlsx) */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const SAVE_AS_XLSX = 'aprirlo con Excel (o LibreOffice Calc) e salvarlo con «File › Salva con nome» come «Cartella di lavoro di Excel (.xlsx)»';

/** Reads a workbook package with clear Italian errors. */
export async function openPackage(path: string): Promise<PackageWorkbook> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new XlsxReadError(`«${path}» non è un file`, path);
    if (stat.size === 0) throw new XlsxReadError(`il file «${path}» è vuoto`, path);
    bytes = await fs.readFile(path);
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') throw new XlsxReadError(`il file «${path}» non esiste`, path, { cause: err });
    throw new XlsxReadError(`il file «${path}» non si può leggere (permessi?)`, path, { cause: err });
  }
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new XlsxReadError(`il file «${path}» è in un formato che il programma non legge (una cartella .xls di Excel 97-2003, o un file protetto da password): ${SAVE_AS_XLSX}`, path);
  }
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new XlsxReadError(`il file «${path}» non è una cartella di lavoro .xlsx (forse è un .xls o un .csv rinominato): ${SAVE_AS_XLSX}`, path);
  }
  let pkg: XlsxPackage;
  try {
    pkg = XlsxPackage.fromBytes(bytes);
  } catch (err) {
    throw new XlsxReadError(`il file «${path}» è danneggiato o non è una cartella di lavoro .xlsx leggibile`, path, { cause: err });
  }
  if (pkg.has('content.xml') && pkg.has('mimetype')) {
    throw new XlsxReadError(`il file «${path}» è un foglio di calcolo OpenDocument (.ods), non una cartella .xlsx: ${SAVE_AS_XLSX}`, path);
  }
  let book: PackageWorkbook;
  try {
    book = new PackageWorkbook(pkg, readWorkbook(pkg));
  } catch (err) {
    throw new XlsxReadError(`il file «${path}» è danneggiato o non è una cartella di lavoro .xlsx leggibile`, path, { cause: err });
  }
  if (book.sheets.length === 0) throw new XlsxReadError(`la cartella di lavoro «${path}» non contiene fogli`, path);
  return book;
}

export { SAVE_AS_XLSX };

/** Writes the package to `path` (the parts not changed keep their bytes), with clear Italian errors. */
export async function savePackage(book: PackageWorkbook, path: string): Promise<void> {
  const bytes = book.pkg.toBytes();
  try {
    await fs.writeFile(path, bytes);
  } catch (err) {
    throw new XlsxWriteError(`impossibile salvare «${path}»: ${fsErrorText(err)}`, { cause: err });
  }
}
