/** The «Regole di calcolo» form as plain fields: untouched it is the profile it came from; a typed rule reaches the profile. */
import { getProfile, profileNames } from '../../src/engine';
import { formFromProfile, profileFromForm } from '../../src/taskpane/rules/rulesForm';

test.each(profileNames())('%s: the form of a built-in profile gives the same profile back (plus where it came from)', (name) => {
  const read = profileFromForm(formFromProfile(getProfile(name)!, name));
  expect(read.ok && read.profile).toEqual({ ...getProfile(name)!, basedOn: name });
});

test('typed rules: Italian decimals, lists separated by «;», empty = none', () => {
  const form = { ...formFromProfile(getProfile('sondrio-2020')!, 'sondrio-2020'), livelli_soglia: '90; 75,5', target_strategico: '', righe: '0', parole_si: 'eseguito; ok' };
  const read = profileFromForm(form, '2026-12-03T10:00:00Z');
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.profile.defaultThresholdLevels).toEqual([90, 75.5]);
  expect(read.profile.defaultStrategicTarget).toBeNull();
  expect(read.profile.actionRoundingDecimals).toBe(0);
  expect(read.profile.binaryWords!.yes).toEqual(['eseguito', 'ok']);
  expect(read.profile.savedAt).toBe('2026-12-03T10:00:00Z');
});

test('a text that is not a number is named with its field', () => {
  const read = profileFromForm({ ...formFromProfile(getProfile('pavia')!, 'pavia'), soglia_parziale: 'metà', fasce: [{ da: '90', giudizio: '' }] });
  expect(read.ok ? [] : read.errors).toEqual(['esiti.soglia_parziale: «metà» non è un numero', 'fasce[1].giudizio: non può essere vuoto']);
});
