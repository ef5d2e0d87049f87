/** Fake Range, RangeAreas, RangeFormat/Fill/Font over the in-memory sheets. */
import { formatAddress } from './addressing';
import { FakeClientObject, FakeCollection, type AnyClientObject, type Scalars } from './clientObject';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { MAX_COLUMNS, MAX_ROWS, ensureCell, getCell, type FakeCell, type FakeSheetState, type Rect } from './state';
import { applyStored, storeTyped } from './typedInput';
import { FakeWorksheet } from './worksheet';

export interface RangeEntity {
  sheet: FakeSheetState;
  rect: Rect;
}

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel refuses getMergedAreas when a range holds more merged areas than this. */
export const MERGED_AREAS_LIMIT = 512;

function rows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}
function cols(rect: Rect): number {
  return rect.right - rect.left + 1;
}

function grid<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
  if (rows(rect) * cols(rect) > 5_000_000) throw new FakeOfficeError('InvalidOperation', 'Range too large for the fake');
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

/** Apply a 2-D array (or one scalar for every cell) to the range; null leaves a cell unchanged. */
function eachInput(rect: Rect, input: unknown, name: string, f: (r: number, c: number, v: unknown) => void): void {
  if (Array.isArray(input)) {
    if (input.length !== rows(rect) || input.some((line) => !Array.isArray(line) || line.length !== cols(rect))) {
      throw invalidArgument(`${name}: the array does not match the size of the range`);
    }
    input.forEach((line: unknown[], i) => line.forEach((v, j) => v !== null && v !== undefined && f(rect.top + i, rect.left + j, v)));
  } else if (input !== null && input !== undefined) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c, input);
  }
}

function uniform<T>(rect: Rect, sheet: FakeSheetState, f: (cell: FakeCell | undefined) => T): T | null {
  const first = f(getCell(sheet, rect.top, rect.left));
  const limit = Math.min(rect.bottom, rect.top + 2000);
  for (let r = rect.top; r <= limit; r++) {
    for (let c = rect.left; c <= Math.min(rect.right, rect.left + 200); c++) if (f(getCell(sheet, r, c)) !== first) return null;
  }
  return first;
}

export class FakeRange extends FakeClientObject<RangeEntity> {
  constructor(context: FakeRequestContext, resolver: () => RangeEntity | null, nullable = false) {
    super(context, resolver, nullable);
  }

  protected override alive(e: RangeEntity): boolean {
    return this.context.state.sheets.includes(e.sheet);
  }

  protected scalars(): Scalars<RangeEntity> {
    return {
      address: (e) => formatAddress(e.sheet.name, e.rect),
      addressLocal: (e) => formatAddress(e.sheet.name, e.rect),
      rowIndex: (e) => e.rect.top,
      columnIndex: (e) => e.rect.left,
      rowCount: (e) => rows(e.rect),
      columnCount: (e) => cols(e.rect),
      cellCount: (e) => rows(e.rect) * cols(e.rect),
      values: (e) => grid(e.rect, (r, c) => getCell(e.sheet, r, c)?.value ?? ''),
      numberFormat: (e) => grid(e.rect, (r, c) => getCell(e.sheet, r, c)?.numberFormat ?? 'General'),
      formulas: (e) =>
        grid(e.rect, (r, c) => {
          const cell = getCell(e.sheet, r, c);
          return cell?.formula ?? cell?.value ?? '';
        }),
    };
  }

  protected override navigation(): Record<string, () => AnyClientObject> {
    return { format: () => this.format, conditionalFormats: () => this.conditionalFormats };
  }

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(input: unknown[][]) {
    this.setProperty('values', input, (e) =>
      eachInput(e.rect, input, 'values', (r, c, v) => {
        const cell = ensureCell(e.sheet, r, c);
        applyStored(cell, storeTyped(v, cell.numberFormat));
      }),
    );
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.setProperty('numberFormat', input, (e) =>
      eachInput(e.rect, input, 'numberFormat', (r, c, v) => {
        ensureCell(e.sheet, r, c).numberFormat = v === '' ? 'General' : String(v);
      }),
    );
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(input: unknown[][]) {
    this.setProperty('formulas', input, (e) =>
      eachInput(e.rect, input, 'formulas', (r, c, v) => {
        const cell = ensureCell(e.sheet, r, c);
        applyStored(cell, storeTyped(v, 'General'));
      }),
    );
  }

  private cachedFormat?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    this.cachedFormat ??= new FakeRangeFormat(this.context, () => targetOf(this._require()));
    return this.cachedFormat;
  }

