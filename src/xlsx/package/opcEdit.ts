/** Adding parts to the package: relationships, content types, new sheets in the workbook part. */
import { readRels, relsPathOf, REL_NS } from './opc';
import type { XlsxPackage } from './zip';
import { children, openTag, parseXml, splice } from './xml';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Adds a relationship from `part` (its .rels part created when missing); returns its id. */
export function addRelationship(pkg: XlsxPackage, part: string, type: string, target: string): string {
  const path = relsPathOf(part);
  const existing = readRels(pkg, part);
  const same = existing.find((r) => r.type === type && r.target === target);
  if (same) return same.id;
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = openTag('Relationship', { Id: id, Type: type, Target: target }, true);
  const xml = pkg.text(path);
  if (xml === null) {
    pkg.setText(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${entry}</Relationships>`);
  } else {
    const root = parseXml(xml);
    if (root.openEnd === root.end) pkg.setText(path, splice(xml, [{ start: root.start, end: root.end, text: `${xml.slice(root.start, root.end - 2)}>${entry}</${root.name}>` }]));
    else {
      const close = xml.lastIndexOf('</', root.end - 1);
      pkg.setText(path, splice(xml, [{ start: close, end: close, text: entry }]));
    }
  }
  return id;
}

/** Makes sure the part has this content type (an Override; a Default for an extension with `byExtension`). */
export function ensureContentType(pkg: XlsxPackage, part: string, type: string, byExtension = false): void {
  const path = '[Content_Types].xml';
  const xml = pkg.text(path)!;
  const root = parseXml(xml);
  const name = `/${part}`;
  if (byExtension) {
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    if (children(root, 'Default').some((d) => (d.attrs.Extension ?? '').toLowerCase() === ext)) return;
    const close = xml.lastIndexOf('</', root.end - 1);
    pkg.setText(path, splice(xml, [{ start: close, end: close, text: openTag('Default', { Extension: ext, ContentType: type }, true) }]));
    return;
  }
  const over = children(root, 'Override').find((o) => (o.attrs.PartName ?? '').toLowerCase() === name.toLowerCase());
  if (over?.attrs.ContentType === type) return;
  const entry = openTag('Override', { PartName: name, ContentType: type }, true);
  if (over) pkg.setText(path, splice(xml, [{ start: over.start, end: over.end, text: entry }]));
  else {
    const close = xml.lastIndexOf('</', root.end - 1);
    pkg.setText(path, splice(xml, [{ start: close, end: close, text: entry }]));
  }
}

/** A part name not used yet: "xl/worksheets/sheet" + n + ".xml". */
export function freePartName(pkg: XlsxPackage, stem: string, ext: string): string {
  let n = 1;
  while (pkg.has(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

/** The prefix bound to the relationships namespace on the root whose start tag is `open` (null when none). */
export function relPrefixOf(attrs: Record<string, string>): string | null {
  for (const [k, v] of Object.entries(attrs)) if (k.startsWith('xmlns:') && v === REL_NS) return k.slice(6);
  return null;
}

