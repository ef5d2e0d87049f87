/** Brings a cell into view: activates its sheet and selects it ("Cruscotto!P14", "'Piano 2022'!B3", or a sheet name alone). */
import { a1, parseA1 } from '../layout/address';
import { CruscottoHostError } from './errors';
import type { OfficeEnv } from './officeApi';

export interface CellTarget {
  sheet: string | null;
  /** A1 address without the sheet */
  address: string;
}

const RANGE = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

export function parseCellTarget(reference: string): CellTarget | null {
  const text = reference.trim();
  if (text === '') return null;
  const cell = parseA1(text);
  if (cell) return { sheet: cell.sheet, address: a1(cell.row, cell.col) };
  const m = RANGE.exec(text);
  if (m) {
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] ?? null;
    return { sheet, address: `${m[3]}${m[4]}${m[5] ? `:${m[5]}${m[6]}` : ''}`.toUpperCase() };
  }
  // a sheet name alone (diagnostics that concern the whole sheet)
  const quoted = /^'((?:[^']|'')+)'$/.exec(text);
  const name = quoted ? quoted[1].replace(/''/g, "'") : text;
  if (/[!:\\/?*[\]]/.test(name)) return null;
  return { sheet: name, address: 'A1' };
}

export async function selectCell(env: OfficeEnv, reference: string): Promise<void> {
  const target = parseCellTarget(reference);
  if (!target) {
    throw new CruscottoHostError('bad-reference', `Il riferimento «${reference}» non indica una cella.`, `The reference «${reference}» is not a cell.`);
  }
  await env.excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = target.sheet === null ? sheets.getActiveWorksheet() : sheets.getItemOrNullObject(target.sheet);
    sheet.load('name,visibility');
    await context.sync();
    if (sheet.isNullObject) {
      throw new CruscottoHostError('sheet-not-found', `Il foglio «${target.sheet}» non esiste più nella cartella di lavoro.`, `The sheet «${target.sheet}» no longer exists in the workbook.`);
    }
    // Excel activates only a visible sheet, and selects only on the active sheet (Range.select)
    if (sheet.visibility !== 'Visible') {
      throw new CruscottoHostError('sheet-hidden', `Il foglio «${sheet.name}» è nascosto: scoprirlo per vedere la cella.`, `The sheet «${sheet.name}» is hidden: unhide it to see the cell.`);
    }
    sheet.activate();
    sheet.getRange(target.address).select();
    await context.sync();
  });
}
