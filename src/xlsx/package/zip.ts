/**
 * An .xlsx/.xlsm package (a zip of XML and binary parts) kept as it was read: parts are changed one by one
 * and every part left alone is written back with the same bytes. fflate does the (un)zipping: measured on
 * the 5 000-action bench workbook it unzips 4-7 times faster than jszip and zips about 20 % faster
 * (README, Performance).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export class XlsxPackage {
  private readonly parts: Map<string, Uint8Array>;
  private readonly order: string[];
  private readonly texts = new Map<string, string>();
  private readonly touched = new Set<string>();

  private constructor(parts: Map<string, Uint8Array>, order: string[]) {
    this.parts = parts;
    this.order = order;
  }

  /** Throws when the bytes are not a zip archive. */
  static fromBytes(bytes: Uint8Array): XlsxPackage {
    const files = unzipSync(bytes);
    const parts = new Map<string, Uint8Array>();
    const order: string[] = [];
    for (const [name, data] of Object.entries(files)) {
      // folders have no content
      if (name.endsWith('/')) continue;
      parts.set(name, data);
      order.push(name);
    }
    return new XlsxPackage(parts, order);
  }

  names(): string[] {
    return [...this.order];
  }

  /** The part's name as stored (zip names are case-sensitive, package part names are not). */
  resolve(name: string): string | null {
    const bare = name.replace(/^\//, '');
    if (this.parts.has(bare)) return bare;
    const lower = bare.toLowerCase();
    return this.order.find((n) => n.toLowerCase() === lower) ?? null;
  }

  has(name: string): boolean {
    return this.resolve(name) !== null;
  }

  bytes(name: string): Uint8Array | null {
    const stored = this.resolve(name);
    return stored === null ? null : this.parts.get(stored) ?? null;
  }

  text(name: string): string | null {
    const stored = this.resolve(name);
    if (stored === null) return null;
    let text = this.texts.get(stored);
    if (text === undefined) {
      text = decoder.decode(this.parts.get(stored)!);
      this.texts.set(stored, text);
    }
    return text;
  }

  setText(name: string, text: string): void {
    const stored = this.resolve(name) ?? name.replace(/^\//, '');
    if (!this.parts.has(stored)) this.order.push(stored);
    this.parts.set(stored, encoder.encode(text));
    this.texts.set(stored, text);
    this.touched.add(stored);
  }

  remove(name: string): void {
    const stored = this.resolve(name);
    if (stored === null) return;
    this.parts.delete(stored);
    this.texts.delete(stored);
    this.order.splice(this.order.indexOf(stored), 1);
    this.touched.add(stored);
  }

  /** Parts written or removed since the package was read. */
  changed(): string[] {
    return [...this.touched];
  }

  toBytes(): Uint8Array {
    const files: Zippable = {};
    for (const name of this.order) files[name] = this.parts.get(name)!;
    return zipSync(files, { level: 6 });
  }
}
