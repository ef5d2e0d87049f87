/**
 * The Riepilogo sheet: replaced, never duplicated (the old one is deleted, a new one added beside the
 * cruscotto), with a native bar chart of the strategic objectives and an A4 landscape page, one page wide.
 */
import type { SummaryPlan } from '../layout/types';
import { SUMMARY_SHEET_NAME } from '../layout/types';

export interface SummaryPlacement {
  /** a Riepilogo sheet exists already and must be replaced */
  exists: boolean;
  /** 0-based position for the new sheet (right after the cruscotto) */
  position: number;
}

/** Deletes the old Riepilogo and adds the new one; returns the new sheet's proxy. */
export function queueReplaceSummarySheet(context: Excel.RequestContext, placement: SummaryPlacement): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (placement.exists) sheets.getItem(SUMMARY_SHEET_NAME).delete();
  const sheet = sheets.add(SUMMARY_SHEET_NAME);
  sheet.position = placement.position;
  return sheet;
}

export function queueSummaryChart(sheet: Excel.Worksheet, chart: NonNullable<SummaryPlan['chart']>): void {
  const added = sheet.charts.add('BarClustered', sheet.getRange(chart.valuesRange), 'Columns');
  added.title.text = chart.title;
  added.series.getItemAt(0).setXAxisValues(sheet.getRange(chart.categoriesRange));
  added.setPosition(chart.anchor);
}

/** A4 landscape, one page wide (ExcelApi 1.9). */
export function queueSummaryPage(sheet: Excel.Worksheet, page: SummaryPlan['page']): void {
  sheet.pageLayout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  sheet.pageLayout.paperSize = page.paper;
  sheet.pageLayout.zoom = { horizontalFitToPages: page.fitToWidth };
}
