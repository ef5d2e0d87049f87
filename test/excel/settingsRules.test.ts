/** The body's own rules in workbook.settings (issue 11): stored as the profile document, read back, checked. */
import { getProfile } from '../../src/engine';
import { parseSettings, serialiseSettings, validateSettings } from '../../src/excel/settings';
import type { CruscottoSettings } from '../../src/layout/types';

const base: CruscottoSettings = { profile: 'sondrio-2020', planYear: 2022, sheetName: null };
const custom = { ...getProfile('sondrio-2020')!, name: 'ente', label: 'Ente', method: 'tolleranza' as const, tolerance: { percent: 10, days: 5 } };

test('stored under "rules" as the Italian document and read back as the same profile', () => {
  const text = serialiseSettings({ ...base, customProfile: custom });
  expect(JSON.parse(text).rules).toMatchObject({ versione: 2, nome: 'ente', metodo: 'tolleranza', tolleranza: { percentuale: 10, giorni: 5 } });
  expect(parseSettings(text)).toEqual({ settings: { ...base, customProfile: custom }, warning: null });
  expect(JSON.parse(serialiseSettings(base))).not.toHaveProperty('rules');
});

test('invalid stored rules are a warning naming the field, and the built-in profile applies', () => {
  const text = JSON.stringify({ ...JSON.parse(serialiseSettings({ ...base, customProfile: custom })), rules: { ...JSON.parse(serialiseSettings({ ...base, customProfile: custom })).rules, metodo: 'a occhio' } });
  const parsed = parseSettings(text);
  expect(parsed.settings).toEqual(base);
  expect(parsed.warning).toContain('metodo: «a occhio» non è un valore ammesso');
});

test('rules saved in version 1 open with a note of what changed', () => {
  const parsed = parseSettings(JSON.stringify({ ...base, rules: getProfile('pavia') }));
  expect(parsed.settings.customProfile?.name).toBe('pavia');
  expect(parsed.warning).toMatch(/^Regole di calcolo salvate: profilo «pavia» salvato nel formato della versione 1/);
});

test('rules that break the document are refused before they are stored', () => {
  expect(() => validateSettings({ ...base, customProfile: { ...custom, defaultThresholdLevels: [60, 80] } })).toThrow(
    'Le regole di calcolo non sono valide: livelli_soglia[2]: i livelli devono diminuire allontanandosi dal target (60 poi 80).',
  );
});
