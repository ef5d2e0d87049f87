/**
 * Every layout a real cruscotto comes in reads with no error through the CLI, and the figures do not
 * depend on the shape: the same plan gives the same achievement for every node, whatever the columns'
 * order, extra columns, merges, repeated headers, header typos, empty rows or a second sheet.
 */
import * as path from 'path';
import { generateCruscotto, type CruscottoVariant, type LayoutName } from '../support/generate';
import type { JsonReport, SheetGrid } from '../../src/layout/types';
import { readReport, removeDir, run, tempDir, writeGrids } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

const SEED = 42;
const ACTIONS = 60;

interface Case {
  name: string;
  layout: LayoutName;
  variant?: CruscottoVariant;
  profile: string;
  /** sheets written before / after the cruscotto */
  before?: SheetGrid[];
  /** plan seed (default SEED); figures are compared among the cases of the same layout and seed */
  seed?: number;
}

const unrelated: SheetGrid = {
  name: 'Note',
  cells: [[{ value: 'Appunti della riunione' }], [{ value: 'Verificare i dati con gli uffici' }, { value: 12 }]],
  merges: [],
};

const CASES: Case[] = [
  { name: '2022 con risultati', layout: '2022', profile: 'sondrio-2020' },
  { name: '2022 colonne mescolate', layout: '2022', variant: { shuffleColumns: true }, profile: 'sondrio-2020' },
  { name: '2022 colonne estranee', layout: '2022', variant: { extraColumns: true }, profile: 'sondrio-2020' },
  { name: '2022 senza celle unite', layout: '2022', variant: { mergeParents: false }, profile: 'sondrio-2020' },
  { name: '2022 intestazione ripetuta', layout: '2022', variant: { repeatHeaderEvery: 15 }, profile: 'sondrio-2020' },
  { name: '2022 refusi nelle intestazioni', layout: '2022', variant: { headerTypos: true }, profile: 'sondrio-2020' },
  { name: '2022 righe vuote', layout: '2022', variant: { emptyRows: true }, profile: 'sondrio-2020' },
  { name: '2022 secondo foglio estraneo', layout: '2022', profile: 'sondrio-2020', before: [unrelated] },
  { name: '2022 tutto insieme', layout: '2022', variant: { shuffleColumns: true, extraColumns: true, repeatHeaderEvery: 12, headerTypos: true, emptyRows: true }, profile: 'sondrio-2020', before: [unrelated] },
  { name: '2020 allegato', layout: '2020', profile: 'sondrio-2020' },
  { name: '2020 colonne mescolate', layout: '2020', variant: { shuffleColumns: true }, profile: 'sondrio-2020' },
  { name: '2020 intestazione ripetuta e righe vuote', layout: '2020', variant: { repeatHeaderEvery: 10, emptyRows: true }, profile: 'sondrio-2020' },
  { name: '2018', layout: '2018', profile: 'sondrio-2018' },
  { name: '2018 colonne estranee e refusi', layout: '2018', variant: { extraColumns: true, headerTypos: true }, profile: 'sondrio-2018' },
  // a repeated header with three unknown extra columns (Note, Risorse, ...): compared with the top header
  { name: '2018 intestazione ripetuta e colonne estranee', layout: '2018', variant: { repeatHeaderEvery: 10, extraColumns: true }, profile: 'sondrio-2018' },
  { name: '2022 seme 1', layout: '2022', seed: 1, profile: 'sondrio-2020' },
  { name: '2022 seme 1, intestazione ripetuta e tre colonne estranee', layout: '2022', seed: 1, variant: { repeatHeaderEvery: 10, extraColumns: true }, profile: 'sondrio-2020' },
  { name: '2022 seme 1, intestazione ripetuta, colonne estranee e refusi', layout: '2022', seed: 1, variant: { repeatHeaderEvery: 7, extraColumns: true, headerTypos: true, shuffleColumns: true }, profile: 'sondrio-2020' },
];

function figures(report: JsonReport): Record<string, number | null> {
  return Object.fromEntries(report.nodes.map((n) => [`${n.level}:${n.code ?? n.title}`, n.achievement]));
}

const baseline = new Map<string, JsonReport>();
const baselineKey = (c: Case) => `${c.layout}/${c.seed ?? SEED}`;

async function recalc(c: Case, index: number): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const grid = generateCruscotto({ actions: ACTIONS, seed: c.seed ?? SEED, layout: c.layout, withResults: true, variant: c.variant });
  const file = path.join(dir, `caso-${index}.xlsx`);
  await writeGrids(file, [...(c.before ?? []), grid]);
  const json = path.join(dir, `caso-${index}.json`);
  const r = await run(['ricalcola', file, '--profilo', c.profile, '--json', json], dir);
  return { code: r.code, report: await readReport(json), stderr: r.stderr };
}

describe.each(CASES.map((c, i) => [c.name, c, i] as const))('layout %s', (_name, c, index) => {
  test('reads with no error, every action measured, same figures as the plain layout', async () => {
    const { code, report, stderr } = await recalc(c, index);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect(stderr).not.toContain('ERRORE');
    expect(report.sheet).toBe('Cruscotto');
    const actions = report.nodes.filter((n) => n.level === 'action');
    expect(actions.length).toBe(ACTIONS);
    for (const a of actions) expect(a.achievement === null ? `${a.code} non misurata` : 'ok').toBe('ok');
    expect(report.organisation.achievement).not.toBeNull();
    for (const n of report.nodes) expect(n.cell).toMatch(/^Cruscotto![A-Z]+\d+$/);
    const plain = baseline.get(baselineKey(c));
    if (!plain) baseline.set(baselineKey(c), report);
    else {
      expect(figures(report)).toEqual(figures(plain));
      expect(report.organisation).toEqual(plain.organisation);
    }
  });
});
