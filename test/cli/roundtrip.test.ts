/**
 * Round trips through files: the input is never changed (same bytes), the user's cells are the same in
 * the output, and a second run on the output gives the same workbook (values, number formats,
 * conditional formats of every cell, sheet list) and the same report.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { getProfile } from '../../src/engine';
import { generateCruscotto, type LayoutName } from '../support/generate';
import { runPipeline } from '../../src/layout/pipeline';
import { a1 } from '../../src/layout/address';
import { SUMMARY_SHEET_NAME, RULE_MARKER, type SheetGrid } from '../../src/layout/types';
import { gridFromWorksheet } from '../../src/xlsx';
import { LEDGER_SHEET_NAME } from '../../src/layout/ownership';
import { conditionalFormats, readBook, readReport, removeDir, run, sha256, sheetCells, tempDir, workbookSnapshot, writeGrids } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

const notes: SheetGrid = { name: 'Appunti', cells: [[{ value: 'Riunione del 12 marzo' }], [{ value: '=1+1' }, { value: 3.5, numberFormat: '0.0' }]], merges: [] };

describe.each([
  ['2022', { overrides: true, neutralised: true }],
  ['2020', { overrides: true }],
  ['2018', {}],
] as const)('round trip, layout %s', (layout, variant) => {
  const profile = layout === '2018' ? 'sondrio-2018' : 'sondrio-2020';
  let input: string;
  let inputHash: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    const grid = generateCruscotto({ actions: 40, seed: 11, layout: layout as LayoutName, withResults: true, variant });
    input = await writeGrids(path.join(dir, `giro-${layout}.xlsx`), [grid, notes]);
    inputHash = await sha256(input);
    first = path.join(dir, `giro-${layout}.primo.xlsx`);
    second = path.join(dir, `giro-${layout}.secondo.xlsx`);
  });

  test('the input file is never changed; the default output name is <file>.ricalcolato.xlsx', async () => {
    const r = await run(['ricalcola', path.basename(input), '--profilo', profile, '--riepilogo'], dir);
    expect(r.stderr).not.toContain('ERRORE');
    expect(r.code).toBe(0);
    const expected = path.join(dir, `giro-${layout}.ricalcolato.xlsx`);
    expect(r.stdout).toContain(`File scritto: ${expected}`);
    await fs.access(expected);
    expect(await sha256(input)).toBe(inputHash);
  });

  test('the user’s cells are unchanged in the output; only output columns and own headers are written', async () => {
    const r = await run(['ricalcola', input, '--output', first, '--profilo', profile, '--riepilogo', '--json', `${first}.json`], dir);
    expect(r.code).toBe(0);
    expect(await sha256(input)).toBe(inputHash);
    const before = await readBook(input);
    const after = await readBook(first);
    expect(after.worksheets.map((w) => w.name)).toEqual([...before.worksheets.map((w) => w.name), SUMMARY_SHEET_NAME, LEDGER_SHEET_NAME]);
    expect(after.getWorksheet(LEDGER_SHEET_NAME)!.state).toBe('veryHidden');

    // the cells the plan writes, computed independently from the input grid
    const grid = gridFromWorksheet(before.getWorksheet('Cruscotto')!);
    const result = runPipeline(grid, { profile: getProfile(profile)!, summary: true });
    const written = new Set<string>();
    for (const b of result.plan.sheet.blocks) b.values.forEach((row, r) => row.forEach((_, c) => written.add(a1(b.top + r, b.left + c))));
    const outputCols = new Set((result.read.layout?.columns ?? []).filter((c) => c.role === 'own' || c.role.endsWith('.output')).map((c) => c.col));

    for (const ws of before.worksheets) {
      const old = sheetCells(ws);
      const now = sheetCells(after.getWorksheet(ws.name)!);
      for (const [address, cell] of old) {
        if (ws.name === 'Cruscotto' && written.has(address)) continue;
        expect({ address, ...now.get(address) }).toEqual({ address, ...cell });
      }
    }
    // whatever was written over held nothing: a first run has no cell of its own yet
    const old = sheetCells(before.getWorksheet('Cruscotto')!);
    for (const address of written) {
      const cell = old.get(address) as { value?: unknown } | undefined;
      expect({ address, value: cell?.value ?? null }).toEqual({ address, value: null });
    }
    void outputCols;
    // colours are the add-in's rules, recognisable by the marker
    const rules = conditionalFormats(after.getWorksheet('Cruscotto')!).flatMap((cf) => cf.rules);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(JSON.stringify(rule)).toContain(RULE_MARKER);
  });

  test('a second run on the output is identical to the first', async () => {
    const r = await run(['ricalcola', first, '--output', second, '--profilo', profile, '--riepilogo', '--json', `${second}.json`], dir);
    expect(r.code).toBe(0);
    const a = workbookSnapshot(await readBook(first));
    const b = workbookSnapshot(await readBook(second));
    expect(b).toEqual(a);
    const ra = await readReport(`${first}.json`);
    const rb = await readReport(`${second}.json`);
    // the second run reads the add-in's own columns of the first: its layout lists them (role 'own'), the rest is the same
    const { layout: la, ...restA } = ra;
    const { layout: lb, ...restB } = rb;
    expect(restB).toEqual(restA);
    if (la && lb) {
      // (and the empty column between the add-in's columns and its legend of colours, ignored)
      const gap = (c: { col: number; role: string; header: string }) => c.role === 'ignore' && c.header === '' && !la.columns.some((x) => x.col === c.col);
      expect({ ...lb, columns: lb.columns.filter((c) => c.role !== 'own' && !gap(c)) }).toEqual(la);
      expect(lb.columns.some((c) => c.role === 'own')).toBe(true);
    } else expect(lb).toEqual(la);
  });
});
