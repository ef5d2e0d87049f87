/**
 * The Riepilogo as a sheet part of the package. Its content is built from the plan by the same code as
 * before (../summarySheet.ts with ../summaryLayout.ts: blocks, text bars, wrapped rows, A4 page) in a
 * workbook of its own; that sheet's XML is then moved into the package with its cell formats copied into
 * the package's styles part and its texts as inline strings. The old Riepilogo (the add-in's, as the write
 * guard checked) is written over in place, so the sheets keep their order and their defined names.
 */
import ExcelJS from 'exceljs';
import type { CellView } from '../../layout/ownership';
import { SUMMARY_SHEET_NAME, type SummaryPlan } from '../../layout/types';
import { worksheetView } from '../cellView';
import { XlsxWriteError } from '../errors';
import { writeSummary } from '../summarySheet';
import { readSharedStrings } from './cellData';
import { addSheet, replaceSheet } from './sheetsEdit';
import { StylesPart } from './stylesPart';
import type { PackageWorkbook } from './workbook';
import { XlsxPackage } from './zip';
import { child, children, encodeOoxmlText, escapeText, openTag, parseXml, splice } from './xml';

export interface WrittenSummary {
  name: string;
  /** what the sheet holds now, for the ledger */
  view: CellView;
}

export async function writeSummaryPart(book: PackageWorkbook, styles: StylesPart, plan: SummaryPlan, cruscottoSheet: string, replaces: string | null): Promise<WrittenSummary> {
  const name = plan.sheet || SUMMARY_SHEET_NAME;
  const old = replaces === null ? undefined : book.sheet(replaces);
  if (!old && book.sheet(name)) throw new XlsxWriteError(`il foglio «${name}» esiste già e non è del componente aggiuntivo: il riepilogo non è stato scritto`);
  const scratch = new ExcelJS.Workbook();
  const ws = writeSummary(scratch, plan, cruscottoSheet, null);
  const view = worksheetView(ws);
  const built = XlsxPackage.fromBytes(new Uint8Array(await scratch.xlsx.writeBuffer()));
  const from = new StylesPart(built.text('xl/styles.xml'));
  const strings = readSharedStrings(built.text('xl/sharedStrings.xml'));
  const xml = built.text('xl/worksheets/sheet1.xml')!;
  const root = parseXml(xml);
  const edits: { start: number; end: number; text: string }[] = [];
  const xfMap = new Map<number, number>();
  const mapXf = (s: number) => {
    let m = xfMap.get(s);
    if (m === undefined) xfMap.set(s, (m = styles.importXf(from, s)));
    return m;
  };
  const data = child(root, 'sheetData');
  for (const row of data ? children(data, 'row') : []) {
    if (row.attrs.s) edits.push({ start: row.start, end: row.openEnd, text: openTag(row.name, { ...row.attrs, s: String(mapXf(Number(row.attrs.s))) }, row.openEnd === row.end) });
    for (const c of children(row, 'c')) {
      const attrs: Record<string, string> = { ...c.attrs };
      if (attrs.s) attrs.s = String(mapXf(Number(attrs.s)));
      if (attrs.t === 's') {
        const text = strings[Number(child(c, 'v')?.text ?? -1)] ?? '';
        attrs.t = 'inlineStr';
        edits.push({ start: c.start, end: c.end, text: `${openTag(c.name, attrs)}<is><t xml:space="preserve">${escapeText(encodeOoxmlText(text))}</t></is></${c.name}>` });
      } else {
        const selfClosed = c.openEnd === c.end;
        edits.push({ start: c.start, end: c.openEnd, text: openTag(c.name, attrs, selfClosed) });
      }
    }
  }
  for (const cf of children(root, 'conditionalFormatting')) {
    for (const rule of children(cf, 'cfRule')) {
      if (rule.attrs.dxfId === undefined) continue;
      edits.push({ start: rule.start, end: rule.openEnd, text: openTag(rule.name, { ...rule.attrs, dxfId: String(styles.importDxf(from, Number(rule.attrs.dxfId))) }, rule.openEnd === rule.end) });
    }
  }
  // a column's own format
  const cols = child(root, 'cols');
  for (const col of cols ? children(cols, 'col') : []) {
    if (col.attrs.style) edits.push({ start: col.start, end: col.end, text: openTag(col.name, { ...col.attrs, style: String(mapXf(Number(col.attrs.style))) }, true) });
  }
  // the new sheet is not selected: the workbook keeps the tab the user had
  const views = child(root, 'sheetViews');
  for (const v of views ? children(views, 'sheetView') : []) {
    if (v.attrs.tabSelected === undefined) continue;
    const attrs = { ...v.attrs };
    delete attrs.tabSelected;
    edits.push({ start: v.start, end: v.openEnd, text: openTag(v.name, attrs, v.openEnd === v.end) });
  }
  const sheetXml = splice(xml, edits);
  if (old) replaceSheet(book, old.entry, sheetXml, name);
  else addSheet(book, name, 'visible', sheetXml);
  return { name, view };
}