  private cachedConditionalFormats?: FakeConditionalFormatCollection;
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cachedConditionalFormats ??= new FakeConditionalFormatCollection(this.context, () => {
      this.context.requireApi('1.6', 'Range.conditionalFormats');
      return this._require();
    });
    return this.cachedConditionalFormats;
  }

  private derived(name: string, args: unknown[], f: (e: RangeEntity) => Rect, version?: string): FakeRange {
    const child = new FakeRange(this.context, () => {
      const e = this._require();
      const rect = f(e);
      if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS || rect.top > rect.bottom || rect.left > rect.right) {
        throw invalidArgument(`${name}(${args.join(', ')})`);
      }
      return { sheet: e.sheet, rect };
    });
    return this.instantiate(child, name, args, version);
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], (e) => ({ top: e.rect.top + row, left: e.rect.left + column, bottom: e.rect.top + row, right: e.rect.left + column }));
  }
  getEntireColumn(): FakeRange {
    return this.derived('getEntireColumn', [], (e) => ({ top: 0, bottom: MAX_ROWS - 1, left: e.rect.left, right: e.rect.right }));
  }
  getEntireRow(): FakeRange {
    return this.derived('getEntireRow', [], (e) => ({ top: e.rect.top, bottom: e.rect.bottom, left: 0, right: MAX_COLUMNS - 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (e) => ({
      top: e.rect.top + rowOffset,
      bottom: e.rect.bottom + rowOffset,
      left: e.rect.left + columnOffset,
      right: e.rect.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (e) => ({ ...e.rect, bottom: e.rect.bottom + deltaRows, right: e.rect.right + deltaColumns }));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const child = new FakeRangeAreas(
      this.context,
      () => {
        const e = this._require();
        // like Excel (office-js issue #3611): the merged areas whose top-left cell lies in the range, whole
        const areas = e.sheet.merges.filter((m) => m.top >= e.rect.top && m.top <= e.rect.bottom && m.left >= e.rect.left && m.left <= e.rect.right);
        if (areas.length > MERGED_AREAS_LIMIT) {
          throw new FakeOfficeError(this.context.options.mergedAreasLimitCode, `There are more than ${MERGED_AREAS_LIMIT} merged areas in the range.`);
        }
        return areas.length === 0 ? null : { sheet: e.sheet, rects: areas.map((a) => ({ ...a })) };
      },
      true,
    );
    return this.instantiate(child, 'getMergedAreasOrNullObject', [], '1.13');
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9), for 'Formulas' (and 'Constants'): the cells of that kind
   * in the range as areas (vertical runs per column), or a null object when there are none.
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    const child = new FakeRangeAreas(
      this.context,
      () => {
        const e = this._require();
        const wanted = (cell: FakeCell | undefined): boolean =>
          cellType === 'Formulas' ? !!cell?.formula : cellType === 'Constants' ? !!cell && !cell.formula && cell.value !== '' : false;
        if (cellType !== 'Formulas' && cellType !== 'Constants') throw invalidArgument(`getSpecialCellsOrNullObject: the fake does not model «${cellType}»`);
        const rects: Rect[] = [];
        for (let c = e.rect.left; c <= e.rect.right; c++) {
          let start = -1;
          for (let r = e.rect.top; r <= e.rect.bottom + 1; r++) {
            const hit = r <= e.rect.bottom && wanted(getCell(e.sheet, r, c));
            if (hit && start < 0) start = r;
            if (!hit && start >= 0) {
              rects.push({ top: start, left: c, bottom: r - 1, right: c });
              start = -1;
            }
          }
        }
        return rects.length === 0 ? null : { sheet: e.sheet, rects };
      },
      true,
    );
    return this.instantiate(child, 'getSpecialCellsOrNullObject', [cellType], '1.9');
  }

  select(): void {
    this.callMethod('select', [], (e) => {
      if (this.context.state.activeSheetId !== e.sheet.id) {
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation (sheet not active).');
      }
      this.context.state.selection = { sheetId: e.sheet.id, rect: { ...e.rect } };
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.callMethod('clear', [applyTo], (e) => {
      for (let r = e.rect.top; r <= Math.min(e.rect.bottom, e.sheet.rows.length - 1); r++) {
        const line = e.sheet.rows[r];
        if (!line) continue;
        for (let c = e.rect.left; c <= Math.min(e.rect.right, line.length - 1); c++) {
          const cell = line[c];
          if (!cell) continue;
          if (applyTo === 'All') line[c] = undefined;
          else if (applyTo === 'Contents') applyStored(cell, { value: '' });
          else line[c] = { value: cell.value, formula: cell.formula, apostrophe: cell.apostrophe, numberFormat: 'General' };
        }
      }
    });
  }

  private cachedWorksheet?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this.cachedWorksheet ??= new FakeWorksheet(this.context, () => this._require().sheet);
    return this.cachedWorksheet;
  }
}

/** What a RangeFormat applies to: one range, or the areas of a RangeAreas. */
export interface FormatTarget {
  sheet: FakeSheetState;
  rects: Rect[];
}

function targetOf(e: RangeEntity): FormatTarget {
  return { sheet: e.sheet, rects: [e.rect] };
}

export class FakeRangeFormat extends FakeClientObject<FormatTarget> {
  protected scalars(): Scalars<FormatTarget> {
    return {
      columnWidth: (e) => e.sheet.columnWidths.get(e.rects[0].left) ?? DEFAULT_COLUMN_WIDTH,
      wrapText: (e) => uniform(e.rects[0], e.sheet, (c) => c?.wrapText ?? false),
      horizontalAlignment: (e) => uniform(e.rects[0], e.sheet, (c) => c?.horizontalAlignment ?? 'General'),
    };
  }
  protected override navigation(): Record<string, () => AnyClientObject> {
    return { fill: () => this.fill, font: () => this.font };
  }
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(width: number) {
    this.setProperty('columnWidth', width, (e) => {
      for (const rect of e.rects) for (let c = rect.left; c <= rect.right; c++) e.sheet.columnWidths.set(c, width);
    });
  }
  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(wrap: boolean) {
    this.setProperty('wrapText', wrap, (e) => forEachCell(e, (cell) => (cell.wrapText = wrap)));
  }
  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.setProperty('horizontalAlignment', value, (e) => forEachCell(e, (cell) => (cell.horizontalAlignment = value)));
  }
  private cachedFill?: FakeRangeFill;
  get fill(): FakeRangeFill {
    this.cachedFill ??= new FakeRangeFill(this.context, () => this._require());
    return this.cachedFill;
  }
  private cachedFont?: FakeRangeFont;
  get font(): FakeRangeFont {
    this.cachedFont ??= new FakeRangeFont(this.context, () => this._require());
    return this.cachedFont;
  }
}

function forEachCell(e: FormatTarget, f: (cell: FakeCell) => void): void {
  for (const rect of e.rects) {
    if (rows(rect) * cols(rect) > 2_000_000) throw new FakeOfficeError('InvalidOperation', 'Range too large for the fake');
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(ensureCell(e.sheet, r, c));
  }
}

export class FakeRangeFill extends FakeClientObject<FormatTarget> {
  protected scalars(): Scalars<FormatTarget> {
    return { color: (e) => uniform(e.rects[0], e.sheet, (c) => c?.fill ?? '#FFFFFF') };
  }
  get color(): string {
    return this.get('color');
  }
  set color(color: string) {
    this.setProperty('color', color, (e) => forEachCell(e, (cell) => (cell.fill = color.toUpperCase())));
  }
  clear(): void {
    this.callMethod('clear', [], (e) => forEachCell(e, (cell) => delete cell.fill));
  }
}

export class FakeRangeFont extends FakeClientObject<FormatTarget> {
  protected scalars(): Scalars<FormatTarget> {
    return {
      bold: (e) => uniform(e.rects[0], e.sheet, (c) => c?.bold ?? false),
      italic: (e) => uniform(e.rects[0], e.sheet, (c) => c?.italic ?? false),
      color: (e) => uniform(e.rects[0], e.sheet, (c) => c?.fontColor ?? '#000000'),
      size: (e) => uniform(e.rects[0], e.sheet, (c) => c?.fontSize ?? 11),
    };
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.setProperty('bold', v, (e) => forEachCell(e, (cell) => (cell.bold = v)));
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.setProperty('italic', v, (e) => forEachCell(e, (cell) => (cell.italic = v)));
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.setProperty('color', v, (e) => forEachCell(e, (cell) => (cell.fontColor = v.toUpperCase())));
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.setProperty('size', v, (e) => forEachCell(e, (cell) => (cell.fontSize = v)));
  }
}

export interface RangeAreasEntity {
  sheet: FakeSheetState;
  rects: Rect[];
}

export class FakeRangeAreas extends FakeClientObject<RangeAreasEntity> {
  protected scalars(): Scalars<RangeAreasEntity> {
    return {
      address: (e) => e.rects.map((r) => formatAddress(e.sheet.name, r)).join(', '),
      areaCount: (e) => e.rects.length,
      cellCount: (e) => e.rects.reduce((n, r) => n + rows(r) * cols(r), 0),
    };
  }
  protected override navigation(): Record<string, () => AnyClientObject> {
    return { areas: () => this.areas, format: () => this.format };
  }
  private cachedAreasFormat?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    this.cachedAreasFormat ??= new FakeRangeFormat(this.context, () => {
      const e = this._require();
      return { sheet: e.sheet, rects: e.rects };
    });
    return this.cachedAreasFormat;
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  private cachedAreas?: FakeRangeCollection;
  get areas(): FakeRangeCollection {
    this.cachedAreas ??= new FakeRangeCollection(this.context, () => this._entity());
    return this.cachedAreas;
  }
}

export class FakeRangeCollection extends FakeCollection<RangeAreasEntity, FakeRange> {
  protected list(e: RangeAreasEntity): unknown[] {
    return e.rects.map((rect) => ({ sheet: e.sheet, rect }));
  }
  protected itemProxy(item: unknown): FakeRange {
    return new FakeRange(this.context, () => item as RangeEntity);
  }
}
