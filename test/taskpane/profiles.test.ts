import { profileOptions } from '../../src/taskpane/profiles';

test('the settings offer the engine profiles, default first, with their Italian labels and colours', () => {
  const options = profileOptions();
  expect(options.map((o) => o.name)).toEqual(expect.arrayContaining(['sondrio-2020', 'sondrio-2018', 'pavia']));
  expect(options[0].name).toBe('sondrio-2020');
  for (const o of options) {
    expect(o.label.length).toBeGreaterThan(0);
    expect(o.colours?.raggiunto).toMatch(/^#[0-9A-F]{6}$/i);
  }
});
