/**
 * A worksheet part edited in place: only the cells the plan writes, the column widths it sets, its own
 * conditional formats and the link to the notes' drawing change; the rest of the XML is copied as it is.
 * Cells are written the way Excel writes them (numbers as <v>, text as inline strings with _xHHHH_ for the
 * characters XML cannot carry, dates as serial numbers).
 */
import { a1 as toA1, parseA1 } from '../../layout/address';
import { RULE_MARKER, type CellScalar } from '../../layout/types';
import { XlsxWriteError } from '../errors';
import { REL_NS } from './opc';
import { attr, child, children, encodeOoxmlText, escapeText, localName, openTag, parseXml, splice, type XNode } from './xml';
import { serialOfDate } from './cellData';

/** Children of <worksheet> in schema order (ECMA-376 Part 1, 18.3.1.99). */
const SHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Excel's last column (XFD) and row, 0-based. */
export const MAX_COL = 16383;
export const MAX_ROW = 1048575;

type Written = CellScalar | Date | undefined;

interface CellWrite {
  value: Written;
  /** cellXfs index; undefined = keep the cell's */
  style?: number;
}

interface RowInfo {
  node: XNode;
  cells: Map<number, XNode>;
}

/** 1900 date system serial of a date (Excel's, with its 1900 leap-year quirk for dates after 1 March 1900). */

export class SheetPart {
  readonly root: XNode;
  private readonly rows = new Map<number, RowInfo>();
  private readonly writes = new Map<number, Map<number, CellWrite>>();
  private readonly widths = new Map<number, number>();
  private newRules: { range: string; formula: string; dxfId: number }[] | null = null;
  private legacyDrawingId: string | null = null;
  private readonly colStyles: { min: number; max: number; style: number }[] = [];
  readonly prefix: string;

  constructor(
    readonly xml: string,
    private readonly date1904 = false,
    /** the part already parsed (by the reader) */
    root?: XNode,
  ) {
    this.root = root ?? parseXml(xml);
    this.prefix = this.root.name.includes(':') ? this.root.name.slice(0, this.root.name.indexOf(':') + 1) : '';
    const data = child(this.root, 'sheetData');
    let nextRow = 0;
    for (const row of data ? children(data, 'row') : []) {
      const r = row.attrs.r ? Number(row.attrs.r) - 1 : nextRow;
      nextRow = r + 1;
      const cells = new Map<number, XNode>();
      let nextCol = 0;
      for (const c of children(row, 'c')) {
        const col = c.attrs.r ? parseA1(c.attrs.r)?.col ?? nextCol : nextCol;
        nextCol = col + 1;
        cells.set(col, c);
      }
      this.rows.set(r, { node: row, cells });
    }
    const cols = child(this.root, 'cols');
    for (const c of cols ? children(cols, 'col') : []) {
      if (c.attrs.style) this.colStyles.push({ min: Number(c.attrs.min) - 1, max: Number(c.attrs.max) - 1, style: Number(c.attrs.style) });
    }
  }

  has(row: number, col: number): boolean {
    return this.rows.get(row)?.cells.has(col) ?? false;
  }

  /** The cell format a cell has now (a new cell: its row's, else its column's). */
  styleOf(row: number, col: number): number {
    const info = this.rows.get(row);
    const cell = info?.cells.get(col);
    if (cell) return Number(cell.attrs.s ?? 0);
    return this.defaultStyle(row, col);
  }

