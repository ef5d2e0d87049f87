/**
 * Base of every fake proxy: queues loads, sets and method calls on its context; resolves the object
 * it stands for only while a sync executes; throws PropertyNotLoaded for what was not loaded and synced.
 */
import type { FakeRequestContext } from './context';
import { itemNotFound, propertyNotLoaded } from './errors';

export type LoadSpec = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** "a, b/c" | ["a", "b/c"] | {select, expand} | {a: true, b: {c: true}} -> [["a"], ["b", "c"]] */
export function parseLoadSpec(spec: LoadSpec): string[][] {
  if (spec === undefined || spec === null) return [];
  const split = (s: string): string[][] =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => p.split('/').map((x) => x.trim()));
  if (typeof spec === 'string') return split(spec);
  if (Array.isArray(spec)) return spec.flatMap((s) => split(s));
  const obj = spec as Record<string, unknown>;
  if (typeof obj.select === 'string' || typeof obj.expand === 'string') {
    return [...split(String(obj.select ?? '')), ...split(String(obj.expand ?? ''))];
  }
  const out: string[][] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith('$')) continue;
    if (value && typeof value === 'object') {
      const inner = parseLoadSpec(value as Record<string, unknown>);
      if (inner.length === 0) out.push([key]);
      for (const p of inner) out.push([key, ...p]);
    } else if (value) out.push([key]);
  }
  return out;
}

function clone<T>(value: T): T {
  if (value === undefined || value === null || typeof value !== 'object') return value;
  return JSON.parse(JSON.stringify(value)) as T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClientObject = FakeClientObject<any>;

export type Scalars<E> = Record<string, (entity: E) => unknown>;

export abstract class FakeClientObject<E = unknown> {
  readonly context: FakeRequestContext;
  /** @internal */ readonly _objectId: number;
  private cache: { entity: E | null } | null = null;
  private nullState: boolean | undefined;
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => E | null,
    private readonly nullable = false,
  ) {
    this.context = context;
    this._objectId = context.newObjectId();
  }

  /** scalar properties that load() can read */
  protected abstract scalars(): Scalars<E>;
  /** navigation properties that load paths may go through */
  protected navigation(): Record<string, () => AnyClientObject> {
    return {};
  }
  /** whether the resolved entity still exists in the workbook */
  protected alive(_entity: E): boolean {
    return true;
  }
  protected describe(): string {
    return this.constructor.name.replace(/^Fake/, '');
  }

  /** @internal resolve during a sync; null for a null object */
  _entity(): E | null {
    if (!this.cache) this.cache = { entity: this.resolver() };
    const entity = this.cache.entity;
    if (entity === null) {
      if (this.nullable) return null;
      throw itemNotFound(this.describe());
    }
    if (!this.alive(entity)) throw itemNotFound(this.describe());
    return entity;
  }

  /** @internal resolve for an operation that needs a real object */
  _require(): E {
    const entity = this._entity();
    if (entity === null) throw itemNotFound(this.describe());
    return entity;
  }

  /** @internal bind the proxy to an entity created by the operation that made it */
  _bind(entity: E): void {
    this.cache = { entity };
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue({ Action: 'Query', ObjectId: this._objectId, Name: 'load', Args: paths.map((p) => p.join('/')) }, () => {
      this.context.respond(this._applyLoad(paths));
    });
    return this;
  }

  /** @internal executes a load now (inside a sync) and returns what Excel would answer */
  _applyLoad(paths: string[][]): unknown {
    const entity = this._entity();
    if (entity === null) {
      this.nullState = true;
      return { _IsNull: true };
    }
    this.nullState = false;
    const scalars = this.scalars();
    const nav = this.navigation();
    const wanted = paths.length > 0 ? paths : Object.keys(scalars).map((k) => [k]);
    const answer: Record<string, unknown> = {};
    const children = new Map<string, string[][]>();
    for (const path of wanted) {
      const [head, ...rest] = path;
      if (head in scalars && rest.length === 0) {
        const value = clone(scalars[head](entity));
        this.loaded.set(head, value);
        answer[head] = value;
      } else if (head in nav) {
        const list = children.get(head) ?? [];
        if (rest.length > 0) list.push(rest);
        children.set(head, list);
      } else {
        throw new Error(`Fake Excel: ${this.describe()} cannot load «${path.join('/')}»`);
      }
    }
    for (const [name, rest] of children) answer[name] = nav[name]()._applyLoad(rest);
    return answer;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** queue a property set; the value is readable locally at once, as in Office.js */
  protected setProperty(name: string, value: unknown, apply: (entity: E) => void, version?: string): void {
    const copy = clone(value);
    this.context.enqueue({ Action: 'SetProperty', ObjectId: this._objectId, Name: name, Value: copy }, () => {
      if (version) this.context.requireApi(version, `${this.describe()}.${name}`);
      apply(this._require());
    });
    this.loaded.set(name, copy);
  }

  /** queue a method call without a result object */
  protected callMethod(name: string, args: unknown[], apply: (entity: E) => void, version?: string): void {
    this.context.enqueue({ Action: 'Method', ObjectId: this._objectId, Name: name, Args: args.map(serialiseArg) }, () => {
      if (version) this.context.requireApi(version, `${this.describe()}.${name}`);
      apply(this._require());
    });
  }

  /** queue the instantiation of an object returned by a method; it is resolved when the sync runs it */
  protected instantiate<T extends AnyClientObject>(child: T, name: string, args: unknown[], version?: string): T {
    this.context.enqueue(
      { Action: 'Instantiate', ObjectId: child._objectId, ParentId: this._objectId, Name: name, Args: args.map(serialiseArg) },
      () => {
        if (version) this.context.requireApi(version, `${this.describe()}.${name}`);
        child._entity();
      },
    );
    return child;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function serialiseArg(arg: unknown): unknown {
  if (arg instanceof FakeClientObject) return { ObjectId: arg._objectId };
  return arg;
}

/** A collection proxy: `items` after load; loading "name" means "items/name". */
export abstract class FakeCollection<E, I extends AnyClientObject> extends FakeClientObject<E> {
  private loadedItems: I[] | undefined;

  /** the entities listed by the collection, at execution time */
  protected abstract list(entity: E): unknown[];
  /** a proxy bound to one listed entity */
  protected abstract itemProxy(itemEntity: unknown): I;

  protected scalars(): Scalars<E> {
    return {};
  }

  get items(): I[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  override _applyLoad(paths: string[][]): unknown {
    const entity = this._entity();
    if (entity === null) return { _IsNull: true };
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = this.list(entity).map((e) => this.itemProxy(e));
    const answer = items.map((item) => item._applyLoad(itemPaths));
    this.loadedItems = items;
    return { Items: answer };
  }
}
