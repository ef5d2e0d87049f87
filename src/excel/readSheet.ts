/**
 * One read of the cruscotto sheet: the used range's values and number formats, its merged areas, the
 * add-in's earlier conditional formats (to replace them) and where the user's comments and notes are.
 * When the survey has not measured the sheet, the read asks the used range itself, in the same round trip
 * (ricalcola's second and last read); otherwise it reads the measured range.
 * Earlier rules are read through ConditionalFormat.customOrNullObject: loading "items/custom/rule/formula"
 * fails for the whole collection ("This operation is not permitted for the current object") as soon as
 * the sheet holds a rule of another type, such as a colour scale (office-js issue #2180).
 * Merged areas: Excel refuses more than 512 in one call and reports an area where its top-left cell lies.
 * Unmeasured, they are asked per whole column (A:CZ; about 370 per column for 5 000 actions); measured,
 * per column in pieces of 512 rows, which can never hold more than 512 areas, so that read never needs a
 * retry. Whatever makes the unmeasured read fail (more than 512 areas in a column, a response over the
 * 5 MB limit, an empty sheet), the sheet is measured and read again: no error code is guessed.
 */
import type { CellInput } from '../engine/types';
import { RULE_MARKER, type MergedArea, type SheetGrid } from '../layout/types';
import { toCellInput } from './cellValues';
import { isOwnNote, NOTE_PREFIX } from './notes';
import type { Features } from './requirements';
import type { CountedSync } from './syncCounter';
import { MERGED_AREA_PROPERTIES, PEEK_COLUMNS, mergedAreasOf, type UsedArea } from './workbookProbe';

