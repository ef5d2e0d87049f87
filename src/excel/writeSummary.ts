/**
 * The Riepilogo sheet: replaced, never duplicated (the old one is deleted, a new one added beside the
 * cruscotto, in the same batch: the batch runs in order, so the name is free again when the sheet is
 * added), with a native bar chart of the strategic objectives and an A4 landscape page, one page wide.
 */
import type { SummaryPlan } from '../layout/types';
import { SUMMARY_SHEET_NAME } from '../layout/types';

export interface SummaryPlacement {
  /**
   * the add-in's own summary sheet to replace, as the workbook spells it (Excel matches sheet names without
   * regard to case), or null; the write guard (src/layout/ownership) has checked the ledger says it is the add-in's
   */
  existing: string | null;
  /** the existing sheet is hidden ("Hidden" or "VeryHidden") */
  existingHidden?: boolean;
  /** 0-based position for the new sheet (right after the cruscotto) */
  position: number;
}

/** Deletes the add-in's old Riepilogo and adds the new one, called `name`; returns the new sheet's proxy. */
export function queueReplaceSummarySheet(context: Excel.RequestContext, placement: SummaryPlacement, name: string = SUMMARY_SHEET_NAME): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (placement.existing !== null) {
    const old = sheets.getItem(placement.existing);
    // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will
    // fail with an InvalidOperation exception" (ExcelApi 1.1; the visibility setter is ExcelApi 1.2)
    if (placement.existingHidden) old.visibility = 'Hidden';
    old.delete();
  }
  // WorksheetCollection.add puts the sheet at the end; Worksheet.position moves it
  const sheet = sheets.add(name);
  sheet.position = placement.position;
  return sheet;
}

/** ChartCollection.add(type, sourceData, seriesBy) (ExcelApi 1.1); ChartSeries.setXAxisValues is ExcelApi 1.7. */
export function queueSummaryChart(sheet: Excel.Worksheet, chart: NonNullable<SummaryPlan['chart']>): void {
  const added = sheet.charts.add('BarClustered', sheet.getRange(chart.valuesRange), 'Columns');
  added.title.text = chart.title;
  added.series.getItemAt(0).setXAxisValues(sheet.getRange(chart.categoriesRange));
  added.setPosition(chart.anchor);
}

/**
 * A4 landscape, one page wide and as many pages tall as needed (ExcelApi 1.9). PageLayout.zoom is set
 * as one object (application-specific-api-model, "Some properties cannot be set directly"). Without
 * verticalFitToPages Excel keeps its default of 1 (fitToHeight defaults to 1 in the file format,
 * ECMA-376 18.3.1.63) and shrinks the whole Riepilogo onto one page; 0 means "automatic", which is what
 * Excel itself records for "Fit All Columns on One Page" ({ horizontalFitToPages: 1, verticalFitToPages: 0 }).
 */
export function queueSummaryPage(sheet: Excel.Worksheet, page: SummaryPlan['page']): void {
  sheet.pageLayout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  sheet.pageLayout.paperSize = page.paper;
  sheet.pageLayout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
  // title and date of the figures above, page numbers below (Excel's codes &P, &N; the plan escapes a literal &)
  const hf = page.headerFooter;
  if (hf) {
    const all = sheet.pageLayout.headersFooters.defaultForAllPages;
    all.leftHeader = hf.header.left ?? '';
    all.rightHeader = hf.header.right ?? '';
    all.leftFooter = hf.footer.left ?? '';
    all.rightFooter = hf.footer.right ?? '';
  }
}
