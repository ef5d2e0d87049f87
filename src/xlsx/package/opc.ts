/** The package's structure: relationships, content types, the workbook part and its sheets. */
import type { XlsxPackage } from './zip';
import { attr, child, children, parseXml, type XNode } from './xml';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  styles: `${REL_NS}/styles`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels" */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship's target as a part name, relative to the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** `to` as a target relative to the folder of `fromPart` ("xl/workbook.xml", "xl/worksheets/sheet3.xml" -> "worksheets/sheet3.xml"). */
export function relativeTarget(fromPart: string, to: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const dest = to.split('/');
  let i = 0;
  while (i < from.length && i < dest.length - 1 && from[i] === dest[i]) i++;
  return [...from.slice(i).map(() => '..'), ...dest.slice(i)].join('/');
}

export function readRels(pkg: XlsxPackage, part: string): Relationship[] {
  const text = pkg.text(relsPathOf(part));
  if (text === null) return [];
  return children(parseXml(text), 'Relationship').map((r) => ({
    id: r.attrs.Id ?? '',
    type: r.attrs.Type ?? '',
    target: r.attrs.Target ?? '',
    external: r.attrs.TargetMode === 'External',
  }));
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** the worksheet part; null for chart sheets, dialog sheets and broken references */
  part: string | null;
}

export interface WorkbookInfo {
  /** "xl/workbook.xml" (whatever the package calls it) */
  part: string;
  xml: string;
  root: XNode;
  rels: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

export function readWorkbook(pkg: XlsxPackage): WorkbookInfo {
  const office = readRels(pkg, '').find((r) => r.type === REL.officeDocument || r.type.endsWith('/officeDocument'));
  const part = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const xml = pkg.text(part);
  if (xml === null) throw new Error('la parte principale della cartella di lavoro manca');
  const root = parseXml(xml);
  const rels = readRels(pkg, part);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const sheetsNode = child(root, 'sheets');
  for (const s of sheetsNode ? children(sheetsNode, 'sheet') : []) {
    const relId = attr(s, 'id') ?? '';
    const rel = relById.get(relId);
    const state = s.attrs.state === 'hidden' || s.attrs.state === 'veryHidden' ? s.attrs.state : 'visible';
    const isWorksheet = !!rel && (rel.type === REL.worksheet || rel.type.endsWith('/worksheet'));
    sheets.push({ name: s.attrs.name ?? '', sheetId: s.attrs.sheetId ?? '', relId, state, part: isWorksheet ? resolveTarget(part, rel.target) : null });
  }
  const pr = child(root, 'workbookPr');
  const date1904 = pr?.attrs.date1904 === '1' || pr?.attrs.date1904 === 'true';
  const find = (type: string) => {
    const r = rels.find((x) => x.type === type || x.type.endsWith(type.slice(type.lastIndexOf('/'))));
    return r ? resolveTarget(part, r.target) : null;
  };
  return { part, xml, root, rels, sheets, date1904, sharedStringsPart: find(REL.sharedStrings), stylesPart: find(REL.styles) };
}
