/** The user's own rules in the settings (issue 11): read with the document's rules, used before the named profile. */
import { getProfile } from '../../../src/engine';
import { profileToDocument } from '../../../src/engine/profile';
import { effectiveProfile, parseSettingsFields, parseStoredProfile } from '../../../src/layout/settings';

const custom = { ...getProfile('pavia')!, name: 'ente', label: 'Ente', savedAt: '2026-12-03T10:00:00Z' };

test('a stored document (object or JSON text) is the profile; a bad one is refused naming the field', () => {
  expect(parseStoredProfile(profileToDocument(custom))).toEqual({ ok: true, profile: custom, notes: [] });
  expect(parseStoredProfile(JSON.stringify(profileToDocument(custom)))).toEqual({ ok: true, profile: custom, notes: [] });
  expect(parseStoredProfile('')).toEqual({ ok: true, profile: null, notes: [] });
  const bad = parseStoredProfile({ ...profileToDocument(custom), metodo: 'magico' });
  expect(bad.ok ? '' : bad.message).toMatch(/^le regole di calcolo salvate non sono valide \(metodo: «magico» non è un valore ammesso/);
});

test('parseSettingsFields: a version 1 profile is used with a note; an invalid one is a problem', () => {
  const v1 = parseSettingsFields({ customProfile: JSON.stringify(getProfile('sondrio-2018')) });
  expect(v1.fields.customProfile?.name).toBe('sondrio-2018');
  expect(v1.notes[0]).toMatch(/^regole di calcolo salvate: profilo «sondrio-2018» salvato nel formato della versione 1/);
  expect(v1.problems).toEqual([]);
  const bad = parseSettingsFields({ customProfile: '{"versione": 2}' });
  expect(bad.fields.customProfile).toBeUndefined();
  expect(bad.problems[0]).toContain('nome: manca');
});

test('effectiveProfile: the user\'s rules before the named profile, the colours of the settings on top', () => {
  expect(effectiveProfile({ profile: 'sondrio-2020', customProfile: custom })!.name).toBe('ente');
  expect(effectiveProfile({ profile: 'sondrio-2018' })!.name).toBe('sondrio-2018');
  expect(effectiveProfile({ profile: 'milano' })).toBeNull();
  expect(effectiveProfile({ profile: 'sondrio-2020', customProfile: custom, colours: { raggiunto: '#00AA00' } })!.colours.raggiunto).toBe('#00AA00');
});
