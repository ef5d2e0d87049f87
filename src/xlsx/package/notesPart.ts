/**
 * The notes of a worksheet: its comments part (the text, ECMA-376 Part 1, 18.7) and the legacy VML drawing
 * Excel needs to show them. The add-in's old notes are taken out and the plan's put in; the user's notes
 * stay as written. The VML part is legacy markup that need not be well-formed XML (Excel writes <br>), so
 * its shapes are found by their x:Row/x:Column anchors as text, never parsed.
 */
import { a1, parseA1 } from '../../layout/address';
import { readRels, REL, resolveTarget, relativeTarget } from './opc';
import { addRelationship, CONTENT_TYPE, ensureContentType, freePartName } from './opcEdit';
import type { SheetPart } from './sheetPart';
import type { XlsxPackage } from './zip';
import { child, children, encodeOoxmlText, escapeText, parseXml, splice } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const AUTHOR = 'Cruscotto';

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function shapeXml(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

function newVml(idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPE_TYPE}</xml>`
  );
}

const SHAPE_RE = /<v:shape\b[\s\S]*?<\/v:shape>/g;

function anchorOf(shape: string): { row: number; col: number } | null {
  const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  return r && c ? { row: Number(r[1]), col: Number(c[1]) } : null;
}

/** The idmap block number the other VML parts of the package do not use. */
function freeIdmap(pkg: XlsxPackage): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!/\.vml$/i.test(name)) continue;
    const m = /<o:idmap[^>]*data="([\d,\s]+)"/.exec(pkg.text(name) ?? '');
    for (const n of m ? m[1].split(/[,\s]+/).filter(Boolean).map(Number) : []) max = Math.max(max, n);
  }
  return max + 1;
}

export function writeNotes(pkg: XlsxPackage, sheetPartName: string, sheet: SheetPart, remove: { row: number; col: number }[], add: { row: number; col: number; text: string }[]): void {
  if (remove.length === 0 && add.length === 0) return;
  const rels = readRels(pkg, sheetPartName);
  const commentsRel = rels.find((r) => r.type === REL.comments || r.type.endsWith('/comments'));
  const drawingId = sheet.hasLegacyDrawing();
  const vmlRel = drawingId ? rels.find((r) => r.id === drawingId) : undefined;
  const removeKeys = new Set(remove.map((n) => `${n.row}:${n.col}`));
  const addKeys = new Set(add.map((n) => `${n.row}:${n.col}`));
  const gone = (row: number, col: number) => removeKeys.has(`${row}:${col}`) || addKeys.has(`${row}:${col}`);

  // the comments part
  let commentsPath = commentsRel ? resolveTarget(sheetPartName, commentsRel.target) : null;
  let xml = commentsPath ? pkg.text(commentsPath) : null;
  if (xml === null) {
    if (add.length === 0) return;
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
    commentsPath = freePartName(pkg, 'xl/comments', '.xml');
  }
  const root = parseXml(xml);
  const p = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const edits: { start: number; end: number; text: string }[] = [];
  const authors = child(root, 'authors');
  const authorList = authors ? children(authors, 'author') : [];
  let authorId = authorList.findIndex((a) => a.text === AUTHOR);
  if (authorId < 0 && add.length > 0) {
    authorId = authorList.length;
    if (authors && authors.openEnd !== authors.end) {
      const close = xml.lastIndexOf('</', authors.end - 1);
      edits.push({ start: close, end: close, text: `<${p}author>${AUTHOR}</${p}author>` });
    } else if (authors) {
      edits.push({ start: authors.start, end: authors.end, text: `<${p}authors><${p}author>${AUTHOR}</${p}author></${p}authors>` });
    } else {
      edits.push({ start: root.openEnd, end: root.openEnd, text: `<${p}authors><${p}author>${AUTHOR}</${p}author></${p}authors>` });
    }
  }
  const list = child(root, 'commentList');
  for (const c of list ? children(list, 'comment') : []) {
    const at = parseA1(c.attrs.ref ?? '');
    if (at && gone(at.row, at.col)) edits.push({ start: c.start, end: c.end, text: '' });
  }
  const added = add
    .map((n) => `<${p}comment ref="${a1(n.row, n.col)}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeText(encodeOoxmlText(n.text))}</${p}t></${p}r></${p}text></${p}comment>`)
    .join('');
  if (list && list.openEnd !== list.end) {
    const close = xml.lastIndexOf('</', list.end - 1);
    edits.push({ start: close, end: close, text: added });
  } else if (list) {
    edits.push({ start: list.start, end: list.end, text: `<${p}commentList>${added}</${p}commentList>` });
  } else {
    const close = xml.lastIndexOf('</', root.end - 1);
    edits.push({ start: close, end: close, text: `<${p}commentList>${added}</${p}commentList>` });
  }
  pkg.setText(commentsPath!, splice(xml, edits));
  if (!commentsRel) {
    addRelationship(pkg, sheetPartName, REL.comments, relativeTarget(sheetPartName, commentsPath!));
    ensureContentType(pkg, commentsPath!, CONTENT_TYPE.comments);
  }

  // the VML drawing
  let vmlPath = vmlRel ? resolveTarget(sheetPartName, vmlRel.target) : null;
  let vml = vmlPath ? pkg.text(vmlPath) : null;
  if (vml === null) {
    vml = newVml(freeIdmap(pkg));
    vmlPath = freePartName(pkg, 'xl/drawings/vmlDrawing', '.vml');
    const id = addRelationship(pkg, sheetPartName, REL.vmlDrawing, relativeTarget(sheetPartName, vmlPath));
    ensureContentType(pkg, vmlPath, CONTENT_TYPE.vml, true);
    sheet.setLegacyDrawing(id);
  }
  const kept = vml.replace(SHAPE_RE, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const at = anchorOf(shape);
    return at && gone(at.row, at.col) ? '' : shape;
  });
  const idmap = Number(/<o:idmap[^>]*data="(\d+)/.exec(kept)?.[1] ?? 1);
  let next = idmap * 1024;
  for (const m of kept.matchAll(/id="_x0000_s(\d+)"/g)) next = Math.max(next, Number(m[1]));
  const shapes = add.map((n) => shapeXml(++next, n.row, n.col)).join('');
  const withType = /_x0000_t202/.test(kept) ? kept : kept.replace(/<\/o:shapelayout>/, `</o:shapelayout>${SHAPE_TYPE}`);
  const close = withType.lastIndexOf('</xml>');
  pkg.setText(vmlPath!, close < 0 ? withType + shapes : withType.slice(0, close) + shapes + withType.slice(close));
}
