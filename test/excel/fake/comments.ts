/**
 * Fake threaded comments (ExcelApi 1.10): one per cell, added by address, deleted by the add-in; and the
 * old-style notes (ExcelApi 1.18). A cell carries either a note or a threaded comment: the fake refuses a
 * comment on a cell with a note, as Excel's own interface offers no second one.
 */
import { formatAddress, parseAddress } from './addressing';
import { FakeClientObject, FakeCollection, type Scalars } from './clientObject';
import { FakeOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from './errors';
import { FakeRange } from './range';
import { newId, type FakeCommentState, type FakeNoteState, type FakeSheetState, type FakeWorkbookState } from './state';

/** the collection of the workbook (sheet null) or of one sheet */
export interface CommentScope {
  workbook: FakeWorkbookState;
  sheet: FakeSheetState | null;
}

export const ADD_IN_AUTHOR = 'Cruscotto (componente aggiuntivo)';

export class FakeCommentCollection extends FakeCollection<CommentScope, FakeComment> {
  protected list(scope: CommentScope): unknown[] {
    return scope.workbook.comments.filter((c) => scope.sheet === null || c.sheetId === scope.sheet.id);
  }
  protected itemProxy(item: unknown): FakeComment {
    return new FakeComment(this.context, () => item as FakeCommentState);
  }

  add(cellAddress: FakeRange | string, content: string): FakeComment {
    let created: FakeCommentState | null = null;
    const child = new FakeComment(this.context, () => created);
    const arg = cellAddress instanceof FakeRange ? { ObjectId: cellAddress._objectId } : cellAddress;
    this.context.enqueue({ Action: 'Method', ObjectId: child._objectId, ParentId: this._objectId, Name: 'add', Args: [arg, content] }, () => {
      this.context.requireApi('1.10', 'CommentCollection.add');
      if (this.context.options.commentsNotImplemented) throw new FakeOfficeError('NotImplemented', 'This operation is not implemented.');
      const scope = this._require();
      let sheet: FakeSheetState;
      let row: number;
      let col: number;
      if (cellAddress instanceof FakeRange) {
        const e = cellAddress._require();
        if (e.rect.top !== e.rect.bottom || e.rect.left !== e.rect.right) throw invalidArgument('a comment goes on one cell');
        sheet = e.sheet;
        row = e.rect.top;
        col = e.rect.left;
      } else {
        const parsed = parseAddress(cellAddress);
        // CommentCollection.add: "If it's a string, it must contain the full address, including the sheet name"
        if (parsed.sheet === null) throw invalidArgument(`comment address ${cellAddress} without the sheet name`);
        const found = scope.workbook.sheets.find((s) => s.name.toLowerCase() === parsed.sheet!.toLowerCase());
        if (!found) throw itemNotFound(`sheet of ${cellAddress}`);
        if (parsed.rect.top !== parsed.rect.bottom || parsed.rect.left !== parsed.rect.right) throw invalidArgument('a comment goes on one cell');
        sheet = found;
        row = parsed.rect.top;
        col = parsed.rect.left;
      }
      const where = formatAddress(sheet.name, { top: row, left: col, bottom: row, right: col });
      if (scope.workbook.comments.some((c) => c.sheetId === sheet.id && c.row === row && c.col === col)) {
        throw new FakeOfficeError('InvalidArgument', `The cell ${where} already has a comment.`);
      }
      if (scope.workbook.notes.some((n) => n.sheetId === sheet.id && n.row === row && n.col === col)) {
        throw new FakeOfficeError('InvalidOperation', `The cell ${where} already has a note.`);
      }
      created = { id: newId(scope.workbook, 'comment'), sheetId: sheet.id, row, col, content, authorName: ADD_IN_AUTHOR };
      scope.workbook.comments.push(created);
      child._bind(created);
    });
    return child;
  }
}

export class FakeComment extends FakeClientObject<FakeCommentState> {
  protected override alive(c: FakeCommentState): boolean {
    return this.context.state.comments.includes(c);
  }
  protected scalars(): Scalars<FakeCommentState> {
    return { id: (c) => c.id, content: (c) => c.content, authorName: (c) => c.authorName };
  }
  get id(): string {
    return this.get('id');
  }
  get content(): string {
    return this.get('content');
  }
  set content(text: string) {
    this.setProperty('content', text, (c) => (c.content = text));
  }
  get authorName(): string {
    return this.get('authorName');
  }
  delete(): void {
    this.callMethod('delete', [], (c) => {
      this.context.state.comments = this.context.state.comments.filter((x) => x !== c);
    });
  }
  private cachedReplies?: FakeCommentReplyCollection;
  get replies(): FakeCommentReplyCollection {
    this.cachedReplies ??= new FakeCommentReplyCollection(this.context, () => this._require());
    return this.cachedReplies;
  }
  getLocation(): FakeRange {
    const child = new FakeRange(this.context, () => {
      const c = this._require();
      const sheet = this.context.state.sheets.find((s) => s.id === c.sheetId);
      if (!sheet) return null;
      return { sheet, rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    });
    return this.instantiate(child, 'getLocation', []);
  }
}

export class FakeNoteCollection extends FakeCollection<CommentScope, FakeNote> {
  protected list(scope: CommentScope): unknown[] {
    return scope.workbook.notes.filter((n) => scope.sheet === null || n.sheetId === scope.sheet.id);
  }
  protected itemProxy(item: unknown): FakeNote {
    return new FakeNote(this.context, () => item as FakeNoteState);
  }
}

export class FakeNote extends FakeClientObject<FakeNoteState> {
  protected override alive(n: FakeNoteState): boolean {
    return this.context.state.notes.includes(n);
  }
  protected scalars(): Scalars<FakeNoteState> {
    return { content: (n) => n.content, authorName: (n) => n.authorName };
  }
  get content(): string {
    return this.get('content');
  }
  get authorName(): string {
    return this.get('authorName');
  }
  delete(): void {
    this.callMethod('delete', [], (n) => {
      this.context.state.notes = this.context.state.notes.filter((x) => x !== n);
    });
  }
  getLocation(): FakeRange {
    const child = new FakeRange(this.context, () => {
      const n = this._require();
      const sheet = this.context.state.sheets.find((s) => s.id === n.sheetId);
      if (!sheet) return null;
      return { sheet, rect: { top: n.row, left: n.col, bottom: n.row, right: n.col } };
    });
    return this.instantiate(child, 'getLocation', [], '1.18');
  }
}

/** OfficeExtension.ClientResult: `value` is there after the sync that ran the method. */
export class FakeClientResult<T> {
  private result: { value: T } | null = null;
  /** @internal */
  _set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw propertyNotLoaded('value');
    return this.result.value;
  }
}

/** A comment's replies; only the count is modelled (Comment.delete "deletes the comment and all the connected replies"). */
export class FakeCommentReplyCollection extends FakeClientObject<FakeCommentState> {
  protected scalars(): Scalars<FakeCommentState> {
    return {};
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({ Action: 'Method', ObjectId: this._objectId, Name: 'getCount', Args: [] }, () => {
      const count = this._require().replies?.length ?? 0;
      result._set(count);
      this.context.respond(count);
    });
    return result;
  }
}
