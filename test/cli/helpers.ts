/** Shared helpers of the CLI tests: temp folders, workbooks from grids, running main() in-process. */
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import type { JsonReport, SheetGrid } from '../../src/layout/types';
import { saveWorkbook, worksheetFromGrid } from '../../src/xlsx';

export async function tempDir(prefix = 'cruscotto-cli-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

export async function writeGrids(file: string, grids: SheetGrid[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) worksheetFromGrid(wb, g);
  await saveWorkbook(wb, file);
  return file;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], cwd: string, options: { tty?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: options.tty ?? false,
    cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export async function readReport(file: string): Promise<JsonReport> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as JsonReport;
}

export interface CellSnapshot {
  value: unknown;
  numFmt: string | undefined;
}

/** Every non-empty cell of a sheet by address, with its value (plain JSON) and number format. */
export function sheetCells(ws: ExcelJS.Worksheet): Map<string, CellSnapshot> {
  const out = new Map<string, CellSnapshot>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value;
      out.set(cell.address, { value: v instanceof Date ? v.toISOString() : JSON.parse(JSON.stringify(v ?? null)), numFmt: cell.numFmt || undefined });
    });
  });
  return out;
}

/** The conditional formats exceljs read from a sheet (not in its typings). */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

/** Sheets, cells, number formats, conditional formats and merges of a workbook, comparable with toEqual. */
export function workbookSnapshot(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    state: ws.state,
    cells: Object.fromEntries(sheetCells(ws)),
    conditionalFormats: JSON.parse(JSON.stringify(conditionalFormats(ws))),
    merges: [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
  }));
}
