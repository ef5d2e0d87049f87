/**
 * Issue 10: the CLI keeps everything it does not write. Workbooks made by other programs — LibreOffice
 * (from test/fixtures/xlsx-sources/altri-programmi.fods: chart, pivot table, image, validation, a note,
 * a defined name), the same as a macro-enabled .xlsm, and one made by exceljs — go through `ricalcola
 * --riepilogo`; part by part, everything the plan does not write keeps its bytes, the written cells are
 * the plan's, two runs give what one gives, the input never changes, and LibreOffice still opens the output.
 * LibreOffice cannot write a VBA project from an OpenDocument file, so the .xlsm is the LibreOffice workbook
 * with a vbaProject.bin part added by hand (its bytes are only carried, never run).
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { generateCruscotto } from '../support/generate';
import type { WritePlan } from '../../src/layout/types';
import { worksheetFromGrid } from '../../src/xlsx';
import { PackageWorkbook } from '../../src/xlsx/package/workbook';
import { XlsxPackage } from '../../src/xlsx/package/zip';
import { children, localName, parseXml, type XNode } from '../../src/xlsx/package/xml';

const SOURCES = path.join(__dirname, '..', 'fixtures', 'xlsx-sources');
const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
if (!SOFFICE) {
  // eslint-disable-next-line no-console
  console.warn('\n*** ATTENZIONE: soffice (LibreOffice) non trovato: i test sulle cartelle di LibreOffice sono SALTATI. Installare libreoffice-calc. ***\n');
}
const describeLo = SOFFICE ? describe : describe.skip;

function soffice(dir: string, format: string, files: string[], outdir: string): void {
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', format, '--outdir', outdir, ...files], { encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) throw new Error(`soffice: ${run.stderr}`);
}

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function parts(bytes: Uint8Array): Map<string, string> {
  const pkg = XlsxPackage.fromBytes(bytes);
  return new Map(pkg.names().map((n) => [n, createHash('sha256').update(pkg.bytes(n)!).digest('hex')]));
}

/** A macro-enabled copy: a vbaProject.bin part, its relationship and the macro-enabled workbook content type. */
function withMacros(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.fromBytes(bytes);
  const vba = new Uint8Array(4096).map((_, i) => (i * 31 + 7) & 0xff);
  (pkg as unknown as { parts: Map<string, Uint8Array>; order: string[] }).parts.set('xl/vbaProject.bin', vba);
  (pkg as unknown as { order: string[] }).order.push('xl/vbaProject.bin');
  const rels = pkg.text('xl/_rels/workbook.xml.rels')!;
  pkg.setText('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  const types = pkg.text('[Content_Types].xml')!;
  pkg.setText(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  return pkg.toBytes();
}

/** exceljs's own workbook: the cruscotto, an image, validation, a note, a defined name. */
async function exceljsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const grid = generateCruscotto({ actions: 12, seed: 7, layout: '2022', withResults: true, variant: { overrides: true } });
  const ws = worksheetFromGrid(wb, grid);
  ws.getCell('A1').note = "Nota dell'utente: non toccare";
  const data = wb.addWorksheet('Dati');
  data.addRow(['Area', 'Valore']);
  data.addRow(['Nord', 10]);
  data.getCell('B2').dataValidation = { type: 'whole', operator: 'between', formulae: [0, 100], allowBlank: true };
  wb.definedNames.add('Dati!$A$1:$B$2', 'Valori');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFElEQVR4nGP4z8DAAMIM/////w8AH+4F+7C4l8kAAAAASUVORK5CYII=', 'base64');
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  data.addImage(image, 'D2:E4');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Case {
  name: string;
  file: string;
}

/** Parts the plan may write: the cruscotto sheet and its notes, styles, workbook entries, and new parts. */
function mayChange(part: string, cruscottoPart: string): boolean {
  const sheetRels = cruscottoPart.replace(/([^/]+)$/, '_rels/$1.rels');
  return (
    part === cruscottoPart ||
    part === sheetRels ||
    /^xl\/comments\d*\.xml$/.test(part) ||
    /^xl\/drawings\/vmlDrawing\d*\.vml$/.test(part) ||
    part === 'xl/styles.xml' ||
    part === 'xl/workbook.xml' ||
    part === 'xl/_rels/workbook.xml.rels' ||
    part === '[Content_Types].xml'
  );
}

describeLo('workbooks made by other programs keep everything the plan does not write', () => {
  let dir: string;
  const cases: Case[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cruscotto-lossless-'));
    // one LibreOffice call converts the source
    soffice(dir, 'xlsx', [path.join(SOURCES, 'altri-programmi.fods')], dir);
    const lo = path.join(dir, 'altri-programmi.xlsx');
    cases.push({ name: 'LibreOffice', file: lo });
    const xlsm = path.join(dir, 'con-macro.xlsm');
    await fs.writeFile(xlsm, withMacros(await fs.readFile(lo)));
    cases.push({ name: 'LibreOffice con macro (.xlsm)', file: xlsm });
    const ej = path.join(dir, 'exceljs.xlsx');
    await fs.writeFile(ej, await exceljsWorkbook());
    cases.push({ name: 'exceljs', file: ej });
  }, 240_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('the LibreOffice workbook has what the test is about: a chart, a pivot table, an image, validation, a note, a defined name', async () => {
    const names = [...parts(await fs.readFile(cases[0].file)).keys()];
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/media/image1.png', 'xl/comments1.xml']));
    const book = PackageWorkbook.fromBytes(await fs.readFile(cases[0].file));
    expect(book.info.xml).toContain('<definedName');
    expect(book.pkg.text('xl/worksheets/sheet2.xml')).toContain('<dataValidation');
  });

  it.each([0, 1, 2])('case %i: only the written parts change; the cells written are the plan’s; two runs = one; the input never changes', async (i) => {
    const { file, name } = cases[i];
    const ext = path.extname(file);
    const input = await fs.readFile(file);
    const out1 = path.join(dir, `uno-${i}${ext}`);
    const out2 = path.join(dir, `due-${i}${ext}`);
    const r1 = await cli(['ricalcola', file, '--riepilogo', '--output', out1, '--json', path.join(dir, `r-${i}.json`)], dir);
    expect({ name, code: r1.code, stderr: r1.stderr }).toEqual({ name, code: 0, stderr: '' });
    expect(Buffer.compare(await fs.readFile(file), input)).toBe(0);

    const before = parts(input);
    const after = parts(await fs.readFile(out1));
    const book = PackageWorkbook.fromBytes(await fs.readFile(out1));
    const cruscottoPart = book.sheet('Cruscotto')!.entry.part!;
    for (const [part, hash] of before) {
      expect({ part, present: after.has(part) }).toEqual({ part, present: true });
      if (!mayChange(part, cruscottoPart)) expect({ part, same: after.get(part) === hash }).toEqual({ part, same: true });
    }
    // the user's note is still there, with the add-in's notes (the overridden actions' motivations)
    const notes = book.grid('Cruscotto').notes!;
    expect(notes).toEqual(expect.arrayContaining([{ row: 0, col: 0, text: expect.stringContaining("Nota dell'utente: non toccare") }]));
    expect(notes.length).toBeGreaterThan(1);
    // the new sheets: the Riepilogo and the very hidden ledger
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual(expect.arrayContaining([['Riepilogo', 'visible'], ['Cruscotto Registro', 'veryHidden']]));
    if (ext === '.xlsm') {
      expect(after.get('xl/vbaProject.bin')).toBe(before.get('xl/vbaProject.bin'));
      expect(book.pkg.text('[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    }

    // the cells written are the plan's
    const plan = await planOf(file, dir, i);
    sameOutsideThePlan(XlsxPackage.fromBytes(input), book.pkg, cruscottoPart, plan);
    const grid = book.grid('Cruscotto');
    let checked = 0;
    for (const block of plan.sheet.blocks) {
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const got = grid.cells[block.top + r]?.[block.left + c]?.value ?? null;
          if (typeof value === 'number') expect(got).toBeCloseTo(value, 12);
          else expect(got).toEqual(value === undefined ? null : value);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(20);

    // two runs = one: every part of the second output is the first's
    const r2 = await cli(['ricalcola', out1, '--riepilogo', '--output', out2], dir);
    expect(r2.code).toBe(0);
    const again = parts(await fs.readFile(out2));
    expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
    for (const [part, hash] of after) expect({ part, same: again.get(part) === hash }).toEqual({ part, same: true });
  });

  it('LibreOffice opens the outputs and still finds the chart, the pivot table and the image', async () => {
    const outs = [path.join(dir, 'uno-0.xlsx'), path.join(dir, 'uno-1.xlsm')];
    const back = path.join(dir, 'back');
    await fs.mkdir(back);
    // one file per call: LibreOffice 7.4 drops the chart of the second file converted in the same call
    for (const out of outs) soffice(dir, 'xlsx', [out], back);
    for (const name of ['uno-0.xlsx', 'uno-1.xlsx']) {
      const names = [...parts(await fs.readFile(path.join(back, name))).keys()];
      const wanted = ['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/media/image1.png'];
      expect({ name, missing: wanted.filter((w) => !names.includes(w)) }).toEqual({ name, missing: [] });
      const book = PackageWorkbook.fromBytes(await fs.readFile(path.join(back, name)));
      expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Cruscotto', 'Dati', 'Riepilogo']));
      // LibreOffice read the notes the CLI added beside the user's
      expect(book.grid('Cruscotto').notes!.length).toBeGreaterThan(1);
      const riepilogo = book.grid('Riepilogo');
      expect(riepilogo.cells.flat().some((c) => typeof c.value === 'string' && c.value.includes('Riepilogo'))).toBe(true);
    }
  }, 240_000);
});

function slices(xml: string, nodes: XNode[]): string[] {
  return nodes.map((n) => xml.slice(n.start, n.end));
}

/**
 * In the parts the plan writes, what it does not write is as it was: every cell it does not write (same XML),
 * every element of the sheet but its cells, columns, conditional formats, dimension and notes link, and every
 * entry of the styles part at the same index (new entries only appended).
 */
function sameOutsideThePlan(before: XlsxPackage, after: XlsxPackage, sheetPart: string, plan: WritePlan): void {
  const written = new Set<string>();
  for (const b of plan.sheet.blocks) b.values.forEach((row, r) => row.forEach((_, c) => written.add(`${b.top + r}:${b.left + c}`)));
  const cells = (xml: string) => {
    const out = new Map<string, string>();
    const data = parseXml(xml).children.find((n) => localName(n.name) === 'sheetData');
    for (const row of data ? children(data, 'row') : []) for (const c of children(row, 'c')) out.set(c.attrs.r, xml.slice(c.start, c.end));
    return out;
  };
  const xa = before.text(sheetPart)!;
  const xb = after.text(sheetPart)!;
  const cb = cells(xb);
  let kept = 0;
  for (const [ref, text] of cells(xa)) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (written.has(`${Number(m[2]) - 1}:${col}`)) continue;
    expect({ ref, text: cb.get(ref) }).toEqual({ ref, text });
    kept++;
  }
  expect(kept).toBeGreaterThan(50);
  const others = (xml: string) => slices(xml, parseXml(xml).children.filter((n) => !['sheetData', 'cols', 'conditionalFormatting', 'dimension', 'legacyDrawing'].includes(localName(n.name))));
  expect(others(xb)).toEqual(others(xa));
  const sa = before.text('xl/styles.xml')!;
  const sb = after.text('xl/styles.xml')!;
  const ra = parseXml(sa);
  const rb = parseXml(sb);
  for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
    const a = ra.children.find((n) => localName(n.name) === list);
    const b = rb.children.find((n) => localName(n.name) === list);
    if (!a) continue;
    const old = slices(sa, a.children);
    expect({ list, entries: slices(sb, b!.children).slice(0, old.length) }).toEqual({ list, entries: old });
  }
}

/** The plan the CLI wrote (its JSON report has the figures; the plan is rebuilt by the same pipeline). */
async function planOf(file: string, dir: string, i: number): Promise<WritePlan> {
  const { ricalcola } = await import('../../src/cli/commands/ricalcola');
  const io: CliIO = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false, cwd: dir };
  const outcome = await ricalcola({ input: file, output: path.join(dir, `piano-${i}${path.extname(file)}`), summary: true }, io);
  return outcome.result!.plan;
}
