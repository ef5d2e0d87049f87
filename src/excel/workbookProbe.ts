/**
 * The outline of a run: (1) the settings, the list of sheets and the workbook's comments (so the add-in's
 * own notes can be replaced without touching the user's) and, with ExcelApi 1.18, its old-style notes (a
 * cell with a user's note gets no threaded comment); (2) when the cruscotto must be looked for among
 * several sheets, the size of their used ranges and a look at their top rows (the same look, with the
 * cruscotto's read, finds the individual objectives sheet when the settings name the cruscotto).
 * Collections are loaded with their items' properties in one load (application-specific-api-model,
 * "Load from a collection"); their locations are asked in the next round trip.
 */
import type { CellInput } from '../engine/types';
import { HEADER_SEARCH_ROWS, MAX_HEADER_ROWS } from '../layout/reader/findHeader';
import type { MergedArea, SheetGrid } from '../layout/types';
import { toCellInput } from './cellValues';
import type { Features } from './requirements';
import { queueSettingsRead, type ParsedSettings } from './settings';

export interface SheetEntry {
  name: string;
  position: number;
  visible: boolean;
}

export interface WorkbookOutline {
  settings: ParsedSettings;
  sheets: SheetEntry[];
  /** the workbook's threaded comments (ExcelApi 1.10), content loaded; their cells are asked with the read */
  comments: Excel.Comment[] | null;
  /** the workbook's old-style notes (ExcelApi 1.18) */
  notes: Excel.Note[] | null;
}

/**
 * Round trip 1: settings, sheets, and the workbook's comments and notes (Workbook.comments needs no sheet
 * name, so their cells can be asked in the read that follows). Call the returned function after the sync.
 */
export function queueOutline(context: Excel.RequestContext, features?: Pick<Features, 'comments' | 'notes'>): () => WorkbookOutline {
  const settings = queueSettingsRead(context);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/position,items/visibility');
  let comments: Excel.CommentCollection | null = null;
  if (features?.comments) {
    comments = context.workbook.comments;
    comments.load('items/content');
  }
  let notes: Excel.NoteCollection | null = null;
  if (features?.notes) {
    notes = context.workbook.notes;
    notes.load('items/authorName'); // the smallest property: only the items are needed
  }
  return () => ({
    settings: settings(),
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, visible: s.visibility === 'Visible' })),
    comments: comments ? comments.items : null,
    notes: notes ? notes.items : null,
  });
}

/** Used range of a sheet, 0-based. */
export interface UsedArea {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface SheetSurvey {
  name: string;
  used: UsedArea | null;
  /** the top rows (for findHeader), when asked */
  peek: SheetGrid | null;
}

/** Rows findHeader looks at. */
export const PEEK_ROWS = HEADER_SEARCH_ROWS + MAX_HEADER_ROWS;
/** Columns A:CZ. */
export const PEEK_COLUMNS = 104;

/** Merged areas as RangeAreas.areas reports them (whole areas, the top-left inside the queried range). */
export function mergedAreasOf(areas: Excel.RangeAreas): MergedArea[] {
  if (areas.isNullObject) return [];
  return areas.areas.items.map((r) => ({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 }));
}

export const MERGED_AREA_PROPERTIES = 'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

/** Round trip 2. Call the returned function after the sync. */
export function queueSurvey(
  context: Excel.RequestContext,
  names: string[],
  options: { peek: boolean; features: Features },
): () => SheetSurvey[] {
  const queued = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRangeOrNullObject(false);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    let peek: { range: Excel.Range; merges: Excel.RangeAreas | null } | null = null;
    if (options.peek) {
      const range = sheet.getRangeByIndexes(0, 0, PEEK_ROWS, PEEK_COLUMNS);
      range.load('values,numberFormat');
      const merges = options.features.mergedAreas ? range.getMergedAreasOrNullObject() : null;
      merges?.load(MERGED_AREA_PROPERTIES);
      peek = { range, merges };
    }
    return { name, used, peek };
  });
  return () =>
    queued.map(({ name, used, peek }) => ({
      name,
      used: used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
      peek: peek
        ? {
            name,
            cells: peek.range.values.map((line, r) => line.map((v, c): CellInput => toCellInput(v, peek!.range.numberFormat[r]?.[c]))),
            merges: peek.merges ? mergedAreasOf(peek.merges) : [],
          }
        : null,
    }));
}
