import { describeColumn, MAPPING_ROLES, ROLE_LABELS, roleLevelLabel } from '../../../src/layout/mapping';

describe('ROLE_LABELS and describeColumn', () => {
  test('every role has an Italian label', () => {
    for (const role of MAPPING_ROLES) expect(ROLE_LABELS[role]).toMatch(/^\S/);
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...MAPPING_ROLES].sort());
  });

  test.each([
    [{ role: 'action.target' }, 'target (azione)'],
    [{ role: 'action.target', year: 2022 }, 'target 2022 (azione)'],
    [{ role: 'action.threshold', thresholdLevel: 80 }, 'soglia 80% (azione)'],
    [{ role: 'action.threshold', thresholdLevel: 62.5 }, 'soglia 62,5% (azione)'],
    [{ role: 'strategic.kpi' }, 'KPI (obiettivo strategico)'],
    [{ role: 'operational.output' }, '% raggiungimento (obiettivo operativo)'],
    [{ role: 'ignore' }, 'non usata'],
    [{ role: 'own' }, 'colonna del cruscotto'],
  ] as const)('%j → %s', (column, words) => {
    expect(describeColumn(column)).toBe(words);
  });

  test("the sheet's own names of its levels are used", () => {
    expect(describeColumn({ role: 'action.target' }, { action: 'Indicatore' })).toBe('target (indicatore)');
    expect(roleLevelLabel('operational.code', { action: 'Indicatore' })).toBe('Obiettivo operativo');
    expect(roleLevelLabel('ignore')).toBeNull();
  });
});
