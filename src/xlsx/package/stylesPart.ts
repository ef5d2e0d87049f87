/**
 * The styles part, edited by appending: a cell the plan restyles gets a new cell format made of its old one
 * with the change (number format, font, fill, border, alignment); conditional formats get differential
 * formats. Entries equal to one already there are reused, so a second run adds nothing. Nothing already in
 * the part is changed or removed.
 */
import type ExcelJS from 'exceljs';
import { child, children, escapeAttr, localName, openTag, parseXml, splice, type XNode } from './xml';

/** Children of <styleSheet> in schema order (ECMA-376 Part 1, 18.8.39). */
const SHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** Children of <font> in schema order (18.8.22). */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];
const BUILTIN_IDS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49 };

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** A list of the part ("fonts", "cellXfs"…): its entries' XML as written, and what was appended. */
class Collection {
  readonly items: string[];
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly node: XNode | undefined,
    xml: string,
  ) {
    this.items = node ? node.children.map((c) => xml.slice(c.start, c.end)) : [];
    this.items.forEach((text, i) => {
      if (!this.index.has(text)) this.index.set(text, i);
    });
  }
  /** index of an equal entry, or of the one appended */
  intern(text: string): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    const i = this.items.length;
    this.items.push(text);
    this.added.push(text);
    this.index.set(text, i);
    return i;
  }
}

/** "FFRRGGBB" as an OOXML colour element */
function colour(tag: string, argb: string | undefined): string {
  return argb ? `<${tag} rgb="${escapeAttr(argb)}"/>` : '';
}

/** The font's children by local name (as written), for changing some and keeping the others. */
function fontParts(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const node = parseXml(xml);
  for (const c of node.children) out.set(localName(c.name), xml.slice(c.start, c.end));
  return out;
}

export interface StyleChange {
  /** number format code to set */
  numFmt?: string;
  /** the exceljs-shaped patch of a block style (src/xlsx/styles.ts) */
  patch?: Partial<ExcelJS.Style> | null;
}

export class StylesPart {
  private readonly root: XNode;
  private readonly numFmts: Map<string, number> = new Map();
  private readonly addedNumFmts: { id: number; code: string }[] = [];
  private nextNumFmt = 164;
  private readonly fonts: Collection;
  private readonly fills: Collection;
  private readonly borders: Collection;
  private readonly xfs: Collection;
  private readonly dxfs: Collection;
  private readonly restyles = new Map<string, number>();
  private readonly xml: string;

