/** Fake threaded comments (ExcelApi 1.10): one per cell, added by address, deleted by the add-in. */
import { formatAddress, parseAddress } from './addressing';
import { FakeClientObject, FakeCollection, type Scalars } from './clientObject';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import { FakeRange } from './range';
import { newId, type FakeCommentState, type FakeSheetState, type FakeWorkbookState } from './state';

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
        const found = parsed.sheet === null ? scope.sheet : scope.workbook.sheets.find((s) => s.name.toLowerCase() === parsed.sheet!.toLowerCase());
        if (!found) throw itemNotFound(`sheet of ${cellAddress}`);
        if (parsed.rect.top !== parsed.rect.bottom || parsed.rect.left !== parsed.rect.right) throw invalidArgument('a comment goes on one cell');
        sheet = found;
        row = parsed.rect.top;
        col = parsed.rect.left;
      }
      if (scope.workbook.comments.some((c) => c.sheetId === sheet.id && c.row === row && c.col === col)) {
        throw new FakeOfficeError('InvalidArgument', `The cell ${formatAddress(sheet.name, { top: row, left: col, bottom: row, right: col })} already has a comment.`);
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