export interface ReadLimits {
  /** round trips the values are read in (the 5 MB response limit of Excel on the web) */
  parts: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { parts: 1 };
/** 512 rows of one column can never hold more than 512 areas starting in them */
export const MERGE_TILE_ROWS = 512;
const MAX_READ_ATTEMPTS = 5;
const MAX_ROWS = 1_048_576;

export interface SheetSnapshot {
  grid: SheetGrid;
  used: UsedArea | null;
  /** the add-in's conditional formats from an earlier run (formula carries RULE_MARKER) */
  ownRules: Excel.ConditionalFormat[];
  /**
   * comments carrying the add-in's prefix, unanswered, with their cell and text (prefix removed): the write layer
   * deletes only those the ledger says the add-in wrote (a comment the user typed with the same prefix stays)
   */
  ownNotes: { comment: Excel.Comment; row: number; col: number; text: string }[];
  /** cells with someone else's comment or note, as "row:col" */
  foreignCommentCells: Set<string>;
  /** cells with an earlier note of the add-in that someone answered: kept, with its replies, as "row:col" */
  answeredNoteCells?: Set<string>;
  /** round trips the read took (1 unless Excel refused a large read) */
  attempts: number;
}

export interface ReadRequest {
  sheetName: string;
  /** the used range as the survey measured it (null = empty sheet); undefined = ask it in the read itself */
  used?: UsedArea | null;
  /** comments with their content loaded: the sheet's or the workbook's (only those on this sheet count) */
  comments: Excel.Comment[] | null;
  /** old-style notes (ExcelApi 1.18), the sheet's or the workbook's, when known */
  notes?: Excel.Note[] | null;
  features: Features;
}

function officeCode(error: unknown): string {
  return error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
}

interface QueuedMeta {
  mergeTiles: Excel.RangeAreas[];
  /** the cells holding a formula (Range.getSpecialCellsOrNullObject, ExcelApi 1.9) */
  formulaAreas: Excel.RangeAreas | null;
  /** without ExcelApi 1.9: the formulas of the used range (a formula's text starts with "=") */
  formulaTexts: Excel.Range | null;
  rules: Excel.ConditionalFormatCollection;
  own: { comment: Excel.Comment; replies: OfficeExtension.ClientResult<number>; location: Excel.Range }[];
  foreign: Excel.Range[];
}

/** The sheet of an address as Range.address gives it ("'PEG2024'!Y8", "Cruscotto!A1"). */
export function sheetOfAddress(address: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(address);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bang = address.lastIndexOf('!');
  return bang > 0 ? address.slice(0, bang) : null;
}

/**
 * Merged areas, earlier rules and comment locations, asked with the first part of the values. `used` is
 * the measured range, or the used-range proxy when the read measures it itself.
 */
function queueMeta(sheet: Excel.Worksheet, request: ReadRequest, used: UsedArea | null, usedProxy: Excel.Range | null): QueuedMeta {
  const mergeTiles: Excel.RangeAreas[] = [];
  if (request.features.mergedAreas) {
    if (usedProxy) {
      for (let c = 0; c < PEEK_COLUMNS; c++) mergeTiles.push(queueMerges(sheet, 0, c, MAX_ROWS));
    } else if (used) {
      mergeTiles.push(...queueMergeTiles(sheet, used, 0, used.cols));
    }
  }
  // the write guard must know a formula whose value is empty: it is the user's all the same
  let formulaAreas: Excel.RangeAreas | null = null;
  let formulaTexts: Excel.Range | null = null;
  if (used || usedProxy) {
    const range = usedProxy ?? sheet.getRangeByIndexes(used!.top, used!.left, used!.rows, used!.cols);
    if (request.features.rangeAreas) {
      formulaAreas = range.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType.formulas);
      // eslint-disable-next-line office-addins/no-empty-load -- the rule does not read a constant argument: it names the properties
      formulaAreas.load(MERGED_AREA_PROPERTIES);
    } else {
      formulaTexts = range;
      formulaTexts.load('formulas');
    }
  }
  const rules = sheet.getRange().conditionalFormats;
  rules.load('items/type,items/customOrNullObject/rule/formula');
  const own: QueuedMeta['own'] = [];
  const foreign: Excel.Range[] = [];
  for (const comment of request.comments ?? []) {
    if (isOwnNote(comment.content)) {
      // Comment.delete "deletes the comment and all the connected replies": a note someone answered stays
      const location = comment.getLocation();
      location.load('address,rowIndex,columnIndex');
      own.push({ comment, replies: comment.replies.getCount(), location });
    } else {
      const location = comment.getLocation();
      location.load('address,rowIndex,columnIndex');
      foreign.push(location);
    }
  }
  // a user's old-style note: the add-in does not put a threaded comment on that cell
  for (const note of request.notes ?? []) {
    const location = note.getLocation();
    location.load('address,rowIndex,columnIndex');
    foreign.push(location);
  }
  return { mergeTiles, formulaAreas, formulaTexts, rules, own, foreign };
}

function queueMerges(sheet: Excel.Worksheet, row: number, col: number, rows: number): Excel.RangeAreas {
  const areas = sheet.getRangeByIndexes(row, col, rows, 1).getMergedAreasOrNullObject();
  areas.load(MERGED_AREA_PROPERTIES);
  return areas;
}

/** Columns [from, to) of the used range in pieces of MERGE_TILE_ROWS rows: never more than 512 areas a call. */
function queueMergeTiles(sheet: Excel.Worksheet, used: UsedArea, from: number, to: number): Excel.RangeAreas[] {
  const tiles: Excel.RangeAreas[] = [];
  for (let c = from; c < to; c++) {
    for (let r = 0; r < used.rows; r += MERGE_TILE_ROWS) tiles.push(queueMerges(sheet, used.top + r, used.left + c, Math.min(MERGE_TILE_ROWS, used.rows - r)));
  }
  return tiles;
}