  constructor(xml: string | null) {
    this.xml = xml ?? MINIMAL_STYLES;
    this.root = parseXml(this.xml);
    const numFmts = child(this.root, 'numFmts');
    for (const f of numFmts ? children(numFmts, 'numFmt') : []) {
      const id = Number(f.attrs.numFmtId);
      if (!this.numFmts.has(f.attrs.formatCode ?? '')) this.numFmts.set(f.attrs.formatCode ?? '', id);
      if (id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
    this.fonts = new Collection('fonts', child(this.root, 'fonts'), this.xml);
    this.fills = new Collection('fills', child(this.root, 'fills'), this.xml);
    this.borders = new Collection('borders', child(this.root, 'borders'), this.xml);
    this.xfs = new Collection('cellXfs', child(this.root, 'cellXfs'), this.xml);
    this.dxfs = new Collection('dxfs', child(this.root, 'dxfs'), this.xml);
  }

  get changed(): boolean {
    return this.addedNumFmts.length + this.fonts.added.length + this.fills.added.length + this.borders.added.length + this.xfs.added.length + this.dxfs.added.length > 0;
  }

  numFmtId(code: string): number {
    if (BUILTIN_IDS[code] !== undefined) return BUILTIN_IDS[code];
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.numFmts.set(code, id);
      this.addedNumFmts.push({ id, code });
    }
    return id;
  }

  private xfNode(index: number): XNode {
    const text = this.xfs.items[index] ?? this.xfs.items[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    return parseXml(text);
  }

  /** Index of the cell format `old` with the change; `key` names the change completely. */
  restyle(old: number, key: string, change: StyleChange): number {
    const cacheKey = `${old}|${key}`;
    const known = this.restyles.get(cacheKey);
    if (known !== undefined) return known;
    const xf = this.xfNode(old);
    const attrs: Record<string, string> = { ...xf.attrs };
    let alignment = xf.children.find((c) => localName(c.name) === 'alignment');
    let alignmentAttrs: Record<string, string> | null = alignment ? { ...alignment.attrs } : null;
    const protection = xf.children.find((c) => localName(c.name) === 'protection');
    const xfText = this.xfs.items[old] ?? '';
    if (change.numFmt) {
      attrs.numFmtId = String(this.numFmtId(change.numFmt));
      attrs.applyNumberFormat = '1';
    }
    const patch = change.patch;
    if (patch?.font) {
      const parts = fontParts(this.fonts.items[Number(attrs.fontId ?? 0)]);
      const f = patch.font;
      if (f.bold === true) parts.set('b', '<b/>');
      else if (f.bold === false) parts.delete('b');
      if (f.italic === true) parts.set('i', '<i/>');
      else if (f.italic === false) parts.delete('i');
      if (f.size !== undefined) parts.set('sz', `<sz val="${f.size}"/>`);
      if (f.color?.argb) parts.set('color', colour('color', f.color.argb));
      const body = FONT_ORDER.filter((k) => parts.has(k)).map((k) => parts.get(k)).join('');
      attrs.fontId = String(this.fonts.intern(`<font>${body}</font>`));
      attrs.applyFont = '1';
    }
    if (patch?.fill && patch.fill.type === 'pattern') {
      const p = patch.fill;
      attrs.fillId = String(this.fills.intern(`<fill><patternFill patternType="${p.pattern}">${colour('fgColor', p.fgColor?.argb)}${colour('bgColor', p.bgColor?.argb)}</patternFill></fill>`));
      attrs.applyFill = '1';
    }
    if (patch?.border) {
      const b = patch.border;
      const side = (tag: string, s: Partial<ExcelJS.Border> | undefined) =>
        s?.style ? `<${tag} style="${s.style}">${colour('color', s.color?.argb)}</${tag}>` : `<${tag}/>`;
      attrs.borderId = String(this.borders.intern(`<border>${side('left', b.left)}${side('right', b.right)}${side('top', b.top)}${side('bottom', b.bottom)}<diagonal/></border>`));
      attrs.applyBorder = '1';
    }
    if (patch?.alignment) {
      const a = patch.alignment;
      alignmentAttrs = { ...(alignmentAttrs ?? {}) };
      if (a.horizontal) alignmentAttrs.horizontal = a.horizontal;
      if (a.vertical) alignmentAttrs.vertical = a.vertical === 'middle' ? 'center' : a.vertical;
      if (a.wrapText !== undefined) alignmentAttrs.wrapText = a.wrapText ? '1' : '0';
      attrs.applyAlignment = '1';
      alignment = undefined;
    }
    let inner = '';
    if (alignment) inner += xfText.slice(alignment.start, alignment.end);
    else if (alignmentAttrs) inner += openTag('alignment', alignmentAttrs, true);
    if (protection) inner += xfText.slice(protection.start, protection.end);
    const text = inner ? `${openTag('xf', attrs)}${inner}</xf>` : openTag('xf', attrs, true);
    const index = this.xfs.intern(text);
    this.restyles.set(cacheKey, index);
    return index;
  }

  /** A differential format for a conditional format: fill and font colour (ARGB). */
  dxf(fill: string, fontColor: string | undefined): number {
    const font = fontColor ? `<font>${colour('color', fontColor)}</font>` : '';
    return this.dxfs.intern(`<dxf>${font}<fill><patternFill patternType="solid">${colour('fgColor', fill)}${colour('bgColor', fill)}</patternFill></fill></dxf>`);
  }

  /** Copies a cell format of another styles part (the Riepilogo's, built apart) into this one; its index here. */
  importXf(from: StylesPart, index: number): number {
    const xf = from.xfNode(index);
    const attrs: Record<string, string> = { ...xf.attrs };
    const numFmtId = Number(attrs.numFmtId ?? 0);
    const code = from.codeOf(numFmtId);
    if (code !== null) attrs.numFmtId = String(this.numFmtId(code));
    attrs.fontId = String(this.fonts.intern(from.fonts.items[Number(attrs.fontId ?? 0)] ?? this.fonts.items[0]));
    attrs.fillId = String(this.fills.intern(from.fills.items[Number(attrs.fillId ?? 0)] ?? this.fills.items[0]));
    attrs.borderId = String(this.borders.intern(from.borders.items[Number(attrs.borderId ?? 0)] ?? this.borders.items[0]));
    attrs.xfId = '0';
    const text = from.xfs.items[index] ?? '';
    const inner = xf.children.map((c) => text.slice(c.start, c.end)).join('');
    return this.xfs.intern(inner ? `${openTag('xf', attrs)}${inner}</xf>` : openTag('xf', attrs, true));
  }

  importDxf(from: StylesPart, index: number): number {
    return this.dxfs.intern(from.dxfs.items[index] ?? '<dxf/>');
  }

  /** the custom format code of an id (null for built-in ids) */
  private codeOf(id: number): string | null {
    for (const [code, n] of this.numFmts) if (n === id) return code;
    return null;
  }

  /** The part with the appended entries (the same text when nothing was added). */
  toXml(): string {
    if (!this.changed) return this.xml;
    const edits: { start: number; end: number; text: string }[] = [];
    const missing: { name: string; text: string }[] = [];
    const listEdit = (name: string, node: XNode | undefined, count: number, added: string[]) => {
      if (added.length === 0) return;
      if (node) {
        // the start tag again with the new count, the new entries before the end tag
        const open = this.xml.slice(node.start, node.openEnd);
        const selfClosed = open.endsWith('/>');
        const attrs = { ...node.attrs, count: String(count) };
        const tag = openTag(node.name, attrs);
        const prefix = node.name.includes(':') ? node.name.slice(0, node.name.indexOf(':') + 1) : '';
        const addedText = prefix ? added.map((a) => a.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`)) : added;
        if (selfClosed) edits.push({ start: node.start, end: node.end, text: `${tag}${addedText.join('')}</${node.name}>` });
        else {
          edits.push({ start: node.start, end: node.openEnd, text: tag });
          const close = this.xml.lastIndexOf('</', node.end - 1);
          edits.push({ start: close, end: close, text: addedText.join('') });
        }
      } else {
        missing.push({ name, text: `<${name} count="${count}">${added.join('')}</${name}>` });
      }
    };
    const numFmtsNode = child(this.root, 'numFmts');
    const numFmtCount = (numFmtsNode ? children(numFmtsNode, 'numFmt').length : 0) + this.addedNumFmts.length;
    listEdit('numFmts', numFmtsNode, numFmtCount, this.addedNumFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${escapeAttr(f.code)}"/>`));
    for (const c of [this.fonts, this.fills, this.borders, this.xfs, this.dxfs]) listEdit(c.name, c.node, c.items.length, c.added);
    // a list the part did not have goes where the schema wants it
    for (const m of missing) {
      const rank = SHEET_ORDER.indexOf(m.name);
      const after = this.root.children.filter((c) => SHEET_ORDER.indexOf(localName(c.name)) > rank)[0];
      const at = after ? after.start : this.xml.lastIndexOf('</', this.root.end - 1);
      edits.push({ start: at, end: at, text: m.text });
    }
    return splice(this.xml, edits);
  }
}

