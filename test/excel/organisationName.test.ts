/** The body's name ("ente") as a workbook setting: stored in workbook.settings, used in the Riepilogo title. */
import { SETTINGS_KEY, parseSettings, serialiseSettings, validateSettings } from '../../src/excel/settings';
import { generateCruscotto } from '../support/generate';
import { ORGANISATION_NAME_MAX_LENGTH, SUMMARY_SHEET_NAME, type CruscottoSettings, type SheetGrid } from '../../src/layout/types';
import { FORMULA_RESULT, findSheet, getCell } from './fake';
import { environment, hostOf, run } from './support';

const SONDRIO = 'Camera di commercio di Sondrio';
const cruscotto = (): SheetGrid => generateCruscotto({ actions: 12, seed: 11, planYear: 2022 });
const base: CruscottoSettings = { profile: 'sondrio-2020', planYear: null, sheetName: null };

function summaryTitleCell(env: ReturnType<typeof environment>) {
  return getCell(findSheet(env.state, SUMMARY_SHEET_NAME), 0, 0);
}

describe('organisationName in workbook.settings', () => {
  it('round-trips, trimmed, and another session sees it', async () => {
    const env = environment([cruscotto()]);
    await hostOf(env).saveSettings({ ...base, organisationName: `  ${SONDRIO}\t ` });
    expect(JSON.parse(env.state.settings.get(SETTINGS_KEY) as string).organisationName).toBe(SONDRIO);
    expect(await hostOf(env).loadSettings()).toEqual({ ...base, organisationName: SONDRIO });
  });

  it('is cleared by saving settings without it (null, blank or absent)', async () => {
    const env = environment([cruscotto()]);
    const host = hostOf(env);
    for (const cleared of [{ organisationName: null }, { organisationName: '   ' }, {}]) {
      await host.saveSettings({ ...base, organisationName: SONDRIO });
      expect((await host.loadSettings()).organisationName).toBe(SONDRIO);
      await host.saveSettings({ ...base, ...cleared });
      const loaded = await host.loadSettings();
      expect(loaded.organisationName ?? null).toBeNull();
      expect(JSON.parse(env.state.settings.get(SETTINGS_KEY) as string)).not.toHaveProperty('organisationName');
    }
  });

  it('accepts 120 characters and refuses 121 with an Italian message', async () => {
    const host = hostOf(environment([cruscotto()]));
    const longest = 'C'.repeat(ORGANISATION_NAME_MAX_LENGTH);
    await host.saveSettings({ ...base, organisationName: `  ${longest}  ` });
    expect((await host.loadSettings()).organisationName).toBe(longest);
    await expect(host.saveSettings({ ...base, organisationName: `${longest}x` })).rejects.toThrow(
      "Il nome dell'ente è troppo lungo (121 caratteri, al massimo 120).",
    );
    // the refused name did not replace the stored one
    expect((await host.loadSettings()).organisationName).toBe(longest);
    expect(() => validateSettings({ ...base, organisationName: 42 as unknown as string })).toThrow("Il nome dell'ente non è un testo.");
  });

  it('falls back to no name, with a warning, when the stored name is unusable', () => {
    const tooLong = parseSettings(JSON.stringify({ profile: 'sondrio-2020', organisationName: 'x'.repeat(200) }));
    expect(tooLong.settings).toEqual(base);
    expect(tooLong.warning).toMatch(/nome dell'ente è troppo lungo \(200 caratteri, al massimo 120\)/);
    const notText = parseSettings(JSON.stringify({ profile: 'sondrio-2020', organisationName: { nome: 'x' } }));
    expect(notText.settings.organisationName).toBeUndefined();
    expect(notText.warning).toMatch(/nome dell'ente non è un testo/);
    expect(parseSettings(JSON.stringify({ profile: 'sondrio-2020', organisationName: '  ' }))).toEqual({ settings: base, warning: null });
    expect(parseSettings(JSON.stringify({ profile: 'sondrio-2020', organisationName: ` ${SONDRIO} ` })).settings.organisationName).toBe(SONDRIO);
  });

  it('is serialised only when there is a name', () => {
    expect(JSON.parse(serialiseSettings(base))).not.toHaveProperty('organisationName');
    expect(JSON.parse(serialiseSettings({ ...base, organisationName: ' A ' })).organisationName).toBe('A');
  });
});

describe('the Riepilogo title in Excel', () => {
  it('carries the year and the body name from the settings', async () => {
    const env = environment([cruscotto()]);
    await hostOf(env).saveSettings({ ...base, organisationName: SONDRIO });
    const outcome = await run(env, true);
    expect(outcome.summaryWritten).toBe(true);
    expect(outcome.diagnostics.filter((d) => d.code === 'settings')).toEqual([]);
    expect(summaryTitleCell(env)?.value).toBe(`Relazione sulla performance 2022 — ${SONDRIO}`);
  });

  it('has the year alone without the setting', async () => {
    const env = environment([cruscotto()]);
    await run(env, true);
    expect(summaryTitleCell(env)?.value).toBe('Relazione sulla performance 2022');
  });

  it('follows a change of the setting on the next run', async () => {
    const env = environment([cruscotto()]);
    const host = hostOf(env);
    await host.saveSettings({ ...base, organisationName: SONDRIO });
    await run(env, true);
    await host.saveSettings({ ...base, organisationName: 'Camera di commercio di Pavia' });
    await run(env, true);
    expect(summaryTitleCell(env)?.value).toBe('Relazione sulla performance 2022 — Camera di commercio di Pavia');
    expect(env.state.sheets.filter((s) => s.name === SUMMARY_SHEET_NAME)).toHaveLength(1);
  });

  it('writes a name that looks like a formula as text, stored and shown as typed', async () => {
    const name = '=HYPERLINK("x")';
    const env = environment([cruscotto()]);
    await hostOf(env).saveSettings({ ...base, organisationName: name });
    expect(JSON.parse(env.state.settings.get(SETTINGS_KEY) as string).organisationName).toBe(name);
    await run(env, true);
    const title = summaryTitleCell(env);
    expect(title?.value).toBe(`Relazione sulla performance 2022 — ${name}`);
    expect(title?.formula).toBeUndefined();
    const cells = findSheet(env.state, SUMMARY_SHEET_NAME).rows.flatMap((line) => line ?? []).filter((c) => c !== undefined);
    expect(cells.some((c) => c!.formula !== undefined || c!.value === FORMULA_RESULT)).toBe(false);
  });
});
