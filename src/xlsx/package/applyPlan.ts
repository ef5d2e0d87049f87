/**
 * Applies the layout's write plan to a workbook package; running it twice gives the same package.
 * As in ../applyWritePlan.ts (the exceljs back end, same contract): every write goes through the guard
 * first (src/layout/ownership, with a view of the sheet as its part holds it now), and the ledger is brought
 * up to date after the writes. Only the parts the plan changes are written: the cruscotto sheet (its written
 * cells, columns, conditional formats and notes), the individual objectives sheet (its own columns), the
 * styles part (entries appended), the Riepilogo and the ledger sheet with the workbook entries they need.
 * Every other part keeps its bytes.
 */
import { entryOfView, foreignLedgerSheetMessage, prepareWrites, sameLedger, withLedgerSheet } from '../../layout/ownership';
import { sheetPrefix } from '../../layout/address';
import type { CellScalar, Diagnostic, SheetWritePlan, ValueBlock, WritePlan } from '../../layout/types';
import type { AppliedPlan } from '../applyWritePlan';
import { argb } from '../cellWrite';
import { bareFormula } from '../conditionalFormats';
import { XlsxWriteError } from '../errors';
import { blockStylePatch } from '../styles';
import { readPackageLedger, writePackageLedger } from './ledgerPart';
import { writeNotes } from './notesPart';
import { REL, relativeTarget } from './opc';
import { addRelationship, CONTENT_TYPE, ensureContentType } from './opcEdit';
import { SheetPart } from './sheetPart';
import { StylesPart } from './stylesPart';
import { writeSummaryPart } from './summaryPart';
import { mergeSlaveTest, packageView } from './view';
import type { PackageWorkbook } from './workbook';

function formatAt(block: ValueBlock, i: number, j: number): string | undefined {
  const f = block.numberFormat;
  if (f === undefined) return undefined;
  if (typeof f === 'string') return f || undefined;
  const v = f[i]?.[j];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Values, number formats and block styles; an empty value for a cell that does not exist and has nothing to style is not written. */
function writeBlocks(part: SheetPart, styles: StylesPart, plan: SheetWritePlan, slave: (r: number, c: number) => boolean): void {
  for (const block of plan.blocks) {
    const patch = blockStylePatch(block.style, block.bold);
    const patchKey = patch ? `${block.style ?? ''}|${block.bold ?? ''}` : '';
    block.values.forEach((rowValues, i) => {
      const row = block.top + i;
      rowValues.forEach((value: CellScalar | undefined, j) => {
        const col = block.left + j;
        const format = formatAt(block, i, j);
        const restyle = format !== undefined || patch !== null;
        // as in Excel, only the top-left cell of a merged area takes a value
        if (slave(row, col)) return;
        if ((value === null || value === undefined) && !restyle && !part.has(row, col) && part.defaultStyle(row, col) === 0) return;
        const style = restyle ? styles.restyle(part.styleOf(row, col), `${format ?? ''}|${patchKey}`, { numFmt: format, patch }) : undefined;
        part.setCell(row, col, value, style);
      });
    });
  }
  for (const { col, width } of plan.columnWidths ?? []) if (Number.isFinite(width) && width > 0) part.setColumnWidth(col, width);
  part.replaceOwnRules(
    plan.conditionalFormats.map((rule) => ({
      range: rule.range,
      formula: bareFormula(rule.formula),
      dxfId: styles.dxf(argb(rule.fill), rule.fontColor ? argb(rule.fontColor) : undefined),
    })),
  );
}

/** Values, formats, widths and the add-in's rules of a sheet other than the cruscotto (no notes). */
function writeSheetPart(book: PackageWorkbook, styles: StylesPart, plan: SheetWritePlan): void {
  const sheet = book.sheet(plan.sheet);
  if (!sheet) return; // prepareWrites had a view of it: it exists
  const partName = sheet.entry.part!;
  const read = book.cells(sheet.name);
  const text = book.pkg.text(partName)!;
  const parsed = read.parsed?.xml === text ? read.parsed.root : undefined;
  const part = new SheetPart(text, book.info.date1904, parsed);
  writeBlocks(part, styles, plan, mergeSlaveTest(read.merges));
  if (part.changed()) book.pkg.setText(partName, part.toXml());
  book.forget(sheet.name);
}

export async function applyPlanToPackage(book: PackageWorkbook, plan: WritePlan): Promise<AppliedPlan> {
  const sheet = book.sheet(plan.sheet.sheet);
  if (!sheet) throw new XlsxWriteError(`il foglio «${plan.sheet.sheet}» non esiste nella cartella di lavoro`);
  const { ledger, warning, foreign } = readPackageLedger(book);
  if (foreign !== null) throw new XlsxWriteError(foreignLedgerSheetMessage(foreign));
  const read = book.cells(sheet.name);
  const viewOf = (name: string) => (book.sheet(name) ? packageView(book.cells(name)) : null);
  const individualView = plan.individual ? viewOf(plan.individual.sheet) : null;
  const prepared = prepareWrites(plan, packageView(read), ledger, book.sheets.map((s) => s.name), viewOf, individualView);
  const warnings: Diagnostic[] = [...prepared.refused];
  if (warning) warnings.push({ severity: 'warning', cell: null, code: 'ledger-unreadable', message: `${sheetPrefix(plan.sheet.sheet)}: ${warning}: nessuna cella è considerata del componente aggiuntivo.` });

  const pkg = book.pkg;
  const partName = sheet.entry.part!;
  const styles = new StylesPart(book.info.stylesPart ? pkg.text(book.info.stylesPart) : null);
  const text = pkg.text(partName)!;
  const parsed = read.parsed?.xml === text ? read.parsed.root : undefined;
  const part = new SheetPart(text, book.info.date1904, parsed);
  writeBlocks(part, styles, prepared.plan.sheet, mergeSlaveTest(read.merges));
  // the add-in's notes from an earlier run go; the plan puts back the ones still due
  writeNotes(pkg, partName, part, prepared.ownership.ownNotes(), prepared.plan.sheet.notes);
  if (part.changed()) pkg.setText(partName, part.toXml());
  book.forget(sheet.name);
  // the individual objectives sheet's own columns (issue 9), the same way; the add-in puts no notes there
  const individual = prepared.plan.individual;
  if (individual) writeSheetPart(book, styles, individual);

  const summary = prepared.plan.summary;
  let next = prepared.ledger;
  if (summary) {
    const written = await writeSummaryPart(book, styles, summary, sheet.name, prepared.summaryReplaces);
    // what the summary sheet holds now (its text bars too), so the next run can tell whether someone wrote in it
    next = withLedgerSheet(next, entryOfView(written.name, written.view));
  }
  if (styles.changed) {
    let stylesPart = book.info.stylesPart;
    if (!stylesPart) {
      stylesPart = 'xl/styles.xml';
      addRelationship(pkg, book.info.part, REL.styles, relativeTarget(book.info.part, stylesPart));
      ensureContentType(pkg, stylesPart, CONTENT_TYPE.styles);
    }
    pkg.setText(stylesPart, styles.toXml());
  }
  if (!sameLedger(next, ledger)) writePackageLedger(book, next);
  return { warnings, summarySheet: summary ? summary.sheet : null };
}
