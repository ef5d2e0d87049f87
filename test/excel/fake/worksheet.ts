/** Fake Worksheet, its page layout, and the worksheet collection. */
import { parseAddress } from './addressing';
import { FakeChartCollection } from './charts';
import { FakeClientObject, FakeCollection, type Scalars } from './clientObject';
import { FakeCommentCollection, FakeNoteCollection, type CommentScope } from './comments';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, invalidArgument } from './errors';
import { FakeRange, FakeRangeAreas } from './range';
import { MAX_COLUMNS, MAX_ROWS, emptySheet, usedRect, type FakeSheetState, type FakeWorkbookState } from './state';

export class FakeWorksheet extends FakeClientObject<FakeSheetState> {
  constructor(context: FakeRequestContext, resolver: () => FakeSheetState | null, nullable = false) {
    super(context, resolver, nullable);
  }
  protected override alive(sheet: FakeSheetState): boolean {
    return this.context.state.sheets.includes(sheet);
  }
  protected scalars(): Scalars<FakeSheetState> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      position: (s) => this.context.state.sheets.indexOf(s),
      visibility: (s) => s.visibility,
    };
  }
  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.setProperty('name', name, (s) => {
      if (this.context.state.sheets.some((o) => o !== s && o.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      }
      s.name = name;
    });
  }
  get position(): number {
    return this.get('position');
  }
  set position(position: number) {
    this.setProperty('position', position, (s) => {
      const sheets = this.context.state.sheets;
      if (position < 0 || position >= sheets.length) throw invalidArgument(`position ${position}`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(position, 0, s);
    });
  }
  get visibility(): FakeSheetState['visibility'] {
    return this.get('visibility');
  }
  /** ExcelApi 1.2 for setting it; Excel keeps at least one sheet visible. */
  set visibility(v: string) {
    this.setProperty(
      'visibility',
      v,
      (s) => {
        if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalidArgument(`visibility ${v}`);
        if (v !== 'Visible' && this.context.state.sheets.every((o) => o === s || o.visibility !== 'Visible')) {
          throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        }
        s.visibility = v;
      },
      '1.2',
    );
  }

  activate(): void {
    this.callMethod('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.state.activeSheetId = s.id;
      this.context.state.selection = { sheetId: s.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  delete(): void {
    this.callMethod('delete', [], (s) => {
      const state = this.context.state;
      // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception"
      if (s.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'A very hidden worksheet cannot be deleted.');
      if (state.sheets.filter((o) => o.visibility === 'Visible' && o !== s).length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      const index = state.sheets.indexOf(s);
      state.sheets.splice(index, 1);
      state.comments = state.comments.filter((c) => c.sheetId !== s.id);
      state.notes = state.notes.filter((n) => n.sheetId !== s.id);
      if (state.activeSheetId === s.id) {
        const next = state.sheets.slice(0, index).reverse().find((o) => o.visibility === 'Visible') ?? state.sheets.find((o) => o.visibility === 'Visible')!;
        state.activeSheetId = next.id;
        state.selection = { sheetId: next.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      }
    });
  }

  getRange(address?: string): FakeRange {
    const child = new FakeRange(this.context, () => {
      const sheet = this._require();
      if (address === undefined || address === '') return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`address ${address} of another sheet`);
      return { sheet, rect: parsed.rect };
    });
    return this.instantiate(child, 'getRange', address === undefined ? [] : [address]);
  }

  getRanges(address: string): FakeRangeAreas {
    const child = new FakeRangeAreas(this.context, () => {
      const sheet = this._require();
      // Excel refuses long multi-area addresses with InvalidArgument at about 8 192 characters (office-js issue #5198)
      if (address.length > MAX_RANGES_ADDRESS_CHARS) throw invalidArgument(`getRanges address of ${address.length} characters`);
      // areas only by the locale's list separator: the other one makes the address invalid (office-js #1167, #1985)
      const rects = address.split(this.context.options.listSeparator).map((part) => {
        const parsed = parseAddress(part);
        if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`address ${part} of another sheet`);
        return parsed.rect;
      });
      return { sheet, rects };
    });
    return this.instantiate(child, 'getRanges', [address], '1.9');
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const child = new FakeRange(this.context, () => {
      const sheet = this._require();
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
      }
      return { sheet, rect: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
    return this.instantiate(child, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], '1.7');
  }

  getCell(row: number, column: number): FakeRange {
    const child = new FakeRange(this.context, () => ({ sheet: this._require(), rect: { top: row, left: column, bottom: row, right: column } }));
    return this.instantiate(child, 'getCell', [row, column]);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    const child = new FakeRange(this.context, () => {
      const sheet = this._require();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
    return this.instantiate(child, 'getUsedRange', [valuesOnly]);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const child = new FakeRange(
      this.context,
      () => {
        const sheet = this._require();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
    return this.instantiate(child, 'getUsedRangeOrNullObject', [valuesOnly], '1.4');
  }

  private cachedCharts?: FakeChartCollection;
  get charts(): FakeChartCollection {
    this.cachedCharts ??= new FakeChartCollection(this.context, () => this._require());
    return this.cachedCharts;
  }

  private cachedFreezePanes?: FakeWorksheetFreezePanes;
  /** Worksheet.freezePanes (ExcelApi 1.7) */
  get freezePanes(): FakeWorksheetFreezePanes {
    this.cachedFreezePanes ??= new FakeWorksheetFreezePanes(this.context, () => {
      this.context.requireApi('1.7', 'Worksheet.freezePanes');
      return this._require();
    });
    return this.cachedFreezePanes;
  }

  private cachedPageLayout?: FakePageLayout;
  get pageLayout(): FakePageLayout {
    this.cachedPageLayout ??= new FakePageLayout(this.context, () => {
      this.context.requireApi('1.9', 'Worksheet.pageLayout');
      return this._require();
    });
    return this.cachedPageLayout;
  }

  private cachedNotes?: FakeNoteCollection;
  get notes(): FakeNoteCollection {
    this.cachedNotes ??= new FakeNoteCollection(this.context, (): CommentScope => {
      this.context.requireApi('1.18', 'Worksheet.notes');
      return { workbook: this.context.state, sheet: this._require() };
    });
    return this.cachedNotes;
  }

  private cachedComments?: FakeCommentCollection;
  get comments(): FakeCommentCollection {
    this.cachedComments ??= new FakeCommentCollection(this.context, (): CommentScope => {
      this.context.requireApi('1.10', 'Worksheet.comments');
      return { workbook: this.context.state, sheet: this._require() };
    });
    return this.cachedComments;
  }
}

/** The frozen rows and columns of a sheet (WorksheetFreezePanes, ExcelApi 1.7): freezing replaces what was frozen. */
export class FakeWorksheetFreezePanes extends FakeClientObject<FakeSheetState> {
  protected scalars(): Scalars<FakeSheetState> {
    return {};
  }
  private freeze(name: string, count: number, apply: (s: FakeSheetState) => void): void {
    this.callMethod(name, [count], (s) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument(`${name}(${count})`);
      apply(s);
    });
  }
  freezeRows(count = 1): void {
    this.freeze('freezeRows', count, (s) => (s.frozen = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', count, (s) => (s.frozen = { rows: 0, columns: count }));
  }
  unfreeze(): void {
    this.callMethod('unfreeze', [], (s) => (s.frozen = undefined));
  }
}

/** The longest address Worksheet.getRanges takes in the fake. */
export const MAX_RANGES_ADDRESS_CHARS = 8192;

/** Excel's print scaling as the file keeps it: a scale, or pages wide and tall (0 = automatic). */
function normaliseZoom(z: Excel.PageLayoutZoomOptions): FakeSheetState['pageLayout']['zoom'] {
  const fits = [z.horizontalFitToPages, z.verticalFitToPages].filter((v) => v !== undefined && v !== null);
  for (const v of fits) if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 32767) throw invalidArgument('zoom fit to pages');
  if (fits.length > 0) {
    // a fit left out keeps its default of 1 page (ECMA-376 18.3.1.63, fitToWidth/fitToHeight default 1)
    return { horizontalFitToPages: z.horizontalFitToPages ?? 1, verticalFitToPages: z.verticalFitToPages ?? 1 };
  }
  if (z.scale === undefined || z.scale === null || z.scale < 10 || z.scale > 400) throw invalidArgument('zoom scale');
  return { scale: z.scale };
}

/** PageLayout.headersFooters.defaultForAllPages (ExcelApi 1.9): the six parts, stored as written. */
export class FakeHeaderFooter extends FakeClientObject<FakeSheetState> {
  protected scalars(): Scalars<FakeSheetState> {
    const part = (name: string) => (s: FakeSheetState) => s.pageLayout.headerFooter?.[name] ?? '';
    return Object.fromEntries(HEADER_FOOTER_PARTS.map((p) => [p, part(p)])) as Scalars<FakeSheetState>;
  }
  private set(name: string, text: string): void {
    this.setProperty(name, text, (s) => {
      s.pageLayout.headerFooter = { ...(s.pageLayout.headerFooter ?? {}), [name]: text };
    });
  }
  set leftHeader(t: string) {
    this.set('leftHeader', t);
  }
  set centerHeader(t: string) {
    this.set('centerHeader', t);
  }
  set rightHeader(t: string) {
    this.set('rightHeader', t);
  }
  set leftFooter(t: string) {
    this.set('leftFooter', t);
  }
  set centerFooter(t: string) {
    this.set('centerFooter', t);
  }
  set rightFooter(t: string) {
    this.set('rightFooter', t);
  }
}

const HEADER_FOOTER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

export class FakePageLayout extends FakeClientObject<FakeSheetState> {
  private cachedHeadersFooters?: { defaultForAllPages: FakeHeaderFooter };
  get headersFooters(): { defaultForAllPages: FakeHeaderFooter } {
    this.cachedHeadersFooters ??= { defaultForAllPages: new FakeHeaderFooter(this.context, () => this._require()) };
    return this.cachedHeadersFooters;
  }
  protected scalars(): Scalars<FakeSheetState> {
    return { orientation: (s) => s.pageLayout.orientation, paperSize: (s) => s.pageLayout.paperSize, zoom: (s) => s.pageLayout.zoom };
  }
  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(o: string) {
    this.setProperty('orientation', o, (s) => {
      if (o !== 'Portrait' && o !== 'Landscape') throw invalidArgument(`orientation ${o}`);
      s.pageLayout.orientation = o;
    });
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  set paperSize(p: string) {
    this.setProperty('paperSize', p, (s) => (s.pageLayout.paperSize = p));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get('zoom');
  }
  set zoom(z: Excel.PageLayoutZoomOptions) {
    this.setProperty('zoom', z, (s) => {
      s.pageLayout.zoom = normaliseZoom(z);
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookState, FakeWorksheet> {
  protected list(state: FakeWorkbookState): unknown[] {
    return [...state.sheets];
  }
  protected itemProxy(item: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, () => item as FakeSheetState);
  }
  private find(name: string): FakeSheetState | null {
    return this._require().sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeWorksheet {
    return this.instantiate(new FakeWorksheet(this.context, () => this.find(name)), 'getItem', [name]);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.instantiate(new FakeWorksheet(this.context, () => this.find(name), true), 'getItemOrNullObject', [name], '1.4');
  }
  getActiveWorksheet(): FakeWorksheet {
    const child = new FakeWorksheet(this.context, () => {
      const state = this._require();
      return state.sheets.find((s) => s.id === state.activeSheetId) ?? null;
    });
    return this.instantiate(child, 'getActiveWorksheet', []);
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheetState | null = null;
    const child = new FakeWorksheet(this.context, () => created);
    this.context.enqueue({ Action: 'Method', ObjectId: child._objectId, ParentId: this._objectId, Name: 'add', Args: name === undefined ? [] : [name] }, () => {
      const state = this._require();
      let sheetName = name;
      if (sheetName === undefined) {
        let n = state.sheets.length + 1;
        while (state.sheets.some((s) => s.name.toLowerCase() === `foglio${n}`)) n++;
        sheetName = `Foglio${n}`;
      }
      if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) throw invalidArgument(`sheet name ${sheetName}`);
      if (state.sheets.some((s) => s.name.toLowerCase() === sheetName!.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${sheetName} already exists.`);
      }
      created = emptySheet(state, sheetName);
      state.sheets.push(created);
      child._bind(created);
    });
    return child;
  }
}
