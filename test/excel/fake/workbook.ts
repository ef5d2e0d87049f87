/** Fake Workbook with its worksheets, settings (ExcelApi 1.4) and comments (ExcelApi 1.10). */
import { FakeClientObject, FakeCollection, type Scalars } from './clientObject';
import { FakeCommentCollection, FakeNoteCollection, type CommentScope } from './comments';
import type { FakeRequestContext } from './context';
import type { FakeWorkbookState } from './state';
import { FakeWorksheetCollection } from './worksheet';

interface SettingEntity {
  state: FakeWorkbookState;
  key: string;
}

export class FakeWorkbook extends FakeClientObject<FakeWorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly comments: FakeCommentCollection;
  /** old-style notes of every sheet (ExcelApi 1.18) */
  readonly notes: FakeNoteCollection;

  constructor(context: FakeRequestContext) {
    super(context, () => context.state);
    this.worksheets = new FakeWorksheetCollection(context, () => context.state);
    this.settings = new FakeSettingCollection(context, () => {
      context.requireApi('1.4', 'Workbook.settings');
      return context.state;
    });
    this.comments = new FakeCommentCollection(context, (): CommentScope => {
      context.requireApi('1.10', 'Workbook.comments');
      return { workbook: context.state, sheet: null };
    });
    this.notes = new FakeNoteCollection(context, (): CommentScope => {
      context.requireApi('1.18', 'Workbook.notes');
      return { workbook: context.state, sheet: null };
    });
  }
  protected scalars(): Scalars<FakeWorkbookState> {
    return { name: () => 'Cruscotto.xlsx' };
  }
}

export class FakeSettingCollection extends FakeCollection<FakeWorkbookState, FakeSetting> {
  protected list(state: FakeWorkbookState): unknown[] {
    return [...state.settings.keys()].map((key) => ({ state, key }));
  }
  protected itemProxy(item: unknown): FakeSetting {
    return new FakeSetting(this.context, () => item as SettingEntity);
  }
  add(key: string, value: unknown): FakeSetting {
    const child = new FakeSetting(this.context, () => ({ state: this.context.state, key }));
    const stored = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.context.enqueue({ Action: 'Method', ObjectId: child._objectId, ParentId: this._objectId, Name: 'add', Args: [key, stored] }, () => {
      this._require().settings.set(key, stored);
    });
    return child;
  }
  getItem(key: string): FakeSetting {
    const child = new FakeSetting(this.context, () => {
      const state = this._require();
      return state.settings.has(key) ? { state, key } : null;
    });
    return this.instantiate(child, 'getItem', [key]);
  }
  getItemOrNullObject(key: string): FakeSetting {
    const child = new FakeSetting(
      this.context,
      () => {
        const state = this._require();
        return state.settings.has(key) ? { state, key } : null;
      },
      true,
    );
    return this.instantiate(child, 'getItemOrNullObject', [key], '1.4');
  }
}

export class FakeSetting extends FakeClientObject<SettingEntity> {
  constructor(context: FakeRequestContext, resolver: () => SettingEntity | null, nullable = false) {
    super(context, resolver, nullable);
  }
  protected override alive(e: SettingEntity): boolean {
    return e.state.settings.has(e.key);
  }
  protected scalars(): Scalars<SettingEntity> {
    return { key: (e) => e.key, value: (e) => e.state.settings.get(e.key) };
  }
  get key(): string {
    return this.get('key');
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(v: unknown) {
    this.setProperty('value', v, (e) => e.state.settings.set(e.key, JSON.parse(JSON.stringify(v ?? null))));
  }
  delete(): void {
    this.callMethod('delete', [], (e) => e.state.settings.delete(e.key));
  }
}