/** "row:col" of every cell holding a formula (0-based, sheet coordinates). */
function formulaCellsOf(meta: QueuedMeta, used: UsedArea | null): Set<string> {
  const cells = new Set<string>();
  for (const area of meta.formulaAreas ? mergedAreasOf(meta.formulaAreas) : []) {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) cells.add(`${r}:${c}`);
  }
  if (meta.formulaTexts && used) {
    meta.formulaTexts.formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        if (typeof f === 'string' && f.startsWith('=')) cells.add(`${used.top + i}:${used.left + j}`);
      }),
    );
  }
  return cells;
}

function queueBand(sheet: Excel.Worksheet, used: UsedArea, from: number, to: number): Excel.Range {
  const band = sheet.getRangeByIndexes(used.top + from, used.left, to - from, used.cols);
  band.load('values,numberFormat');
  return band;
}

function pushRows(cells: CellInput[][], used: UsedArea, values: unknown[][], formats: unknown[][]): void {
  values.forEach((line, i) => {
    const row: CellInput[] = [];
    for (let c = 0; c < used.left; c++) row.push({ value: null });
    line.forEach((v, j) => row.push(toCellInput(v, formats[i]?.[j])));
    cells.push(row);
  });
}

/**
 * One read. `used` undefined: the used range is asked in the same round trip (merged areas per whole
 * column); otherwise the measured range is read in `limits.parts` bands. `alongside` queues the caller's
 * other reads into the first round trip.
 */
async function readOnce(
  context: Excel.RequestContext,
  sync: CountedSync,
  request: ReadRequest,
  used: UsedArea | null | undefined,
  limits: ReadLimits,
  alongside?: () => void,
): Promise<Omit<SheetSnapshot, 'attempts'>> {
  const sheet = context.workbook.worksheets.getItem(request.sheetName);
  const usedProxy = used === undefined ? sheet.getUsedRangeOrNullObject(false) : null;
  usedProxy?.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
  const meta = queueMeta(sheet, request, used ?? null, usedProxy);
  alongside?.();
  const cells: CellInput[][] = [];
  let area: UsedArea | null;
  if (usedProxy) {
    await sync();
    area = usedProxy.isNullObject ? null : { top: usedProxy.rowIndex, left: usedProxy.columnIndex, rows: usedProxy.rowCount, cols: usedProxy.columnCount };
    if (area) {
      for (let r = 0; r < area.top; r++) cells.push([]);
      pushRows(cells, area, usedProxy.values, usedProxy.numberFormat);
      // a cruscotto wider than A:CZ: the merged areas of the columns beyond, in one more round trip
      if (request.features.mergedAreas && area.left + area.cols > PEEK_COLUMNS) {
        meta.mergeTiles.push(...queueMergeTiles(sheet, area, Math.max(0, PEEK_COLUMNS - area.left), area.cols));
        await sync();
      }
    }
  } else {
    area = used ?? null;
    if (area) {
      for (let r = 0; r < area.top; r++) cells.push([]);
      const size = Math.ceil(area.rows / limits.parts);
      for (let from = 0; from < area.rows; from += size) {
        const band = queueBand(sheet, area, from, Math.min(area.rows, from + size));
        // eslint-disable-next-line no-restricted-syntax -- one band per round trip, several only after a response passed Excel's payload limit
        await sync();
        pushRows(cells, area, band.values, band.numberFormat);
      }
    } else {
      await sync();
    }
  }
  return snapshotOf(request, meta, area, cells);
}

