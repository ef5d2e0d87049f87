import { generateCruscotto } from '../support/generate';
import { createOfficeHost } from '../../src/excel/officeHost';
import type { CruscottoHost } from '../../src/excel/host';
import { dialogNotifier, messageUrl } from '../../src/commands/notify';
import { outcomeMessage } from '../../src/commands/outcomeMessage';
import { registerCommands } from '../../src/commands/register';
import { COMMAND_TIME_LIMIT_MS, runCommand } from '../../src/commands/runCommand';
import { bootCommands } from '../../src/commands/boot';
import { SUMMARY_SHEET_NAME } from '../../src/layout/types';
import { createFakeEnvironment, findSheet, type FakeEnvironment } from '../excel/fake';

const PAGE = 'https://localhost:3000/message.html';

function setup(options: Parameters<typeof createFakeEnvironment>[1] = {}, grid = generateCruscotto({ actions: 20, seed: 11 })) {
  const env: FakeEnvironment = createFakeEnvironment([grid], options);
  const host = () => createOfficeHost({ excel: env.excel, office: env.office });
  const notify = dialogNotifier(env.office, PAGE, host().displayLanguage() === 'en-US' ? 'en' : 'it');
  const event = { completed: jest.fn() };
  return { env, host, notify, event };
}

describe('ribbon commands', () => {
  it('Ricalcola: runs, reports the ente figure in a dialog, completes once', async () => {
    const { env, host, notify, event } = setup();
    const message = await runCommand('ricalcola', { host, notify }, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(message.ok).toBe(true);
    expect(message.text).toMatch(/^Ricalcolo completato: performance di ente \d{1,3},\d{2}% \(.+\)$/);
    expect(env.office.dialogs).toHaveLength(1);
    expect(env.office.dialogs[0].message).toBe(message.text);
    expect(env.office.dialogs[0].url.startsWith(`${PAGE}?`)).toBe(true);
    expect(env.office.dialogs[0].closed).toBe(true);
    expect(env.state.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name)).toEqual(['Cruscotto']);
  });

  it('Riepilogo: builds the summary sheet', async () => {
    const { env, host, notify, event } = setup();
    const message = await runCommand('riepilogo', { host, notify }, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(message.text).toMatch(/^Riepilogo aggiornato: performance di ente/);
    // fit to one page wide is applied only with the Page Layout tab open (office-js #1860): the user is told
    expect(message.text).toMatch(/scheda «Layout di pagina»/);
    expect(findSheet(env.state, SUMMARY_SHEET_NAME).charts).toHaveLength(1);
  });

  it('a failure is shown, in Italian, and still completes once', async () => {
    const { env, host, notify, event } = setup({ apiVersion: '1.6' });
    const message = await runCommand('ricalcola', { host, notify }, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(message.ok).toBe(false);
    expect(message.text).toMatch(/^Ricalcolo non riuscito: Questa versione di Excel non supporta/);
    expect(env.office.dialogs[0].message).toBe(message.text);
  });

  it('errors in the sheet are listed with their cells', async () => {
    const grid = generateCruscotto({ actions: 20, seed: 11 });
    const { getProfile } = await import('../../src/engine');
    const { runPipeline } = await import('../../src/layout/pipeline');
    const read = runPipeline(grid, { profile: getProfile('sondrio-2020')! }).read;
    const actions = [...read.locations.values()].filter((l) => l.columns.result !== undefined).slice(0, 2);
    expect(actions).toHaveLength(2);
    for (const l of actions) grid.cells[l.row][l.columns.result!] = { value: '12,3,4', numberFormat: 'General' };
    const { host, notify, event } = setup({}, grid);
    const message = await runCommand('ricalcola', { host, notify }, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(message.ok).toBe(false);
    expect(message.text).toMatch(/^2 errori: Cruscotto!V\d+: il risultato «12,3,4» non è un numero; Cruscotto!V\d+: /);
  });

  it('speaks English when Excel does', async () => {
    const env = createFakeEnvironment([generateCruscotto({ actions: 20, seed: 11 })], { displayLanguage: 'en-US' });
    const host = () => createOfficeHost({ excel: env.excel, office: env.office });
    const event = { completed: jest.fn() };
    const message = await runCommand('ricalcola', { host, notify: dialogNotifier(env.office, PAGE, 'en') }, event);
    expect(message.text).toMatch(/^Recalculation complete: organisation performance \d{1,3}\.\d{2}% /);
    expect(new URL(env.office.dialogs[0].url).searchParams.get('lang')).toBe('en');
  });

  it('completes once even when the host cannot be built and the dialog cannot open', async () => {
    const { env } = setup({ dialogBehaviour: 'fails' });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const event = { completed: jest.fn() };
    const broken = (): CruscottoHost => {
      throw new Error('Office non pronto');
    };
    const message = await runCommand('riepilogo', { host: broken, notify: dialogNotifier(env.office, PAGE, 'it') }, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(message.text).toBe('Riepilogo non creato: Operazione non riuscita: Office non pronto');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('Riepilogo non creato'));
    errors.mockRestore();
  });

  it('completes once when notifying itself throws', async () => {
    const { host, event } = setup();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const message = await runCommand('ricalcola', { host, notify: () => Promise.reject(new Error('boom')) }, event);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(message.ok).toBe(true);
  });

  it('ends the wait when the user does not close the dialog', async () => {
    jest.useFakeTimers();
    try {
      const { env, host, event } = setup({ dialogBehaviour: 'stays-open' });
      const done = runCommand('ricalcola', { host, notify: dialogNotifier(env.office, PAGE, 'it', 1000) }, event);
      await jest.advanceTimersByTimeAsync(1500);
      await done;
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(env.office.dialogs[0].closed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('registers both functions with Office.actions and on the page', async () => {
    const { env, host, notify } = setup();
    const scope: Record<string, unknown> = {};
    registerCommands(env.office.actions, host, notify, scope);
    expect([...env.office.associated.keys()]).toEqual(['ricalcola', 'riepilogo']);
    expect(typeof scope.riepilogo).toBe('function');
    const event = { completed: jest.fn() };
    await env.office.associated.get('riepilogo')!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(env.state.sheets.map((s) => s.name)).toContain(SUMMARY_SHEET_NAME);
  });
});

describe('the outcome dialog on Excel on the web', () => {
  const inIframe = (options: unknown): boolean => !!(options as { displayInIframe?: boolean }).displayInIframe;

  it('is asked again in a window when the iframe dialog fails (error 5001)', async () => {
    const { env, host, notify, event } = setup({ iframeDialog: 'fails' });
    const message = await runCommand('ricalcola', { host, notify }, event);
    expect(env.office.dialogAttempts.map((a) => [inIframe(a.options), a.status])).toEqual([[true, 'failed'], [false, 'succeeded']]);
    expect(env.office.dialogs).toHaveLength(1);
    expect(env.office.dialogs[0].message).toBe(message.text);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('is asked again in a window when the iframe dialog never answers (office-js #5199)', async () => {
    jest.useFakeTimers();
    try {
      const { env, host, event } = setup({ iframeDialog: 'never-answers' });
      const done = runCommand('ricalcola', { host, notify: dialogNotifier(env.office, PAGE, 'it', 60_000, 5_000) }, event);
      await jest.advanceTimersByTimeAsync(6_000);
      const message = await done;
      expect(env.office.dialogAttempts.map((a) => [inIframe(a.options), a.status])).toEqual([[true, null], [false, 'succeeded']]);
      expect(env.office.dialogs[0].message).toBe(message.text);
      expect(event.completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('carries no line break in its URL (an iframe dialog fails on "%0A", office-js #2762), and keeps the text', async () => {
    const { env, notify } = setup();
    await notify({ ok: false, text: 'Ricalcolo non riuscito:\nprima riga\r\nseconda riga' });
    expect(env.office.dialogAttempts).toHaveLength(1);
    expect(env.office.dialogAttempts[0].status).toBe('succeeded');
    expect(env.office.dialogAttempts[0].url).not.toMatch(/%0[AD]/i);
    expect(env.office.dialogs[0].message).toBe('Ricalcolo non riuscito: prima riga seconda riga');
  });

  it('goes to the console when no dialog can open at all', async () => {
    const { env, notify } = setup({ iframeDialog: 'fails', dialogBehaviour: 'fails' });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await notify({ ok: true, text: 'Ricalcolo completato' });
      expect(env.office.dialogAttempts).toHaveLength(2);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('Cruscotto: Ricalcolo completato'));
    } finally {
      errors.mockRestore();
    }
  });
});

describe("Excel's 5-minute limit on function commands", () => {
  /** A host whose run takes `ms` (a large workbook on a slow connection). */
  const slowHost = (host: () => CruscottoHost, ms: number) => (): CruscottoHost => {
    const inner = host();
    return { ...inner, ricalcola: async (o) => {
      const outcome = await inner.ricalcola(o);
      await new Promise((r) => setTimeout(r, ms));
      return outcome;
    } };
  };

  it('closes a dialog nobody closes and completes before the limit, the run included', async () => {
    jest.useFakeTimers();
    try {
      const { env, host } = setup({ dialogBehaviour: 'stays-open' });
      const event = env.office.commandEvent();
      const done = runCommand('ricalcola', { host: slowHost(host, 4 * 60_000), notify: dialogNotifier(env.office, PAGE, 'it') }, event);
      await jest.advanceTimersByTimeAsync(COMMAND_TIME_LIMIT_MS + 60_000);
      await done;
      expect(event.completions).toBe(1);
      expect(event.timedOut).toBe(false);
      expect(env.office.dialogs).toHaveLength(1);
      expect(env.office.dialogs[0].closed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('closes a dialog that opens only after the time ran out (the user was slow to allow it)', async () => {
    jest.useFakeTimers();
    try {
      // the iframe dialog fails, the one in a window waits for the user to allow it
      const { env, host } = setup({ dialogBehaviour: 'stays-open', dialogOpenDelayMs: 60_000, iframeDialog: 'fails' });
      const event = env.office.commandEvent();
      const done = runCommand('riepilogo', { host: slowHost(host, 4 * 60_000), notify: dialogNotifier(env.office, PAGE, 'it') }, event);
      await jest.advanceTimersByTimeAsync(COMMAND_TIME_LIMIT_MS + 60_000);
      await done;
      expect(event.timedOut).toBe(false);
      expect(env.office.dialogAttempts).toHaveLength(2);
      expect(env.office.dialogs).toHaveLength(1);
      expect(env.office.dialogs[0].closed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('reports to the console when no time is left for a dialog', async () => {
    const { env, host } = setup();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let clock = 0;
    const late = (): CruscottoHost => {
      const inner = host();
      return { ...inner, ricalcola: async (o) => {
        const outcome = await inner.ricalcola(o);
        clock += COMMAND_TIME_LIMIT_MS - 1000;
        return outcome;
      } };
    };
    const event = { completed: jest.fn() };
    const now = jest.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const message = await runCommand('ricalcola', { host: late, notify: dialogNotifier(env.office, PAGE, 'it'), now: () => clock }, event);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(env.office.dialogs).toHaveLength(0);
      expect(errors).toHaveBeenCalledWith(`Cruscotto: ${message.text}`);
    } finally {
      now.mockRestore();
      errors.mockRestore();
    }
  });
});

describe('the function file', () => {
  it('registers both commands at once, and reads the display language when a command runs', async () => {
    const { env } = setup();
    const scope: Record<string, unknown> = {};
    bootCommands(env.office, env.excel, scope, 'https://localhost:3000/commands.html?_host_Info=Excel');
    expect(typeof scope.ricalcola).toBe('function');
    expect([...env.office.associated.keys()]).toEqual(['ricalcola', 'riepilogo']);
    env.office.context.displayLanguage = 'en-US';
    const event = env.office.commandEvent();
    await env.office.associated.get('ricalcola')!(event);
    expect(event.completions).toBe(1);
    const url = new URL(env.office.dialogs[0].url);
    expect(`${url.origin}${url.pathname}`).toBe(PAGE);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('msg')).toMatch(/^Recalculation complete/);
  });
});

describe('messages', () => {
  const outcome = (achievement: number | null, errors: string[] = [], band: string | null = 'Eccellente') => ({
    report: { profile: 'sondrio-2020', sheet: 'Cruscotto', organisation: { achievement, achievementWithoutOverrides: achievement, band }, nodes: [], diagnostics: [] },
    diagnostics: errors.map((m) => ({ severity: 'error' as const, cell: null, message: m, code: 'x' })),
    syncs: 3,
    summaryWritten: false,
  });

  it('formats the ente figure the Italian way', () => {
    expect(outcomeMessage('ricalcola', outcome(96.666666), 'it').text).toBe('Ricalcolo completato: performance di ente 96,67% (Eccellente)');
    expect(outcomeMessage('ricalcola', outcome(null, [], null), 'it').text).toBe('Ricalcolo completato: performance di ente non calcolabile');
  });

  it('says what else the run computed: the individual objectives sheet and the state at 30/6 (issue 9)', () => {
    const base = outcome(96.666666);
    const individuals = { sheet: 'Obiettivi individuali', persons: [{ person: 'SG', role: 'dirigente' as const, score: 100, scoreWithoutOverrides: 75, weightSum: 100, belowTarget: 0, objectives: [] }] };
    const row = (state: 'in-linea' | 'in-ritardo' | 'non-rilevabile') => ({ cell: null, code: null, title: 'x', target: null, targetPeriod: null, result: null, deviation: null, unit: null, state, stateLabel: state, note: null });
    const monitoring = { period: 'monitoraggio' as const, rows: [row('in-linea'), row('in-linea'), row('in-ritardo'), row('non-rilevabile')] };
    const full = { ...base, report: { ...base.report, individuals, monitoring } };
    expect(outcomeMessage('ricalcola', full, 'it').text).toBe(
      'Ricalcolo completato: performance di ente 96,67% (Eccellente); obiettivi individuali di 1 persona (foglio «Obiettivi individuali»); al 30/6 2 in linea, 1 in ritardo, 1 non rilevabili',
    );
    expect(outcomeMessage('ricalcola', full, 'en').text).toMatch(/; individual objectives of 1 person \(«Obiettivi individuali» sheet\); at 30\/6 2 on track, 1 behind, 1 not measurable$/);
  });

  it('lists at most five errors', () => {
    const errors = Array.from({ length: 7 }, (_, i) => `Cruscotto!P${14 + i}: il risultato «x» non è un numero`);
    const text = outcomeMessage('ricalcola', outcome(90, errors), 'it').text;
    expect(text.startsWith('7 errori: Cruscotto!P14: il risultato «x» non è un numero; Cruscotto!P15')).toBe(true);
    expect(text.endsWith('; e altri 2')).toBe(true);
    expect(outcomeMessage('ricalcola', outcome(90, errors.slice(0, 1)), 'it').text).toMatch(/^1 errore: /);
  });

  it('on a sheet not recognised, says to map its columns in the pane', () => {
    const notRecognised = { ...outcome(null, ['Foglio1: intestazione non trovata']), report: { ...outcome(null).report, layout: null } };
    expect(outcomeMessage('ricalcola', notRecognised, 'it').text).toBe(
      '1 errore: Foglio1: intestazione non trovata. Aprire il Pannello: nella vista «Colonne» si indica che cosa contiene ogni colonna, una volta sola.',
    );
    expect(outcomeMessage('ricalcola', notRecognised, 'en').text).toMatch(/Open the pane: in the «Colonne» view, say once what each column holds\.$/);
  });

  it('puts the message in the URL encoded, never as markup', () => {
    const url = messageUrl(PAGE, { ok: false, text: '1 errore: <b>x</b> & «y»' }, 'it');
    expect(url).not.toContain('<');
    expect(new URL(url).searchParams.get('msg')).toBe('1 errore: <b>x</b> & «y»');
  });
});
