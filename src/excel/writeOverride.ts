/**
 * Records a percentage assigned by decision ("sentito l'OIV") on an action: the value goes in the
 * sheet's "% assegnata" column and the motivation in "Motivazione" (OVERRIDE_HEADER / MOTIVATION_HEADER),
 * both created at the right of the used range when the sheet lacks them. The next Ricalcola reads them.
 */
import Decimal from 'decimal.js';
import { cellRef, parseA1 } from '../layout/address';
import { MOTIVATION_HEADER, OVERRIDE_HEADER } from '../layout/outputColumns';
import { findHeader } from '../layout/reader';
import type { ColumnRole, SheetGrid } from '../layout/types';
import { TEXT_FORMAT, toCellInput, toExcelInput } from './cellValues';
import { CruscottoHostError } from './errors';
import type { OfficeEnv } from './officeApi';
import { REQUIRED_EXCEL_API, detectFeatures, requireExcelApi } from './requirements';
import { MERGED_AREA_PROPERTIES, PEEK_ROWS, mergedAreasOf } from './workbookProbe';
import { queueStyles } from './writeStyles';

export const OVERRIDE_FORMAT = '0.00%';

/** Excel's last column (XFD). */
const MAX_COLUMNS = 16384;

function officeCode(error: unknown): string {
  return error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
}

function fail(code: string, it: string, en: string): never {
  throw new CruscottoHostError(code, it, en);
}

export async function writeOverride(env: OfficeEnv, actionCell: string, achievement: number, motivation: string): Promise<void> {
  requireExcelApi(env.office, REQUIRED_EXCEL_API);
  if (!Number.isFinite(achievement) || achievement < 0 || achievement > 100) {
    fail('bad-override', `La percentuale assegnata deve essere un numero tra 0 e 100 (ricevuto «${achievement}»).`, `The assigned percentage must be a number between 0 and 100 (got «${achievement}»).`);
  }
  const reason = motivation.trim();
  if (reason === '') fail('missing-motivation', 'La motivazione è obbligatoria per una percentuale assegnata.', 'A motivation is required for an assigned percentage.');
  const target = parseA1(actionCell);
  if (!target || target.sheet === null) fail('bad-reference', `Il riferimento «${actionCell}» non indica la cella di un'azione.`, `The reference «${actionCell}» is not an action's cell.`);
  const sheetName = target.sheet;
  const features = detectFeatures(env.office);

  await env.excel.run(async (context) => {
    // getItem, not getItemOrNullObject: methods are not chained on an object that may turn out null;
    // a missing sheet fails the sync with ItemNotFound (application-specific-api-model, *OrNullObject)
    const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(false);
    used.load('columnIndex,columnCount');
    try {
      await context.sync();
    } catch (error) {
      if (officeCode(error) === 'ItemNotFound') fail('sheet-not-found', `Il foglio «${sheetName}» non esiste più nella cartella di lavoro.`, `The sheet «${sheetName}» no longer exists.`);
      throw error;
    }
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const width = used.isNullObject ? 1 : used.columnIndex + used.columnCount;
    // the columns the override may add, for their number formats (a Text cell takes a string as it is)
    const span = Math.min(width + 2, MAX_COLUMNS);

    // the header rows, as wide as the sheet, to find the columns; the action's row, for its formats
    const head = sheet.getRangeByIndexes(0, 0, PEEK_ROWS, span);
    head.load('values,numberFormat');
    const row = sheet.getRangeByIndexes(target.row, 0, 1, span);
    row.load('numberFormat');
    const merges = features.mergedAreas ? sheet.getRangeByIndexes(0, 0, PEEK_ROWS, width).getMergedAreasOrNullObject() : null;
    merges?.load(MERGED_AREA_PROPERTIES);
    await context.sync();
    const formats = head.numberFormat;
    const grid: SheetGrid = {
      name: sheetName,
      cells: head.values.map((line, r) => line.slice(0, width).map((v, c) => toCellInput(v, formats[r]?.[c]))),
      merges: merges ? mergedAreasOf(merges) : [],
    };
    const layout = findHeader(grid);
    if (!layout) fail('not-a-cruscotto', `Il foglio «${sheetName}» non sembra un cruscotto: intestazione non trovata.`, `The sheet «${sheetName}» does not look like a cruscotto: header not found.`);
    if (target.row <= layout.headerBottom) {
      fail('bad-reference', `La cella ${cellRef(sheetName, target.row, target.col)} è nell'intestazione, non su un'azione.`, `The cell ${cellRef(sheetName, target.row, target.col)} is in the header, not on an action.`);
    }
    const columnOf = (role: ColumnRole): number | null => layout.columns.find((c) => c.role === role)?.col ?? null;
    let next = width;
    const headers: { col: number; text: string }[] = [];
    let overrideCol = columnOf('action.override');
    if (overrideCol === null) {
      overrideCol = next++;
      headers.push({ col: overrideCol, text: OVERRIDE_HEADER });
    }
    let motivationCol = columnOf('action.motivation');
    if (motivationCol === null) {
      motivationCol = next++;
      headers.push({ col: motivationCol, text: MOTIVATION_HEADER });
    }
    const isText = (format: unknown): boolean => format === TEXT_FORMAT;
    const headerBlocks = headers.map((h) => ({ top: layout.headerBottom, left: h.col, values: [[h.text]], style: 'header' as const }));
    for (const block of headerBlocks) {
      const textFormatted = isText(head.numberFormat[block.top]?.[block.left]);
      sheet.getRangeByIndexes(block.top, block.left, 1, 1).values = [[toExcelInput(block.values[0][0], textFormatted)]];
    }
    queueStyles(sheet, headerBlocks);

    const value = sheet.getRangeByIndexes(target.row, overrideCol, 1, 1);
    value.numberFormat = [[OVERRIDE_FORMAT]];
    value.values = [[new Decimal(achievement).div(100).toNumber()]];
    sheet.getRangeByIndexes(target.row, motivationCol, 1, 1).values = [[toExcelInput(reason, isText(row.numberFormat[0]?.[motivationCol]))]];
    await context.sync();
  });
}
