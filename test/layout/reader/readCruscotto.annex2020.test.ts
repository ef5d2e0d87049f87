import { readCruscotto } from '../../../src/layout/reader';
import { ANNEX_2020_TSV, grid, TEST_PROFILE, tsvRows } from './fixtures';
import { actionIds, childIds, node } from './treeHelpers';

describe('2020 annex: results beside each level', () => {
  const read = readCruscotto(grid(tsvRows(ANNEX_2020_TSV)), { profile: TEST_PROFILE, planYear: 2020 });
  const { tree } = read;

  test('strategic objectives without a code take the first number of their operational codes', () => {
    expect(tree.roots.map((r) => r.id)).toEqual(['P:tessuto economico locale']);
    expect(tree.roots[0].title).toBe('TESSUTO ECONOMICO LOCALE');
    expect(childIds(tree, 'P:tessuto economico locale')).toEqual(['1', '2']);
    expect(node(tree, '1').title).toBe('Competitività del territorio');
    expect(node(tree, '2').title).toBe('Competitività delle Imprese');
    expect(childIds(tree, '1')).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
    expect(childIds(tree, '2')).toEqual(['2.1']);
    expect(actionIds(tree)).toHaveLength(14);
  });

  test('the output "Risultato" columns are not read as input', () => {
    // operational "Risultato" 80% and action "Risultato" 100,00% are outputs; the result is the measured value
    expect(node(tree, '1.1').weight!.toNumber()).toBe(10);
    const a = node(tree, '1.1.2').action!;
    expect(a.targetSpec!.target.raw).toBe('880');
    expect(a.result).toMatchObject({ kind: 'number', raw: '655' });
    expect(a.override).toBeUndefined();
    expect(a.manualAchievement).toBeUndefined();
    expect(node(tree, '1.1.2').weight!.toNumber()).toBe(50);
    const outputs = read.layout!.columns.filter((c) => c.role.endsWith('.output')).map((c) => `${c.col}:${c.role}`);
    expect(outputs).toEqual(['1:perspective.output', '3:strategic.output', '7:operational.output', '11:action.output', '15:action.output']);
  });

  test('Italian numbers, percentages, qualitative values', () => {
    const p = node(tree, '1.4.2').action!;
    expect(p.targetSpec!.target).toMatchObject({ kind: 'number', unit: 'percent' });
    expect(p.result.kind === 'number' && p.result.value.toNumber()).toBe(57);
    const q = node(tree, '1.3.2').action!;
    expect(q.targetSpec!.target).toMatchObject({ kind: 'qualitative', label: 'qualitativo' });
    expect(q.result).toMatchObject({ kind: 'qualitative', label: 'eccellente' });
    expect(q.manualAchievement).toBeUndefined();
  });

  test('no soglie columns: the actions have no soglie; strategic objectives no target', () => {
    expect(node(tree, '1.1.1').action!.targetSpec!.thresholds).toEqual([]);
    expect(node(tree, '1').target).toBeUndefined();
  });

  test('no diagnostics', () => {
    expect(read.diagnostics).toEqual([]);
  });
});
