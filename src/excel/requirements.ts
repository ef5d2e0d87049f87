/**
 * ExcelApi requirement sets: what each operation needs, and the optional features that degrade with a
 * warning. The manifest declares 1.4 so the add-in loads on old Excel and can say what is missing.
 */
import { CruscottoHostError } from './errors';
import type { OfficeLike } from './officeApi';

/**
 * 1.2 setting Worksheet.visibility and RangeFormat.columnWidth; 1.4 settings and *OrNullObject;
 * 1.6 conditional formats (add, customOrNullObject, delete); 1.7 getRangeByIndexes and
 * ChartSeries.setXAxisValues. Charts, sheets and Range.values/numberFormat are 1.1.
 * Office 2019 (1.8), Office 2021 (1.14) and Microsoft 365 have it.
 */
export const REQUIRED_EXCEL_API = '1.7';
export const SETTINGS_EXCEL_API = '1.4';

/**
 * Optional features and the set each one needs (the "[Api set: ExcelApi x]" of each member in
 * @types/office-js and learn.microsoft.com/javascript/api/excel).
 */
export const FEATURE_SETS = {
  /** Range.getMergedAreasOrNullObject */
  mergedAreas: '1.13',
  /** threaded comments for the notes: Workbook/Worksheet.comments, CommentCollection.add, Comment.getLocation */
  comments: '1.10',
  /** Worksheet.pageLayout (A4 landscape, one page wide) */
  pageLayout: '1.9',
  /** Worksheet.getRanges and RangeAreas.format: one call for many blocks of the same style */
  rangeAreas: '1.9',
  /** Worksheet.notes (the old-style notes): to leave a user's note alone instead of colliding with it */
  notes: '1.18',
} as const;

export type Features = Record<keyof typeof FEATURE_SETS, boolean>;

/** minVersion is passed as a string: the number 1.10 would read as 1.1. */
export function isExcelApiSupported(office: OfficeLike, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export function detectFeatures(office: OfficeLike): Features {
  return {
    mergedAreas: isExcelApiSupported(office, FEATURE_SETS.mergedAreas),
    comments: isExcelApiSupported(office, FEATURE_SETS.comments),
    pageLayout: isExcelApiSupported(office, FEATURE_SETS.pageLayout),
    rangeAreas: isExcelApiSupported(office, FEATURE_SETS.rangeAreas),
    notes: isExcelApiSupported(office, FEATURE_SETS.notes),
  };
}

/** Throws the Italian message when Excel lacks the set an operation needs. */
export function requireExcelApi(office: OfficeLike, version: string): void {
  if (isExcelApiSupported(office, version)) return;
  throw new CruscottoHostError(
    'requirement-missing',
    `Questa versione di Excel non supporta le funzioni richieste da Cruscotto (ExcelApi ${version}). ` +
      'Usare Excel 2019 o successivo, Excel per Microsoft 365 o Excel per il web.',
    `This version of Excel does not support the functions Cruscotto needs (ExcelApi ${version}). ` +
      'Use Excel 2019 or later, Excel for Microsoft 365 or Excel on the web.',
  );
}

/** Warning when Excel cannot report merged cells (the sheet is read without them). */
export function mergedAreasWarning(): string {
  return (
    `Questa versione di Excel non comunica le celle unite (serve ExcelApi ${FEATURE_SETS.mergedAreas}): ` +
    'il cruscotto è stato letto senza; controllare che prospettive e obiettivi siano attribuiti alle righe giuste.'
  );
}

export function commentsWarning(count: number): string {
  return `Questa versione di Excel non gestisce i commenti (serve ExcelApi ${FEATURE_SETS.comments}): ${count === 1 ? 'la nota' : `le ${count} note`} sulle percentuali assegnate non sono state scritte.`;
}

export function pageLayoutWarning(): string {
  return `Questa versione di Excel non imposta la pagina (serve ExcelApi ${FEATURE_SETS.pageLayout}): impostare a mano A4 orizzontale per stampare il Riepilogo.`;
}

/**
 * PageLayout.zoom { horizontalFitToPages } is not applied unless the Page Layout tab is selected in
 * desktop Excel (office-js issue #1860, in backlog): said where the Riepilogo is reported written.
 */
export const PAGE_FIT_HINT = {
  it: 'Se in stampa il Riepilogo non sta in una pagina di larghezza, aprire la scheda «Layout di pagina» e rigenerarlo: Excel applica l\'adattamento solo con quella scheda aperta.',
  en: 'If the printed summary is wider than one page, open the Page Layout tab and create it again: Excel applies fit-to-width only with that tab open.',
} as const;
