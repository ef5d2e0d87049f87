/**
 * The fake RequestContext and Excel.run: operations are queued by proxies and executed, in order,
 * only by context.sync(); property values become readable after the sync that loaded them.
 */
import { FakeOfficeError, apiNotFound } from './errors';
import { FakeStats, utf8Length, type SyncRecord } from './stats';
import type { FakeWorkbookState } from './state';
import { FakeWorkbook } from './workbook';

/** Excel on the web: 5 MB per request and per response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** highest ExcelApi requirement set the fake host implements, e.g. "1.13" */
  apiVersion?: string;
  payloadLimitBytes?: number;
  /**
   * the list separator of the machine's locale: desktop Excel wants it between the areas of a
   * Worksheet.getRanges address (";" in Italian, office-js issues #1167 and #1985); "," by default
   */
  listSeparator?: ',' | ';';
  /** CommentCollection.add answers "NotImplemented", as on some desktop builds (office-js issue #1847) */
  commentsNotImplemented?: boolean;
  /**
   * the error code of getMergedAreasOrNullObject over more than 512 areas: Microsoft does not document it,
   * so a test can change it to show that nothing relies on it
   */
  mergedAreasLimitCode?: string;
}

interface QueuedOperation {
  descriptor: Record<string, unknown>;
  execute: () => unknown;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Office.js has it; the fake accepts and ignores tracking */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedOperation[] = [];
  private nextObjectId = 0;
  private responseBytes = 0;
  private closed = false;

  constructor(
    readonly state: FakeWorkbookState,
    readonly stats: FakeStats,
    readonly options: Required<FakeExcelOptions>,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** @internal */
  newObjectId(): number {
    this.nextObjectId += 1;
    return this.nextObjectId;
  }

  /** @internal queue one operation (a method call, a property set, a query, an instantiation) */
  enqueue(descriptor: Record<string, unknown>, execute: () => unknown): void {
    if (this.closed) throw new FakeOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    this.queue.push({ descriptor: { Id: this.queue.length + 1, ...descriptor }, execute });
  }

  /** @internal count the bytes of a query's answer */
  respond(payload: unknown): void {
    this.responseBytes += utf8Length(JSON.stringify(payload) ?? 'null');
  }

  /** @internal fail like a host that lacks a requirement set */
  requireApi(version: string, api: string): void {
    if (compareVersions(this.options.apiVersion, version) < 0) throw apiNotFound(api, version);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidRequestContext', 'The request context is no longer valid.');
    const queue = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    this.stats.operations += queue.length;
    const record: SyncRecord = { operations: queue.length, requestBytes: 0, responseBytes: 0 };
    this.stats.perSync.push(record);
    await Promise.resolve();
    if (queue.length === 0) return;
    try {
      this.execute(queue, record);
    } catch (e) {
      record.failed = true;
      throw e;
    }
  }

  private execute(queue: QueuedOperation[], record: { requestBytes: number; responseBytes: number }): void {
    record.requestBytes = utf8Length(JSON.stringify({ Actions: queue.map((q) => q.descriptor) }));
    if (record.requestBytes > this.options.payloadLimitBytes) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    this.responseBytes = 0;
    try {
      for (const op of queue) {
        try {
          op.execute();
        } catch (e) {
          if (e instanceof FakeOfficeError) {
            throw new FakeOfficeError(e.code, e.message, String(op.descriptor.Name ?? op.descriptor.Action));
          }
          throw e;
        }
      }
    } finally {
      record.responseBytes = this.responseBytes + 16;
    }
    if (record.responseBytes > this.options.payloadLimitBytes) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }

  /** @internal end of Excel.run */
  close(): void {
    this.closed = true;
  }
}

export interface FakeExcel {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: FakeStats;
  readonly state: FakeWorkbookState;
  readonly options: Required<FakeExcelOptions>;
}

/** An object with Excel.run over `state`; pass it where the add-in expects the Excel namespace. */
export function createFakeExcel(state: FakeWorkbookState, options: FakeExcelOptions = {}): FakeExcel {
  const stats = new FakeStats();
  const opts: Required<FakeExcelOptions> = {
    apiVersion: options.apiVersion ?? '1.13',
    payloadLimitBytes: options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT,
    listSeparator: options.listSeparator ?? ',',
    commentsNotImplemented: options.commentsNotImplemented ?? false,
    mergedAreasLimitCode: options.mergedAreasLimitCode ?? 'GeneralException',
  };
  return {
    stats,
    state,
    options: opts,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(state, stats, opts);
      try {
        const result = await batch(context as unknown as Excel.RequestContext);
        // like Office.js: what is still queued when the batch ends is sent, by a sync add-ins must not rely
        // on (Microsoft: "There is an implicit sync call that developers shouldn't rely on",
        // office-js-docs-pr PR #5743); counted so tests can require none
        if (context.pendingOperations > 0) {
          stats.implicitSyncs += 1;
          await context.sync();
        }
        return result;
      } finally {
        context.close();
      }
    },
  };
}
