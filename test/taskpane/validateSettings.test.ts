/** The settings form keeps the saved column mapping and applies the shared rules. */
import { MINIMAL_MAPPING as MAPPING } from '../support/minimalMapping';
import { EN, IT } from '../../src/taskpane/i18n/strings';
import { formFromSettings, validateSettings } from '../../src/taskpane/settings/validateSettings';


describe('validateSettings (pane)', () => {
  test('carries the column mapping through, so saving the other settings never loses it', () => {
    const form = formFromSettings({ profile: 'pavia', planYear: 2022, sheetName: null, columnMapping: MAPPING });
    expect(form.columnMapping).toEqual(MAPPING);
    expect(validateSettings({ ...form, organisationName: 'CCIAA' }, IT)).toEqual({
      ok: true,
      settings: { profile: 'pavia', planYear: 2022, sheetName: null, organisationName: 'CCIAA', columnMapping: MAPPING },
    });
  });

  test('an invalid mapping is an error of its own field', () => {
    const form = formFromSettings({ profile: 'pavia', planYear: null, sheetName: null, columnMapping: { ...MAPPING, columns: [MAPPING.columns[0]] } });
    expect(validateSettings(form, EN)).toEqual({ ok: false, errors: { columnMapping: "columns: manca la colonna del target dell'azione (ruolo action.target)" } });
  });

  test('the plan year follows the shared rule (2000–2100): 1995 is refused now', () => {
    const form = formFromSettings({ profile: 'pavia', planYear: null, sheetName: null });
    expect(validateSettings({ ...form, planYear: '1995' }, IT)).toEqual({ ok: false, errors: { planYear: IT.badYear('1995') } });
    expect(validateSettings({ ...form, planYear: '2000' }, IT)).toMatchObject({ ok: true, settings: { planYear: 2000 } });
  });
});
