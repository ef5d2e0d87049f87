/** Sheets added to or replaced in the workbook part: the <sheet> entry, its relationship and content type. */
import { readRels, readWorkbook, REL, relativeTarget, relsPathOf, type SheetEntry } from './opc';
import { addRelationship, CONTENT_TYPE, ensureContentType, freePartName, relPrefixOf } from './opcEdit';
import type { PackageWorkbook } from './workbook';
import { child, children, encodeOoxmlText, escapeAttr, escapeText, openTag, parseXml, splice } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A sheet holding texts in column A (inline strings), for the add-in's hidden sheets. */
export function columnASheetXml(texts: string[]): string {
  const rows = texts
    .map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeText(encodeOoxmlText(t))}</t></is></c></row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** Appends a worksheet at the end of the workbook; returns its part name. */
export function addSheet(book: PackageWorkbook, name: string, state: SheetEntry['state'], xml: string): string {
  const pkg = book.pkg;
  const wbPart = book.info.part;
  const part = freePartName(pkg, 'xl/worksheets/sheet', '.xml');
  pkg.setText(part, xml);
  ensureContentType(pkg, part, CONTENT_TYPE.worksheet);
  const relId = addRelationship(pkg, wbPart, REL.worksheet, relativeTarget(wbPart, part));
  const wbXml = pkg.text(wbPart)!;
  const root = parseXml(wbXml);
  const sheets = child(root, 'sheets');
  const edits: { start: number; end: number; text: string }[] = [];
  let prefix = relPrefixOf(root.attrs);
  if (prefix === null) {
    prefix = 'r';
    edits.push({ start: root.openEnd - 1, end: root.openEnd - 1, text: ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` });
  }
  const list = sheets ? children(sheets, 'sheet') : [];
  const sheetId = list.reduce((m, s) => Math.max(m, Number(s.attrs.sheetId ?? 0)), 0) + 1;
  const p = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const entry = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state === 'visible' ? '' : ` state="${state}"`} ${prefix}:id="${relId}"/>`;
  if (!sheets) throw new Error('la cartella di lavoro non ha l’elenco dei fogli');
  const close = wbXml.lastIndexOf('</', sheets.end - 1);
  edits.push({ start: close, end: close, text: entry });
  pkg.setText(wbPart, splice(wbXml, edits));
  refresh(book);
  return part;
}

/** Writes a sheet's part again (the add-in's own sheet), under a new name when asked; its old links (notes, drawings) go. */
export function replaceSheet(book: PackageWorkbook, entry: SheetEntry, xml: string, name: string): void {
  const pkg = book.pkg;
  pkg.setText(entry.part!, xml);
  if (readRels(pkg, entry.part!).length > 0) pkg.remove(relsPathOf(entry.part!));
  if (name !== entry.name) {
    const wbXml = pkg.text(book.info.part)!;
    const root = parseXml(wbXml);
    const node = children(child(root, 'sheets')!, 'sheet').find((s) => s.attrs.name === entry.name)!;
    pkg.setText(book.info.part, splice(wbXml, [{ start: node.start, end: node.end, text: openTag(node.name, { ...node.attrs, name }, true) }]));
  }
  book.forget(entry.name);
  refresh(book);
}

/** The workbook's view of its sheets after an edit. */
function refresh(book: PackageWorkbook): void {
  const info = readWorkbook(book.pkg);
  Object.assign(book.info, info);
  book.sheets.length = 0;
  for (const s of info.sheets) if (s.part !== null && book.pkg.has(s.part)) book.sheets.push({ name: s.name, state: s.state, entry: s });
}
