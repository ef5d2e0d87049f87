/**
 * «Crea foglio obiettivi individuali» (issue 9, item 1): a sheet in the layout `cruscotto esempio` writes
 * (src/layout/example/exampleIndividuals.ts), without example rows: it is the user's sheet, never recorded in the
 * add-in's ledger, so Ricalcola never writes over what is typed in it. When the workbook already has an individual
 * objectives sheet (found by its header, as Ricalcola finds it) that sheet is shown instead.
 * Round trips: (1) settings and sheets; (2) the top rows of the visible sheets; (3) the new sheet (or the
 * activation of the one found). Text is written as text (number format "@"), never as a formula.
 */
import { INDIVIDUAL_HEADER } from '../layout/example/exampleIndividuals';
import { findIndividualHeader } from '../layout/individual';
import { isSummarySheet } from '../layout/ownership';
import { chooseSheet } from '../layout/pipeline';
import type { SheetGrid } from '../layout/types';
import { toHostError } from './errors';
import { chooseIndividualSheet, isIndividualSurvey } from './individualSheet';
import type { OfficeEnv } from './officeApi';
import { REQUIRED_EXCEL_API, detectFeatures, requireExcelApi } from './requirements';
import { queueSettingsRead } from './settings';
import { countingSync } from './syncCounter';
import { queueSurvey } from './workbookProbe';

export const INDIVIDUAL_SHEET_NAME = 'Obiettivi individuali';

/** Above the header: a title and how to fill the sheet (the rules of src/layout/individual). */
export const INDIVIDUAL_SHEET_LINES: readonly string[] = [
  'Obiettivi individuali',
  'Una riga per obiettivo; sotto la stessa persona o team, le righe seguenti possono lasciare vuote le prime due colonne. I pesi degli obiettivi di ogni persona sommano a 100.',
  "Collegamento: un codice del cruscotto (es. 1.1.2) o un'unità indicata nella colonna Relatore/Responsabile del cruscotto; in alternativa compilare Indicatore, Target, Soglie e Risultato propri.",
];

/** Row of the header (0-based): below the lines, as in the example. */
export const INDIVIDUAL_HEADER_ROW = INDIVIDUAL_SHEET_LINES.length;

/** Column widths in points by header (Excel's default is 48). */
const WIDTHS: Record<string, number> = {
  'Persona / team': 170,
  Ruolo: 70,
  Obiettivo: 240,
  Peso: 45,
  'Collegamento al cruscotto': 150,
  Indicatore: 200,
};
const DEFAULT_WIDTH = 70;

/** «Obiettivi individuali», else «Obiettivi individuali (2)», … : Excel compares sheet names without case. */
export function freeSheetName(existing: readonly string[], base: string = INDIVIDUAL_SHEET_NAME): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function queueLayout(sheet: Excel.Worksheet): void {
  const width = INDIVIDUAL_HEADER.length;
  INDIVIDUAL_SHEET_LINES.forEach((line, row) => {
    const cell = sheet.getRangeByIndexes(row, 0, 1, 1);
    cell.numberFormat = [['@']];
    cell.values = [[line]];
    if (row === 0) {
      cell.format.font.bold = true;
      cell.format.font.size = 14;
    } else {
      cell.format.font.italic = true;
    }
  });
  const header = sheet.getRangeByIndexes(INDIVIDUAL_HEADER_ROW, 0, 1, width);
  header.numberFormat = [INDIVIDUAL_HEADER.map(() => '@')];
  header.values = [[...INDIVIDUAL_HEADER]];
  header.format.font.bold = true;
  header.format.wrapText = true;
  INDIVIDUAL_HEADER.forEach((title, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = WIDTHS[title] ?? DEFAULT_WIDTH;
  });
  sheet.freezePanes.freezeRows(INDIVIDUAL_HEADER_ROW + 1);
}

export async function createIndividualSheet(env: OfficeEnv): Promise<{ sheet: string; created: boolean }> {
  requireExcelApi(env.office, REQUIRED_EXCEL_API);
  const features = detectFeatures(env.office);
  try {
    return await env.excel.run(async (context) => {
      const sync = countingSync(context);
      const settings = queueSettingsRead(context);
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/position,items/visibility');
      await sync();
      const all = sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
      const visible = all.filter((s) => s.visible && !isSummarySheet(s.name)).map((s) => s.name);

      // the top rows only (their merged areas are not needed to find a header)
      const survey = queueSurvey(context, visible, { peek: true, features: { ...features, mergedAreas: false } });
      await sync();
      const surveys = survey();
      // the sheet Ricalcola would compute: shown, not duplicated
      const found = chooseIndividualSheet(surveys, '', null).sheet;
      if (found) {
        const sheet = sheets.getItem(found.name);
        sheet.activate();
        // the first cell below its header
        const headerRow = found.peek ? (findIndividualHeader(found.peek)?.headerRow ?? 0) : 0;
        sheet.getRangeByIndexes(headerRow + 1, 0, 1, 1).select();
        await sync();
        return { sheet: found.name, created: false };
      }

      // after the cruscotto: the one the settings name, else the one Ricalcola would choose, else at the end
      const named = settings().settings.sheetName;
      const cruscottoLike = surveys.filter((s) => !isIndividualSurvey(s));
      const empty = (name: string): SheetGrid => ({ name, cells: [], merges: [] });
      const choice = named ? null : chooseSheet(cruscottoLike, (s) => s.peek ?? empty(s.name), null);
      const cruscotto = named ? all.find((s) => s.name.toLowerCase() === named.toLowerCase())?.name : choice?.ok ? choice.sheet.name : undefined;
      const after = cruscotto === undefined ? -1 : all.findIndex((s) => s.name === cruscotto);

      const name = freeSheetName(all.map((s) => s.name));
      const sheet = sheets.add(name);
      // WorksheetCollection.add puts the sheet at the end; Worksheet.position moves it
      if (after >= 0 && after + 1 < all.length) sheet.position = after + 1;
      queueLayout(sheet);
      sheet.activate();
      sheet.getRangeByIndexes(INDIVIDUAL_HEADER_ROW + 1, 0, 1, 1).select();
      await sync();
      return { sheet: name, created: true };
    });
  } catch (error) {
    throw toHostError(error);
  }
}
