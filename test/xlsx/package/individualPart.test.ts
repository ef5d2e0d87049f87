/**
 * The package back end writes the individual objectives sheet's own columns (issue 9, item 5) like the
 * cruscotto's: the plan's cells with their number formats, widths and colours, the ledger stored; every other
 * cell of that sheet keeps its XML, every other part its bytes, and a second run changes nothing.
 */
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { getProfile } from '../../../src/engine';
import { runPipeline } from '../../../src/layout/pipeline';
import type { PipelineResult } from '../../../src/layout/types';
import { worksheetFromGrid } from '../../../src/xlsx';
import { applyPlanToPackage } from '../../../src/xlsx/package/applyPlan';
import { readPackageLedger } from '../../../src/xlsx/package/ledgerPart';
import { PackageWorkbook } from '../../../src/xlsx/package/workbook';
import { XlsxPackage } from '../../../src/xlsx/package/zip';
import { children, localName, parseXml } from '../../../src/xlsx/package/xml';
import { sondrio2020Grid } from '../../fixtures/builders';
import { INDIVIDUAL_SHEET, sondrio2020Individuals } from '../../layout/individual/sondrioIndividuals';

const CRUSCOTTO = sondrio2020Grid().name;

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  worksheetFromGrid(wb, sondrio2020Grid());
  const ws = worksheetFromGrid(wb, sondrio2020Individuals());
  ws.getCell('A4').font = { bold: true };
  ws.getColumn(3).width = 50;
  const data = wb.addWorksheet('Dati');
  data.addRow(['Area', 'Valore']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One Ricalcola on the package: the pipeline on what it holds, then the plan applied. */
async function ricalcola(bytes: Uint8Array): Promise<{ out: Uint8Array; result: PipelineResult }> {
  const book = PackageWorkbook.fromBytes(bytes);
  const result = runPipeline(book.grid(CRUSCOTTO), {
    profile: getProfile('sondrio-2020')!,
    planYear: 2020,
    currentYear: 2020,
    ledger: readPackageLedger(book).ledger,
    sheetNames: book.sheets.map((s) => s.name),
    individualGrid: book.grid(INDIVIDUAL_SHEET),
  });
  await applyPlanToPackage(book, result.plan);
  return { out: book.pkg.toBytes(), result };
}

const hashes = (bytes: Uint8Array) => {
  const pkg = XlsxPackage.fromBytes(bytes);
  return new Map(pkg.names().map((n) => [n, createHash('sha256').update(pkg.bytes(n)!).digest('hex')]));
};

function cellXml(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const data = parseXml(xml).children.find((n) => localName(n.name) === 'sheetData');
  for (const row of data ? children(data, 'row') : []) for (const c of children(row, 'c')) out.set(c.attrs.r, xml.slice(c.start, c.end));
  return out;
}

test('RP 2020 §3.4: the figures in the individual sheet; its other cells and the other parts as they were', async () => {
  const input = await workbook();
  const { out, result } = await ricalcola(input);
  const book = PackageWorkbook.fromBytes(out);
  const grid = book.grid(INDIVIDUAL_SHEET);
  expect(grid.cells[2].slice(5, 8).map((c) => c.value)).toEqual(['% raggiungimento', 'Punteggio individuale', 'Punteggio senza valori assegnati']);
  expect(grid.cells[3][6]).toMatchObject({ value: 1, numberFormat: '0.00%' });
  expect(grid.cells[3][7]).toMatchObject({ value: 0.75, numberFormat: '0.00%' });
  result.report.individuals!.persons[0].objectives.forEach((o, i) => expect(grid.cells[3 + i][5].value).toBeCloseTo(o.achievement! / 100, 10));

  const individualPart = book.sheet(INDIVIDUAL_SHEET)!.entry.part!;
  const before = PackageWorkbook.fromBytes(input);
  const xa = before.pkg.text(individualPart)!;
  const xb = book.pkg.text(individualPart)!;
  // the add-in's colours, widths of its columns only, and every cell it does not write as it was
  expect(xb).toContain('cruscotto:raggiunto');
  expect(xb).toMatch(/<col [^>]*min="6"/);
  const written = new Set<string>();
  for (const b of result.plan.individual!.blocks) b.values.forEach((line, i) => line.forEach((_, j) => written.add(`${String.fromCharCode(65 + b.left + j)}${b.top + i + 1}`)));
  const after = cellXml(xb);
  let kept = 0;
  for (const [ref, text] of cellXml(xa)) {
    if (written.has(ref)) continue;
    expect({ ref, text: after.get(ref) }).toEqual({ ref, text });
    kept++;
  }
  expect(kept).toBeGreaterThan(15);

  // parts the plan does not write keep their bytes (the «Dati» sheet among them)
  const cruscottoPart = book.sheet(CRUSCOTTO)!.entry.part!;
  const mayChange = new Set([cruscottoPart, cruscottoPart.replace(/([^/]+)$/, '_rels/$1.rels'), individualPart, 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']);
  const ha = hashes(input);
  const hb = hashes(out);
  for (const [part, hash] of ha) {
    if (mayChange.has(part) || /^xl\/(comments\d*\.xml|drawings\/vmlDrawing\d*\.vml)$/.test(part)) continue;
    expect({ part, same: hb.get(part) === hash }).toEqual({ part, same: true });
  }
  expect(ha.get(book.sheet('Dati')!.entry.part!)).toBe(hb.get(book.sheet('Dati')!.entry.part!));
});

test('a second run gives the same package, part by part', async () => {
  const { out: once } = await ricalcola(await workbook());
  const { out: twice, result } = await ricalcola(once);
  expect(result.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET))).toEqual([]);
  expect(hashes(twice)).toEqual(hashes(once));
});
