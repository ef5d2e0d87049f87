import { readCruscotto } from '../../../src/layout/reader';
import { grid, plan2022Merged, PLAN_2022_TSV, TEST_PROFILE, tsvRows } from './fixtures';
import { actionIds, allNodes, childIds, node } from './treeHelpers';

const literal = () => grid(tsvRows(PLAN_2022_TSV));

describe.each([
  ['as extracted', literal],
  ['as Excel holds it (merged headers)', plan2022Merged],
])('2022 plan %s', (_label, make) => {
  const read = readCruscotto(make(), { profile: TEST_PROFILE });
  const { tree } = read;

  test('perspectives, strategic and operational objectives from the rows and the code prefixes', () => {
    expect(tree.roots.map((r) => r.id)).toEqual(['P:sviluppo del tessuto economico locale', 'P:processi']);
    expect(tree.roots[1].title).toBe('Processi'); // "P r o c e s s i" in the PDF
    expect(childIds(tree, 'P:sviluppo del tessuto economico locale')).toEqual(['1', '2']);
    expect(childIds(tree, '1')).toEqual(['1.1', '1.3', '1.4', '1.5']);
    expect(childIds(tree, '2')).toEqual(['2.1', '2.2']);
    expect(childIds(tree, 'P:processi')).toEqual(['3']);
    expect(childIds(tree, '1.1')).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4']);
  });

  test('the page-break fragment "e" in the perspective column does not start a perspective', () => {
    expect(allNodes(tree).filter((n) => n.level === 'perspective')).toHaveLength(2);
    expect(node(tree, '2').title).toBe('ità delle imprese');
  });

  test('action 2.1.4, on the row of objective 2.2, belongs to 2.1 (warning)', () => {
    expect(childIds(tree, '2.1')).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.1.4']);
    expect(childIds(tree, '2.2')).toEqual(['2.2.1', '2.2.2', '2.2.3', '2.2.4']);
    const w = read.diagnostics.find((d) => d.code === 'misaligned-row');
    expect(w).toMatchObject({ severity: 'warning', cell: 'Cruscotto!L20' });
    expect(w!.message).toContain('2.1.4');
  });

  test('operational objective 3.2 has no row: created from its actions codes, with a warning', () => {
    expect(childIds(tree, '3')).toEqual(['3.1', '3.2']);
    expect(childIds(tree, '3.2')).toEqual(['3.2.1', '3.2.2']);
    expect(node(tree, '3.2').weight).toBeUndefined();
    const w = read.diagnostics.find((d) => d.code === 'missing-operational');
    expect(w).toMatchObject({ severity: 'warning', cell: 'Cruscotto!L31' });
    expect(w!.message).toBe(
      "Cruscotto!L31: l'obiettivo operativo «3.2» non ha una riga nel foglio: è stato creato dal codice dell'azione «3.2.1» (senza peso)",
    );
  });

  test('the repeated header block (4 rows) is skipped', () => {
    expect(read.layout!.repeatedHeaderRows).toEqual([25, 26, 27, 28]);
    expect(actionIds(tree)).toHaveLength(22);
  });

  test('weights in percent points', () => {
    expect(node(tree, '1.1').weight!.toNumber()).toBe(20);
    expect(node(tree, '1.5').weight!.toNumber()).toBe(40);
    expect(node(tree, '2.1.2').weight!.toNumber()).toBe(10);
    expect(node(tree, '2.1.4').weight!.toNumber()).toBe(40);
  });

  test('strategic objectives carry the plan year target (80%)', () => {
    expect(node(tree, '1').target!.toNumber()).toBe(80);
    expect(node(tree, '3').target!.toNumber()).toBe(80);
  });

  test('action target of the first year, soglie 80 / 60 in order, typed result', () => {
    const a = node(tree, '1.1.1').action!;
    expect(a.targetSpec!.target).toMatchObject({ kind: 'number', unit: 'percent', raw: '3,25%' });
    expect(a.targetSpec!.target.kind === 'number' && a.targetSpec!.target.value.toNumber()).toBe(3.25);
    expect(a.targetSpec!.thresholds.map((t) => [t.level.toNumber(), t.value.raw])).toEqual([
      [80, '3,00%'],
      [60, '2,85%'],
    ]);
    expect(a.result).toMatchObject({ kind: 'number', raw: '3,10%' });
    const dates = node(tree, '1.1.4').action!;
    expect(dates.targetSpec!.target).toMatchObject({ kind: 'date', raw: 'luglio' });
    expect(dates.result).toMatchObject({ kind: 'date', date: { year: 2022, month: 6, day: 30 } });
    expect(node(tree, '3.1.1').action!.targetSpec!.thresholds.map((t) => t.value.raw)).toEqual(['25', '29']);
  });

  test('no errors on this sheet', () => {
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('locations point at the rows and input columns', () => {
    const loc = read.locations.get('1.1.1')!;
    expect(loc).toMatchObject({ row: 4, lastRow: 4 });
    expect(loc.columns).toMatchObject({ code: 11, title: 12, weight: 13, kpi: 14, target: 15, thresholds: 16, result: 21 });
    expect(read.locations.get('1.1')).toMatchObject({ row: 4, lastRow: 7, columns: { code: 7, weight: 9 } });
    expect(read.locations.get('1')).toMatchObject({ row: 4, columns: { code: 1, title: 2, target: 4 } });
    expect(read.locations.get('2.1')).toMatchObject({ row: 15, lastRow: 19 }); // 2.1.4 sits on row 20
    expect(read.locations.get('3.2')).toMatchObject({ row: 30, lastRow: 31, columns: {} });
    expect(read.locations.get('P:processi')).toMatchObject({ row: 29, columns: { title: 0 } });
    for (const n of allNodes(tree)) expect(read.locations.has(n.id)).toBe(true);
  });
});

describe('2022 plan, other plan year', () => {
  const read = readCruscotto(plan2022Merged(), { profile: TEST_PROFILE, planYear: 2023 });

  test('targets of 2023; the soglie belong to 2022 and are not used (warning)', () => {
    const a = node(read.tree, '1.1.1').action!;
    expect(a.targetSpec!.target.raw).toBe('3,5%');
    expect(a.targetSpec!.thresholds).toEqual([]);
    expect(read.layout!.planYear).toBe(2023);
    expect(read.diagnostics).toContainEqual(
      // the message names the header of the soglie it does not use
      expect.objectContaining({ code: 'thresholds-other-year', severity: 'warning', cell: 'Cruscotto!Q4' }),
    );
    expect(node(read.tree, '1.1.4').action!.targetSpec!.target.raw).toBe('75');
  });

  test('a plan year the sheet does not have falls back to the first year, with a warning', () => {
    const r = readCruscotto(plan2022Merged(), { profile: TEST_PROFILE, planYear: 2030 });
    expect(r.layout!.planYear).toBe(2022);
    const w = r.diagnostics.find((d) => d.code === 'plan-year-not-found')!;
    // the header of the actions' target column of the year used
    expect(w.message).toBe("Cruscotto!P4: l'anno 2030 non ha una colonna di target (anni presenti: 2022, 2023, 2024): si usa il 2022");
  });
});