  /** The format a new cell starts with: its row's (customFormat), else its column's, else 0. */
  defaultStyle(row: number, col: number): number {
    const info = this.rows.get(row);
    if (info && (info.node.attrs.customFormat === '1' || info.node.attrs.customFormat === 'true') && info.node.attrs.s) return Number(info.node.attrs.s);
    return this.colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  setCell(row: number, col: number, value: Written, style?: number): void {
    if (col > MAX_COL || row > MAX_ROW) {
      throw new XlsxWriteError(`il foglio non ha più spazio per le colonne del componente aggiuntivo: la cella ${toA1(row, Math.min(col, MAX_COL + 1))} è oltre l'ultima colonna di Excel (XFD). Liberare le colonne a destra del cruscotto (o eliminare il contenuto nelle ultime colonne) e riprovare.`, { code: 'beyond-last-column' });
    }
    let byCol = this.writes.get(row);
    if (!byCol) this.writes.set(row, (byCol = new Map()));
    const prev = byCol.get(col);
    byCol.set(col, { value, style: style ?? prev?.style });
  }

  setColumnWidth(col: number, width: number): void {
    this.widths.set(col, width);
  }

  /** The add-in's rules (recognised by RULE_MARKER) replaced by these; the user's kept. */
  replaceOwnRules(rules: { range: string; formula: string; dxfId: number }[]): void {
    this.newRules = rules;
  }

  /** Links the sheet to its notes' VML drawing. */
  setLegacyDrawing(relId: string): void {
    this.legacyDrawingId = relId;
  }

  hasLegacyDrawing(): string | null {
    const node = child(this.root, 'legacyDrawing');
    return node ? attr(node, 'id') ?? null : null;
  }

  private cellXml(row: number, col: number, w: CellWrite, old: XNode | undefined): string {
    const p = this.prefix;
    const style = w.style ?? (old ? Number(old.attrs.s ?? 0) : this.defaultStyle(row, col));
    const base: Record<string, string | number | undefined> = { r: toA1(row, col), s: style === 0 ? undefined : style };
    const v = w.value;
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return openTag(`${p}c`, base, true);
    if (typeof v === 'number') return `${openTag(`${p}c`, base)}<${p}v>${v}</${p}v></${p}c>`;
    if (typeof v === 'boolean') return `${openTag(`${p}c`, { ...base, t: 'b' })}<${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    if (v instanceof Date) return `${openTag(`${p}c`, base)}<${p}v>${serialOfDate(v, this.date1904)}</${p}v></${p}c>`;
    const text = escapeText(encodeOoxmlText(String(v)));
    const space = /^\s|\s$|\n/.test(String(v)) ? ' xml:space="preserve"' : '';
    return `${openTag(`${p}c`, { ...base, t: 'inlineStr' })}<${p}is><${p}t${space}>${text}</${p}t></${p}is></${p}c>`;
  }

  private rowXml(r: number, info: RowInfo | undefined, byCol: Map<number, CellWrite>): string {
    const p = this.prefix;
    const pieces: { col: number; text: string }[] = [];
    const written = new Set(byCol.keys());
    if (info) for (const [col, node] of info.cells) if (!written.has(col)) pieces.push({ col, text: this.xml.slice(node.start, node.end) });
    for (const [col, w] of byCol) pieces.push({ col, text: this.cellXml(r, col, w, info?.cells.get(col)) });
    pieces.sort((a, b) => a.col - b.col);
    // the row's own attributes stay; "spans" (a hint of where its cells are) is left out, it may no longer hold
    const attrs: Record<string, string> = info ? { ...info.node.attrs } : {};
    delete attrs.spans;
    attrs.r = String(r + 1);
    const ordered: Record<string, string> = { r: attrs.r };
    for (const [k, v] of Object.entries(attrs)) if (k !== 'r') ordered[k] = v;
    return `${openTag(`${p}row`, ordered)}${pieces.map((x) => x.text).join('')}</${p}row>`;
  }

  private colsXml(cols: XNode | undefined): string {
    const p = this.prefix;
    type Col = { min: number; max: number; attrs: Record<string, string> };
    const list: Col[] = cols ? children(cols, 'col').map((c) => ({ min: Number(c.attrs.min), max: Number(c.attrs.max), attrs: { ...c.attrs } })) : [];
    for (const [col0, width] of this.widths) {
      const col = col0 + 1;
      const i = list.findIndex((c) => col >= c.min && col <= c.max);
      const w = String(Math.round(width * 100) / 100);
      if (i < 0) {
        list.push({ min: col, max: col, attrs: { min: String(col), max: String(col), width: w, customWidth: '1' } });
        continue;
      }
      const c = list[i];
      const pieces: Col[] = [];
      if (c.min < col) pieces.push({ min: c.min, max: col - 1, attrs: { ...c.attrs, max: String(col - 1) } });
      pieces.push({ min: col, max: col, attrs: { ...c.attrs, min: String(col), max: String(col), width: w, customWidth: '1' } });
      if (c.max > col) pieces.push({ min: col + 1, max: c.max, attrs: { ...c.attrs, min: String(col + 1) } });
      list.splice(i, 1, ...pieces);
    }
    list.sort((a, b) => a.min - b.min);
    return `<${p}cols>${list.map((c) => openTag(`${p}col`, c.attrs, true)).join('')}</${p}cols>`;
  }

  /** Where a new child of <worksheet> goes: before the first child that comes after it in the schema. */
  private insertionPoint(name: string): number {
    const rank = SHEET_ORDER.indexOf(name);
    const after = this.root.children.find((c) => SHEET_ORDER.indexOf(localName(c.name)) > rank);
    return after ? after.start : this.xml.lastIndexOf('</', this.root.end - 1);
  }

  private rulesEdits(edits: { start: number; end: number; text: string }[]): void {
    if (!this.newRules) return;
    const p = this.prefix;
    let priority = 0;
    const kept: string[] = [];
    const formatting = children(this.root, 'conditionalFormatting');
    for (const cf of formatting) {
      const rules = children(cf, 'cfRule');
      const own = rules.filter((r) => children(r, 'formula').some((f) => f.text.includes(RULE_MARKER)));
      for (const r of rules) if (!own.includes(r)) priority = Math.max(priority, Number(r.attrs.priority ?? 0));
      if (own.length === 0) continue;
      if (own.length === rules.length) {
        edits.push({ start: cf.start, end: cf.end, text: '' });
        continue;
      }
      // a block with the user's rules and ours: ours go, the user's stay as written
      for (const r of own) edits.push({ start: r.start, end: r.end, text: '' });
    }
    for (const rule of this.newRules) {
      kept.push(
        `${openTag(`${p}conditionalFormatting`, { sqref: rule.range.replace(/,/g, ' ') })}${openTag(`${p}cfRule`, { type: 'expression', dxfId: rule.dxfId, priority: ++priority })}` +
          `<${p}formula>${escapeText(rule.formula.trim().replace(/^=/, ''))}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
      );
    }
    if (kept.length === 0) return;
    const last = formatting[formatting.length - 1];
    const at = last ? last.end : this.insertionPoint('conditionalFormatting');
    edits.push({ start: at, end: at, text: kept.join('') });
  }

  changed(): boolean {
    return this.writes.size > 0 || this.widths.size > 0 || this.newRules !== null || this.legacyDrawingId !== null;
  }

  toXml(): string {
    if (!this.changed()) return this.xml;
    const edits: { start: number; end: number; text: string }[] = [];
    const p = this.prefix;
    // cells: each row with a write is written again (its other cells copied as they are); new rows in order
    const data = child(this.root, 'sheetData');
    if (this.writes.size > 0) {
      const newRows: { r: number; text: string }[] = [];
      for (const [r, byCol] of this.writes) {
        const info = this.rows.get(r);
        const text = this.rowXml(r, info, byCol);
        if (info) edits.push({ start: info.node.start, end: info.node.end, text });
        else newRows.push({ r, text });
      }
      newRows.sort((a, b) => a.r - b.r);
      const existing = [...this.rows.entries()].sort((a, b) => a[0] - b[0]);
      if (!data) {
        edits.push({ start: this.insertionPoint('sheetData'), end: this.insertionPoint('sheetData'), text: `<${p}sheetData>${newRows.map((x) => x.text).join('')}</${p}sheetData>` });
      } else if (data.openEnd === data.end) {
        // <sheetData/>
        edits.push({ start: data.start, end: data.end, text: `<${data.name}>${newRows.map((x) => x.text).join('')}</${data.name}>` });
      } else {
        const close = this.xml.lastIndexOf('</', data.end - 1);
        let k = 0;
        for (const row of newRows) {
          while (k < existing.length && existing[k][0] < row.r) k++;
          const at = k < existing.length ? existing[k][1].node.start : close;
          edits.push({ start: at, end: at, text: row.text });
        }
      }
      this.dimensionEdit(edits);
    }
    if (this.widths.size > 0) {
      const cols = child(this.root, 'cols');
      const text = this.colsXml(cols);
      if (cols) edits.push({ start: cols.start, end: cols.end, text });
      else {
        const at = this.insertionPoint('cols');
        edits.push({ start: at, end: at, text });
      }
    }
    this.rulesEdits(edits);
    if (this.legacyDrawingId !== null && !child(this.root, 'legacyDrawing')) {
      const at = this.insertionPoint('legacyDrawing');
      edits.push({ start: at, end: at, text: `<${p}legacyDrawing ${this.relPrefix(edits)}:id="${this.legacyDrawingId}"/>` });
    }
    return splice(this.xml, edits);
  }

  /** The prefix bound to the relationships namespace (declared on the root when missing). */
  private relPrefix(edits: { start: number; end: number; text: string }[]): string {
    for (const [k, v] of Object.entries(this.root.attrs)) if (k.startsWith('xmlns:') && v === REL_NS) return k.slice(6);
    const at = this.root.openEnd - 1;
    edits.push({ start: at, end: at, text: ` xmlns:r="${REL_NS}"` });
    return 'r';
  }

  private dimensionEdit(edits: { start: number; end: number; text: string }[]): void {
    const dim = child(this.root, 'dimension');
    if (!dim) return;
    const [a, b] = (dim.attrs.ref ?? 'A1').split(':');
    const from = parseA1(a) ?? { row: 0, col: 0 };
    const to = parseA1(b ?? a) ?? from;
    let { row: top, col: left } = from;
    let { row: bottom, col: right } = to;
    for (const [r, byCol] of this.writes) {
      for (const c of byCol.keys()) {
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    const ref = top === bottom && left === right ? toA1(top, left) : `${toA1(top, left)}:${toA1(bottom, right)}`;
    if (ref !== dim.attrs.ref) edits.push({ start: dim.start, end: dim.end, text: openTag(dim.name, { ...dim.attrs, ref }, true) });
  }
}
