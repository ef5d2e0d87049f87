/** What the fake measured: syncs, queued operations and payload bytes per sync, as Excel on the web would send them. */
export interface SyncRecord {
  operations: number;
  /** bytes of the JSON request (operations and their arguments) */
  requestBytes: number;
  /** bytes of the JSON response (the loaded properties) */
  responseBytes: number;
  /** the request failed (Excel answered with an error) */
  failed?: boolean;
}

export class FakeStats {
  syncs = 0;
  operations = 0;
  /** syncs Excel.run made because the batch ended with operations still queued */
  implicitSyncs = 0;
  perSync: SyncRecord[] = [];

  reset(): void {
    this.syncs = 0;
    this.implicitSyncs = 0;
    this.operations = 0;
    this.perSync = [];
  }

  /** the syncs Excel answered without an error */
  get succeeded(): SyncRecord[] {
    return this.perSync.filter((s) => !s.failed);
  }

  get maxRequestBytes(): number {
    return this.perSync.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }

  get maxResponseBytes(): number {
    return this.perSync.reduce((m, s) => Math.max(m, s.responseBytes), 0);
  }

  get totalRequestBytes(): number {
    return this.perSync.reduce((m, s) => m + s.requestBytes, 0);
  }

  get totalResponseBytes(): number {
    return this.perSync.reduce((m, s) => m + s.responseBytes, 0);
  }
}

/** UTF-8 length of a string without Node's Buffer (the fake runs in browsers too). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
