/** The add-in's settings with a column mapping, checked with the shared rules of src/layout/settings. */
import { generateCruscotto } from '../support/generate';
import { parseSettings, serialiseSettings, SETTINGS_KEY, validateSettings } from '../../src/excel/settings';
import type { ColumnMapping, CruscottoSettings } from '../../src/layout/types';
import { environment, hostOf } from './support';

const MAPPING: ColumnMapping = {
  version: 1,
  sheet: 'Cruscotto',
  headerTop: 0,
  headerBottom: 1,
  columns: [
    { col: 0, header: 'cod.', role: 'action.code' },
    { col: 1, header: 'Target 2022', role: 'action.target', year: 2022 },
    { col: 2, header: 'Note', role: 'ignore' },
  ],
};

const base: CruscottoSettings = { profile: 'sondrio-2020', planYear: 2022, sheetName: null };

describe('the column mapping in workbook.settings', () => {
  test('is stored inside the settings JSON and read back', async () => {
    const env = environment([generateCruscotto({ actions: 5, seed: 2 })]);
    const host = hostOf(env);
    await host.saveSettings({ ...base, columnMapping: MAPPING });
    expect(JSON.parse(env.state.settings.get(SETTINGS_KEY) as string).columnMapping).toEqual(MAPPING);
    expect(await host.loadSettings()).toEqual({ ...base, columnMapping: MAPPING });
  });

  test('no mapping, no key', () => {
    expect(JSON.parse(serialiseSettings({ ...base, columnMapping: null }))).not.toHaveProperty('columnMapping');
    expect(parseSettings(serialiseSettings(base)).settings).toEqual(base);
  });

  test('a malformed stored mapping is a warning and is ignored; the other settings stay', () => {
    const stored = JSON.stringify({ ...base, columnMapping: { ...MAPPING, columns: [{ col: 0, header: 'cod.', role: 'peso azione' }] } });
    const parsed = parseSettings(stored);
    expect(parsed.settings).toEqual(base);
    expect(parsed.warning).toBe(
      'Impostazioni della cartella di lavoro non valide (la mappatura delle colonne salvata non è leggibile (columns[0].role: «peso azione» non è un ruolo ammesso (forse "action.weight"?)) e non viene usata): si usano i valori predefiniti per queste voci.',
    );
  });

  test('an invalid mapping or year is refused before it is stored', () => {
    expect(() => validateSettings({ ...base, columnMapping: { ...MAPPING, columns: [MAPPING.columns[0]] } })).toThrow(
      "La mappatura delle colonne non è valida: columns: manca la colonna del target dell'azione (ruolo action.target).",
    );
    expect(() => validateSettings({ ...base, planYear: 1995 })).toThrow("L'anno del piano «1995» non è valido: scrivere un anno tra 2000 e 2100, per esempio 2022.");
    expect(() => validateSettings({ ...base, columnMapping: MAPPING })).not.toThrow();
  });
});

describe('period (issue 9)', () => {
  it('saves monitoraggio and refuses an unknown period with the Italian message', async () => {
    const env = environment([generateCruscotto({ actions: 4, seed: 3, planYear: 2022 })]);
    const host = hostOf(env);
    const base = { profile: 'sondrio-2020', planYear: null, sheetName: null };
    await host.saveSettings({ ...base, period: 'monitoraggio' });
    expect((await host.loadSettings()).period).toBe('monitoraggio');
    await expect(host.saveSettings({ ...base, period: 'trimestre' as never })).rejects.toThrow('Il periodo «trimestre» non è valido: scrivere «consuntivo» (31/12) oppure «monitoraggio» (30/6).');
    expect((await host.loadSettings()).period).toBe('monitoraggio');
  });
});