/** The snapshot from what a read's round trips answered (`area` the used range, `cells` its rows). */
function snapshotOf(request: ReadRequest, meta: QueuedMeta, area: UsedArea | null, cells: CellInput[][]): Omit<SheetSnapshot, 'attempts'> {
  const merges: MergedArea[] = meta.mergeTiles.flatMap((tile) => mergedAreasOf(tile));
  const ownRules = meta.rules.items.filter((cf) => {
    const custom = cf.customOrNullObject;
    return !custom.isNullObject && custom.rule.formula.includes(RULE_MARKER);
  });
  // the workbook's comments and notes: only those on this sheet
  const here = (l: Excel.Range): boolean => (sheetOfAddress(l.address) ?? request.sheetName).toLowerCase() === request.sheetName.toLowerCase();
  const own = meta.own.filter((n) => here(n.location));
  const foreign = meta.foreign.filter(here);
  const cellOf = (l: Excel.Range): string => `${l.rowIndex}:${l.columnIndex}`;
  const answered = own.filter((n) => n.replies.value > 0);
  const foreignCells = foreign.map(cellOf);
  return {
    // someone else's comment or note: the plan moves the add-in's note off that cell
    // every comment and note is in the grid: the ledger tells the add-in's from the others (src/layout/ownership)
    grid: {
      name: request.sheetName,
      cells,
      merges,
      formulaCells: formulaCellsOf(meta, area),
      notes: [
        ...foreignCells.map((k) => ({ row: Number(k.split(':')[0]), col: Number(k.split(':')[1]), text: '' })),
        ...own.map((n) => ({ row: n.location.rowIndex, col: n.location.columnIndex, text: n.comment.content.slice(NOTE_PREFIX.length) })),
      ],
    },
    used: area,
    ownRules,
    ownNotes: own
      .filter((n) => n.replies.value === 0)
      .map((n) => ({ comment: n.comment, row: n.location.rowIndex, col: n.location.columnIndex, text: n.comment.content.slice(NOTE_PREFIX.length) })),
    foreignCommentCells: new Set(foreignCells),
    answeredNoteCells: new Set(answered.map((n) => cellOf(n.location))),
  };
}

/**
 * A measured sheet read queued into the caller's next round trip (a second sheet read beside the cruscotto):
 * the whole used range in one band. Call the returned function after that sync. A sheet whose response may
 * be too large for that round trip is read with readSheet instead (the caller decides, see ricalcola).
 */
export function queueMeasuredRead(context: Excel.RequestContext, request: ReadRequest & { used: UsedArea | null }): () => SheetSnapshot {
  const sheet = context.workbook.worksheets.getItem(request.sheetName);
  const meta = queueMeta(sheet, request, request.used, null);
  const band = request.used ? queueBand(sheet, request.used, 0, request.used.rows) : null;
  return () => {
    const cells: CellInput[][] = [];
    const area = request.used;
    if (area && band) {
      for (let r = 0; r < area.top; r++) cells.push([]);
      pushRows(cells, area, band.values, band.numberFormat);
    }
    return { ...snapshotOf(request, meta, area, cells), attempts: 1 };
  };
}

async function measure(context: Excel.RequestContext, sync: CountedSync, sheetName: string): Promise<UsedArea | null> {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(false);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await sync();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the counted sync just above
  return used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

/**
 * Reads the sheet in one round trip. Unmeasured (request.used undefined), a read that fails for any
 * reason is followed by a measure and a read of what was measured; a measured read is repeated in
 * bands only when Excel says the response is over its limit. `alongside` queues the caller's other
 * reads with the first round trip of each attempt.
 */
export async function readSheet(
  context: Excel.RequestContext,
  sync: CountedSync,
  request: ReadRequest,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  alongside?: () => void,
): Promise<SheetSnapshot> {
  let attempts = 0;
  let used = request.used;
  if (used === undefined) {
    attempts += 1;
    try {
      return { ...(await readOnce(context, sync, request, undefined, limits, alongside)), attempts };
    } catch {
      // more than 512 merged areas in a column, a response over the limit, an empty sheet...: measure first
      used = await measure(context, sync, request.sheetName);
    }
  }
  let current = { ...limits };
  for (;;) {
    attempts += 1;
    try {
      return { ...(await readOnce(context, sync, request, used, current, alongside)), attempts };
    } catch (error) {
      if (attempts < MAX_READ_ATTEMPTS && used && officeCode(error) === 'ResponsePayloadSizeLimitExceeded' && current.parts < used.rows) {
        current = { ...current, parts: Math.min(used.rows, current.parts * 2) };
      } else {
        throw error;
      }
    }
  }
}
