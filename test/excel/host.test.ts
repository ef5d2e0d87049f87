import { generateCruscotto } from '../support/generate';
import { MOTIVATION_HEADER, OVERRIDE_HEADER } from '../../src/layout/outputColumns';
import { SUMMARY_SHEET_NAME, type SheetGrid } from '../../src/layout/types';
import { SETTINGS_KEY, parseSettings } from '../../src/excel/settings';
import { findSheet, getCell, sheetToGrid, usedRect } from './fake';
import { environment, expectedRun, hostOf, run } from './support';

const cruscotto = (): SheetGrid => generateCruscotto({ actions: 12, seed: 5 });

describe('settings', () => {
  it('round-trip through workbook.settings as JSON', async () => {
    const env = environment([cruscotto()]);
    const host = hostOf(env);
    expect(await host.loadSettings()).toEqual({ profile: 'sondrio-2020', planYear: null, sheetName: null });
    const settings = { profile: 'sondrio-2018', planYear: 2021, sheetName: 'Cruscotto', colours: { 'non-raggiunto': '#FF0000' } };
    await host.saveSettings(settings);
    const stored = env.state.settings.get(SETTINGS_KEY);
    expect(typeof stored).toBe('string');
    expect(JSON.parse(stored as string)).toMatchObject(settings);
    expect(await host.loadSettings()).toEqual({ ...settings, colours: { 'non-raggiunto': '#FF0000' } });
    // another session on the same file sees the same rules
    expect(await hostOf({ ...env, excel: env.excel }).loadSettings()).toEqual(await host.loadSettings());
  });

  it('refuse an unknown profile or a bad colour with an Italian message', async () => {
    const host = hostOf(environment([cruscotto()]));
    await expect(host.saveSettings({ profile: 'pavia-2099', planYear: null, sheetName: null })).rejects.toThrow('Il profilo «pavia-2099» non esiste.');
    await expect(host.saveSettings({ profile: 'sondrio-2020', planYear: null, sheetName: null, colours: { raggiunto: 'verde' } })).rejects.toThrow(/colore «verde»/);
    await expect(host.saveSettings({ profile: 'sondrio-2020', planYear: 1850, sheetName: null })).rejects.toThrow(/anno del piano «1850»/);
  });

  it('fall back to the defaults, with a warning, when what the workbook holds is unreadable', () => {
    expect(parseSettings('{not json').warning).toMatch(/non sono leggibili/);
    const partly = parseSettings(JSON.stringify({ profile: 'boh', planYear: 2020 }));
    expect(partly.settings).toEqual({ profile: 'sondrio-2020', planYear: 2020, sheetName: null });
    expect(partly.warning).toMatch(/profilo «boh» sconosciuto/);
  });

  it('need ExcelApi 1.4', async () => {
    const host = hostOf(environment([cruscotto()], { apiVersion: '1.3' }));
    await expect(host.loadSettings()).rejects.toThrow(/ExcelApi 1\.4/);
  });
});

describe('listSheets and displayLanguage', () => {
  it('lists the visible sheets but not the Riepilogo', async () => {
    const env = environment([cruscotto(), { name: 'Nascosto', cells: [[{ value: 1 }]], merges: [] }]);
    findSheet(env.state, 'Nascosto').visibility = 'Hidden';
    await run(env, true);
    expect(env.state.sheets.map((s) => s.name)).toContain(SUMMARY_SHEET_NAME);
    expect(await hostOf(env).listSheets()).toEqual(['Cruscotto']);
  });

  it("reports Excel's display language", () => {
    expect(hostOf(environment([cruscotto()], { displayLanguage: 'en-US' })).displayLanguage()).toBe('en-US');
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const env = environment([{ name: 'Primo', cells: [[{ value: 1 }]], merges: [] }, { name: 'Piano 2022', cells: [[{ value: 1 }]], merges: [] }]);
    await hostOf(env).selectCell("'Piano 2022'!P14");
    const active = env.state.sheets.find((s) => s.id === env.state.activeSheetId)!;
    expect(active.name).toBe('Piano 2022');
    expect(env.state.selection).toEqual({ sheetId: active.id, rect: { top: 13, left: 15, bottom: 13, right: 15 } });
    await hostOf(env).selectCell('Primo');
    expect(env.state.sheets.find((s) => s.id === env.state.activeSheetId)!.name).toBe('Primo');
  });

  it('says in Italian when the sheet is gone or the reference is not a cell', async () => {
    const host = hostOf(environment([cruscotto()]));
    await expect(host.selectCell('Sparito!A1')).rejects.toThrow('Il foglio «Sparito» non esiste più nella cartella di lavoro.');
    await expect(host.selectCell('Cruscotto!??')).rejects.toThrow(/non indica una cella/);
  });
});

describe('writeOverride', () => {
  it('creates "% assegnata" and "Motivazione" at the right of the used range, and the next run uses them', async () => {
    const env = environment([cruscotto()]);
    const first = expectedRun(env.state, 'Cruscotto', false);
    const node = first.report.nodes.find((n) => n.level === 'action' && n.achievement !== null && n.achievement < 100)!;
    expect(node.cell).toBeTruthy();
    const width = usedRect(findSheet(env.state, 'Cruscotto'), false)!.right + 1;
    const headerRow = first.read.layout!.headerBottom;

    await hostOf(env).writeOverride(node.cell!, 100, "Risultato raggiunto sentito l'OIV");
    const sheet = findSheet(env.state, 'Cruscotto');
    expect(getCell(sheet, headerRow, width)?.value).toBe(OVERRIDE_HEADER);
    expect(getCell(sheet, headerRow, width + 1)?.value).toBe(MOTIVATION_HEADER);
    const row = Number(/(\d+)$/.exec(node.cell!)![1]) - 1;
    expect(getCell(sheet, row, width)).toMatchObject({ value: 1, numberFormat: '0.00%' });
    expect(getCell(sheet, row, width + 1)?.value).toBe("Risultato raggiunto sentito l'OIV");

    // a second override reuses the columns
    const other = first.report.nodes.find((n) => n.level === 'action' && n.code !== node.code)!;
    await hostOf(env).writeOverride(other.cell!, 55.5, 'Motivo');
    expect(usedRect(findSheet(env.state, 'Cruscotto'), false)!.right).toBe(width + 1);

    const outcome = await run(env, false);
    const after = outcome.report.nodes.find((n) => n.level === 'action' && n.code === node.code)!;
    expect(after.achievement).toBe(100);
    expect(after.formulaAchievement).toBe(node.formulaAchievement);
    const again = expectedRun(env.state, 'Cruscotto', false);
    expect(sheetToGrid(env.state, 'Cruscotto').cells[row][width].value).toBe(1);
    expect(again.read.layout!.columns.some((c) => c.role === 'action.override')).toBe(true);
  });

  it('refuses a percentage out of range or a missing motivation, in Italian', async () => {
    const host = hostOf(environment([cruscotto()]));
    await expect(host.writeOverride('Cruscotto!L6', 120, 'x')).rejects.toThrow(/tra 0 e 100/);
    await expect(host.writeOverride('Cruscotto!L6', 50, '   ')).rejects.toThrow(/motivazione è obbligatoria/);
    await expect(host.writeOverride('Cruscotto!A1', 50, 'x')).rejects.toThrow(/intestazione/);
  });
});
