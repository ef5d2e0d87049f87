/**
 * One read of the cruscotto sheet (one round trip): the used range's values and number formats, its
 * merged areas, the add-in's earlier conditional formats (to replace them) and where the user's comments
 * and notes are.
 * Earlier rules are read through ConditionalFormat.customOrNullObject: loading "items/custom/rule/formula"
 * fails for the whole collection ("This operation is not permitted for the current object") as soon as
 * the sheet holds a rule of another type, such as a colour scale (office-js issue #2180).
 * Merged areas are asked per column: Excel refuses more than 512 per call and reports an area where its
 * top-left cell lies, so per column every area comes back exactly once and the count stays far below
 * the limit (about 360 per column for 5 000 actions). Only when Excel still refuses (a very large
 * sheet) the read is repeated in smaller bands, which costs one more round trip.
 */
import type { CellInput } from '../engine/types';
import { RULE_MARKER, type MergedArea, type SheetGrid } from '../layout/types';
import { toCellInput } from './cellValues';
import { isOwnNote, NOTE_PREFIX } from './notes';
import type { Features } from './requirements';
import type { CountedSync } from './syncCounter';
import { MERGED_AREA_PROPERTIES, mergedAreasOf, type UsedArea } from './workbookProbe';

export interface ReadLimits {
  /** round trips the values are read in (the 5 MB response limit of Excel on the web) */
  parts: number;
  /** rows per merged-areas call, per column */
  mergeRowsPerTile: number;
}

/** One round trip; ~2.6 MB of response for 5 000 actions on 22 columns. */
export const DEFAULT_READ_LIMITS: ReadLimits = { parts: 1, mergeRowsPerTile: 1_048_576 };
/** 512 rows per column can never hold more than 512 areas starting in them */
const MIN_MERGE_ROWS = 512;
const MAX_READ_ATTEMPTS = 5;

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
  used: UsedArea | null;
  comments: Excel.Comment[] | null;
  /** the sheet's old-style notes (ExcelApi 1.18), when known */
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

/** Merged areas, earlier rules and comment locations: asked with the first part of the values. */
function queueMeta(sheet: Excel.Worksheet, request: ReadRequest, limits: ReadLimits): QueuedMeta {
  const used = request.used;
  const mergeTiles: Excel.RangeAreas[] = [];
  if (used && request.features.mergedAreas) {
    for (let c = 0; c < used.cols; c++) {
      for (let r = 0; r < used.rows; r += limits.mergeRowsPerTile) {
        const tile = sheet.getRangeByIndexes(used.top + r, used.left + c, Math.min(limits.mergeRowsPerTile, used.rows - r), 1);
        const areas = tile.getMergedAreasOrNullObject();
        areas.load(MERGED_AREA_PROPERTIES);
        mergeTiles.push(areas);
      }
    }
  }
  // the write guard must know a formula whose value is empty: it is the user's all the same
  let formulaAreas: Excel.RangeAreas | null = null;
  let formulaTexts: Excel.Range | null = null;
  if (used) {
    const range = sheet.getRangeByIndexes(used.top, used.left, used.rows, used.cols);
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
      location.load('rowIndex,columnIndex');
      own.push({ comment, replies: comment.replies.getCount(), location });
    } else {
      const location = comment.getLocation();
      location.load('rowIndex,columnIndex');
      foreign.push(location);
    }
  }
  // a user's old-style note: the add-in does not put a threaded comment on that cell
  for (const note of request.notes ?? []) {
    const location = note.getLocation();
    location.load('rowIndex,columnIndex');
    foreign.push(location);
  }
  return { mergeTiles, formulaAreas, formulaTexts, rules, own, foreign };
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

async function readOnce(context: Excel.RequestContext, sync: CountedSync, request: ReadRequest, limits: ReadLimits): Promise<Omit<SheetSnapshot, 'attempts'>> {
  const sheet = context.workbook.worksheets.getItem(request.sheetName);
  const used = request.used;
  const meta = queueMeta(sheet, request, limits);
  const cells: CellInput[][] = [];
  if (used) {
    for (let r = 0; r < used.top; r++) cells.push([]);
    const size = Math.ceil(used.rows / limits.parts);
    for (let from = 0; from < used.rows; from += size) {
      const band = queueBand(sheet, used, from, Math.min(used.rows, from + size));
      // eslint-disable-next-line no-restricted-syntax -- one band per round trip, several only after a response passed Excel's payload limit
      await sync();
      const formats = band.numberFormat;
      band.values.forEach((line, i) => {
        const row: CellInput[] = [];
        for (let c = 0; c < used.left; c++) row.push({ value: null });
        line.forEach((v, j) => row.push(toCellInput(v, formats[i]?.[j])));
        cells.push(row);
      });
    }
  } else {
    await sync();
  }
  const merges: MergedArea[] = meta.mergeTiles.flatMap((tile) => mergedAreasOf(tile));
  const ownRules = meta.rules.items.filter((cf) => {
    const custom = cf.customOrNullObject;
    return !custom.isNullObject && custom.rule.formula.includes(RULE_MARKER);
  });
  const cellOf = (l: Excel.Range): string => `${l.rowIndex}:${l.columnIndex}`;
  const answered = meta.own.filter((n) => n.replies.value > 0);
  const foreignCells = meta.foreign.map(cellOf);
  return {
    // someone else's comment or note: the plan moves the add-in's note off that cell
    // every comment and note is in the grid: the ledger tells the add-in's from the others (src/layout/ownership)
    grid: {
      name: request.sheetName,
      cells,
      merges,
      formulaCells: formulaCellsOf(meta, used),
      notes: [
        ...foreignCells.map((k) => ({ row: Number(k.split(':')[0]), col: Number(k.split(':')[1]), text: '' })),
        ...meta.own.map((n) => ({ row: n.location.rowIndex, col: n.location.columnIndex, text: n.comment.content.slice(NOTE_PREFIX.length) })),
      ],
    },
    used,
    ownRules,
    ownNotes: meta.own
      .filter((n) => n.replies.value === 0)
      .map((n) => ({ comment: n.comment, row: n.location.rowIndex, col: n.location.columnIndex, text: n.comment.content.slice(NOTE_PREFIX.length) })),
    foreignCommentCells: new Set(foreignCells),
    answeredNoteCells: new Set(answered.map((n) => cellOf(n.location))),
  };
}

/** Reads the sheet in one round trip; repeats in smaller pieces only when Excel refuses the size. */
export async function readSheet(context: Excel.RequestContext, sync: CountedSync, request: ReadRequest, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<SheetSnapshot> {
  let current = { ...limits };
  for (let attempt = 1; ; attempt++) {
    try {
      return { ...(await readOnce(context, sync, request, current)), attempts: attempt };
    } catch (error) {
      const code = officeCode(error);
      const used = request.used;
      if (attempt >= MAX_READ_ATTEMPTS || !used) throw error;
      if (code === 'ResponsePayloadSizeLimitExceeded' && current.parts < used.rows) {
        current = { ...current, parts: Math.min(used.rows, current.parts * 2) };
      } else if (request.features.mergedAreas && (code === 'GeneralException' || code === 'InvalidOperation') && current.mergeRowsPerTile > MIN_MERGE_ROWS) {
        // more than 512 merged areas in one call
        current = { ...current, mergeRowsPerTile: Math.max(MIN_MERGE_ROWS, Math.ceil(Math.min(current.mergeRowsPerTile, used.rows) / 4)) };
      } else {
        throw error;
      }
    }
  }
}
