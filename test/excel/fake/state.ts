/**
 * The in-memory workbook behind the fake Excel API. Plain data; the proxies in this folder read and
 * change it only while a request is executed by context.sync().
 */
export interface Rect {
  top: number;
  left: number;
  bottom: number; // inclusive
  right: number; // inclusive
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface FakeCell {
  /** '' = no value */
  value: string | number | boolean;
  /** set when the cell holds a formula (the fake does not evaluate it) */
  formula?: string;
  /** true when the text was written with a leading apostrophe */
  apostrophe?: boolean;
  numberFormat: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
}

export interface FakeConditionalFormatState {
  id: string;
  type: string;
  rect: Rect;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface FakeChartSeriesState {
  name: string;
  /** "Sheet!A1:A5" */
  values: string | null;
  xValues: string | null;
}

export interface FakeChartState {
  id: string;
  name: string;
  chartType: string;
  seriesBy: string;
  source: string;
  title: string;
  series: FakeChartSeriesState[];
  /** top-left and bottom-right cell given to setPosition */
  position: { start: string; end: string | null } | null;
}

export interface FakePageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** headersFooters.defaultForAllPages, part by part (leftHeader, rightFooter…) */
  headerFooter?: Record<string, string>;
}

export interface FakeSheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** rows[row][col]; sparse */
  rows: (FakeCell | undefined)[][];
  merges: Rect[];
  conditionalFormats: FakeConditionalFormatState[];
  charts: FakeChartState[];
  pageLayout: FakePageLayoutState;
  /** points */
  columnWidths: Map<number, number>;
  /** the frozen panes (Worksheet.freezePanes); absent = none */
  frozen?: { rows: number; columns: number };
}

export interface FakeCommentState {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  authorName: string;
  /** the thread's replies (Comment.replies, ExcelApi 1.10) */
  replies?: { content: string; authorName: string }[];
}

/** An old-style note (Excel "Note", ExcelApi 1.18); a cell has a note or a threaded comment. */
export interface FakeNoteState {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  authorName: string;
}

export interface FakeWorkbookState {
  sheets: FakeSheetState[];
  activeSheetId: string | null;
  selection: { sheetId: string; rect: Rect } | null;
  /** values as Excel keeps them: JSON round-tripped */
  settings: Map<string, unknown>;
  comments: FakeCommentState[];
  notes: FakeNoteState[];
  nextId: number;
}

export function newId(state: FakeWorkbookState, prefix: string): string {
  state.nextId += 1;
  return `{${prefix}-${state.nextId.toString(16).padStart(8, '0')}}`;
}

export function emptySheet(state: FakeWorkbookState, name: string): FakeSheetState {
  return {
    id: newId(state, 'sheet'),
    name,
    visibility: 'Visible',
    rows: [],
    merges: [],
    conditionalFormats: [],
    charts: [],
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } },
    columnWidths: new Map(),
  };
}

export function emptyWorkbook(): FakeWorkbookState {
  return { sheets: [], activeSheetId: null, selection: null, settings: new Map(), comments: [], notes: [], nextId: 0 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function getCell(sheet: FakeSheetState, row: number, col: number): FakeCell | undefined {
  return sheet.rows[row]?.[col];
}

export function ensureCell(sheet: FakeSheetState, row: number, col: number): FakeCell {
  let line = sheet.rows[row];
  if (!line) {
    line = [];
    sheet.rows[row] = line;
  }
  let cell = line[col];
  if (!cell) {
    cell = { value: '', numberFormat: 'General' };
    line[col] = cell;
  }
  return cell;
}

function cellIsUsed(cell: FakeCell | undefined, valuesOnly: boolean): boolean {
  if (!cell) return false;
  if (cell.value !== '' || cell.formula !== undefined) return true;
  if (valuesOnly) return false;
  return (
    cell.numberFormat !== 'General' ||
    cell.fill !== undefined ||
    cell.bold !== undefined ||
    cell.italic !== undefined ||
    cell.fontColor !== undefined ||
    cell.wrapText !== undefined
  );
}

/** Bounding box of the used cells, like Worksheet.getUsedRange; null for an empty sheet. */
export function usedRect(sheet: FakeSheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.rows.forEach((line, r) => {
    if (!line) return;
    line.forEach((cell, c) => {
      if (!cellIsUsed(cell, valuesOnly)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}
