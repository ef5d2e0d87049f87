import {
  isPlanYear,
  normaliseHex,
  parseColours,
  parseOrganisationName,
  parsePlanYear,
  parseSettingsFields,
  parseSheetName,
  parseStoredMapping,
  planYearMessage,
  profileMessage,
} from '../../../src/layout/settings';
import { MINIMAL_MAPPING as MAPPING } from '../../support/minimalMapping';


describe('the plan year: 2000–2100, one message', () => {
  test.each([
    [2000, true],
    [2100, true],
    [2022, true],
    [1999, false],
    [2101, false],
    [2022.5, false],
    ['2022', false],
  ])('isPlanYear(%p) = %p', (value, ok) => expect(isPlanYear(value)).toBe(ok));

  test('parsePlanYear reads numbers and four-digit text; empty is no year', () => {
    expect(parsePlanYear(2022)).toEqual({ ok: true, year: 2022 });
    expect(parsePlanYear(' 2022 ')).toEqual({ ok: true, year: 2022 });
    expect(parsePlanYear('')).toEqual({ ok: true, year: null });
    expect(parsePlanYear(null)).toEqual({ ok: true, year: null });
    for (const bad of ['1850', '20x2', 'duemila', 1990, '02022']) {
      expect(parsePlanYear(bad)).toEqual({ ok: false, message: planYearMessage(bad) });
    }
    expect(planYearMessage('1850')).toBe("l'anno del piano «1850» non è valido: scrivere un anno tra 2000 e 2100, per esempio 2022");
  });
});

describe('the other fields', () => {
  test('colours: #RRGGBB, "#" optional, upper case; the others reported', () => {
    expect(normaliseHex('00b050')).toBe('#00B050');
    expect(normaliseHex('#00B05')).toBeNull();
    expect(parseColours({ raggiunto: '#00b050', parzialmente: 'arancio', neutralizzato: '' })).toEqual({
      colours: { raggiunto: '#00B050' },
      problems: ['il colore «arancio» per «parzialmente» non è valido: scrivere #RRGGBB'],
    });
    expect(parseColours('{rotto')).toEqual({ colours: undefined, problems: ['i colori non sono leggibili'] });
  });

  test('body name: trimmed text of at most 120 characters', () => {
    expect(parseOrganisationName('  CCIAA  ')).toEqual({ ok: true, name: 'CCIAA' });
    expect(parseOrganisationName('   ')).toEqual({ ok: true, name: null });
    expect(parseOrganisationName(12)).toEqual({ ok: false, message: "il nome dell'ente non è un testo" });
    expect(parseOrganisationName('x'.repeat(121))).toEqual({ ok: false, message: "il nome dell'ente è troppo lungo (121 caratteri, al massimo 120)" });
  });

  test('sheet name: as Excel allows it', () => {
    expect(parseSheetName('Piano 2022')).toEqual({ ok: true, name: 'Piano 2022' });
    expect(parseSheetName('')).toEqual({ ok: true, name: null });
    expect(parseSheetName('a/b').ok).toBe(false);
    expect(parseSheetName('x'.repeat(32))).toEqual({ ok: false, message: `il nome del foglio «${'x'.repeat(32)}» non è valido: al massimo 31 caratteri, senza : \\ / ? * [ ]` });
  });

  test('column mapping: an object or its JSON text; a malformed one says why', () => {
    expect(parseStoredMapping(MAPPING)).toEqual({ ok: true, mapping: MAPPING });
    expect(parseStoredMapping(JSON.stringify(MAPPING))).toEqual({ ok: true, mapping: MAPPING });
    expect(parseStoredMapping('')).toEqual({ ok: true, mapping: null });
    expect(parseStoredMapping({ ...MAPPING, columns: [{ col: 0, header: 'cod.', role: 'peso' }] })).toEqual({
      ok: false,
      message: 'la mappatura delle colonne salvata non è leggibile (columns[0].role: «peso» non è un ruolo ammesso (forse "action.weight"?)) e non viene usata',
    });
    const broken = parseStoredMapping('{"version"');
    expect(!broken.ok && broken.message).toMatch(/^la mappatura delle colonne salvata non è leggibile \(JSON non valido: .+\) e non viene usata$/);
  });
});

describe('parseSettingsFields', () => {
  test('keeps the usable fields and reports the others, each with its message', () => {
    const parsed = parseSettingsFields({
      profile: 'pavia',
      planYear: '1999',
      sheetName: 'Cruscotto',
      colours: '{"raggiunto": "#00ff00"}',
      organisationName: ' CCIAA di Pavia ',
      columnMapping: '{"version": 2}',
    });
    expect(parsed.fields).toEqual({ profile: 'pavia', sheetName: 'Cruscotto', colours: { raggiunto: '#00FF00' }, organisationName: 'CCIAA di Pavia' });
    expect(parsed.problems).toEqual([
      planYearMessage('1999'),
      expect.stringMatching(/^la mappatura delle colonne salvata non è leggibile \(version: «2» non è una versione nota \(atteso 1\); sheet: manca/),
    ]);
    expect(parsed.unknownProfile).toBeNull();
  });

  test('an unknown profile is reported and named apart; absent fields stay absent', () => {
    expect(parseSettingsFields({ profile: 'milano' })).toEqual({ fields: {}, problems: [profileMessage('milano')], unknownProfile: 'milano', notes: [] });
    expect(parseSettingsFields({})).toEqual({ fields: {}, problems: [], unknownProfile: null, notes: [] });
    expect(parseSettingsFields({ columnMapping: MAPPING, planYear: null }).fields).toEqual({ columnMapping: MAPPING, planYear: null });
  });
});
