/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * «Regole di calcolo» (issue 11) end to end: the editor, on the fake Excel host, previews the ente figure with the
 * edited rules in memory (no Excel write), saves the profile in workbook.settings; the same settings in an .xlsx
 * make the CLI compute the same figures; the pane's next Ricalcola applies them too.
 */
import '../support/textCodecs';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { profileDocumentText } from '../../src/engine/profile';
import { createOfficeHost } from '../../src/excel/officeHost';
import { parseSettings, SETTINGS_KEY } from '../../src/excel/settings';
import { generateCruscotto } from '../support/generate';
import type { JsonReport } from '../../src/layout/types';
import { App } from '../../src/taskpane/App';
import { profileOptions } from '../../src/taskpane/profiles';
import { saveWorkbook, worksheetFromGrid, writeSettings } from '../../src/xlsx';
import { createFakeEnvironment } from '../excel/fake';
import { renderWithFluent } from './setup';

// a hang guard, never a speed requirement (the preview recomputes after a pause in typing)
const HANG_GUARD = 300_000;

const GRID = generateCruscotto({ actions: 24, seed: 11, planYear: 2022 });

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function field(label: string): HTMLElement {
  return within(screen.getByRole('form', { name: 'Regole di calcolo' })).getByLabelText(label);
}

test('editor -> workbook.settings (fake Excel) -> the same settings in an .xlsx -> the CLI honours them', async () => {
  const env = createFakeEnvironment([GRID], { displayLanguage: 'it-IT' });
  const host = createOfficeHost({ excel: env.excel, office: env.office });
  renderWithFluent(<App host={host} profiles={profileOptions()} />);

  fireEvent.click(screen.getByRole('button', { name: 'Ricalcola' }));
  await screen.findByTestId('ente-figure', {}, { timeout: HANG_GUARD });
  const writesBefore = JSON.stringify([...env.state.sheets.map((s) => s.name)]);

  fireEvent.click(screen.getByRole('button', { name: 'Regole di calcolo' }));
  await screen.findByRole('form', { name: 'Regole di calcolo' });
  expect(screen.getByText('In uso: il profilo predefinito «Sondrio 2020-2022 (soglie 100/80/60)».')).toBeTruthy();
  // change two rules with plain controls: the method and the ente figure
  fireEvent.change(field('Metodo di calcolo delle righe'), { target: { value: 'binario' } });
  fireEvent.change(field('Valore degli obiettivi strategici'), { target: { value: 'raggiungimento' } });
  fireEvent.change(field('Nome breve'), { target: { value: 'camera-2024' } });
  fireEvent.change(field('Nome per esteso'), { target: { value: 'Camera 2024 (sì/no)' } });

  // the preview follows once typing pauses: wait until it shows the last rules (binario and raggiungimento)
  const now = (await screen.findByText(/^Ente ora: /, {}, { timeout: HANG_GUARD })).textContent!;
  await waitFor(() => expect(screen.getByText(/^Con queste regole: /).textContent).not.toBe(now.replace('Ente ora', 'Con queste regole')), { timeout: HANG_GUARD });
  const preview = screen.getByText(/^Con queste regole: /);
  // the preview wrote nothing: the workbook's sheets and settings are as they were
  expect(JSON.stringify([...env.state.sheets.map((s) => s.name)])).toBe(writesBefore);
  expect(env.state.settings.has(SETTINGS_KEY)).toBe(false);

  fireEvent.click(screen.getByRole('button', { name: 'Salva nella cartella di lavoro' }));
  await screen.findByText('Regole salvate nella cartella di lavoro: premere «Ricalcola» per applicarle.');
  expect(screen.getByText(/^In uso: «Camera 2024 \(sì\/no\)», salvate il \d\d\/\d\d\/\d{4}\.$/)).toBeTruthy();

  // what the editor stored in workbook.settings
  const stored = parseSettings(env.state.settings.get(SETTINGS_KEY));
  expect(stored.warning).toBeNull();
  const custom = stored.settings.customProfile!;
  expect(custom).toMatchObject({ name: 'camera-2024', method: 'binario', basedOn: 'sondrio-2020' });
  expect(custom.aggregation.organisationFigure).toBe('achievement');
  expect(JSON.parse(env.state.settings.get(SETTINGS_KEY) as string).rules.ente.valore).toBe('raggiungimento');

  // the pane's next Ricalcola applies the saved rules: its ente figure is the one the preview showed
  fireEvent.click(screen.getByRole('button', { name: 'Ricalcola' }));
  await waitFor(() => expect(screen.getByText(/^Ente ora: /).textContent!.replace('Ente ora', 'Con queste regole')).toBe(preview.textContent), { timeout: HANG_GUARD });
  const paneFigure = screen.getByTestId('ente-figure').textContent!;

  // the same settings in an .xlsx (the hidden settings sheet) -> the CLI computes the same way
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cruscotto-rules-'));
  try {
    const wb = new ExcelJS.Workbook();
    worksheetFromGrid(wb, GRID);
    writeSettings(wb, stored.settings);
    await saveWorkbook(wb, path.join(dir, 'cartella.xlsx'));
    const withRules = await cli(['ricalcola', 'cartella.xlsx', '--json', '-'], dir);
    expect(withRules.code).not.toBe(2);
    const report = JSON.parse(withRules.stdout) as JsonReport;
    expect(report.profile).toBe('camera-2024');
    const builtIn = JSON.parse((await cli(['ricalcola', 'cartella.xlsx', '-o', 'b.xlsx', '--profilo', 'sondrio-2020', '--json', '-'], dir)).stdout) as JsonReport;
    expect(report.organisation.achievement).not.toBe(builtIn.organisation.achievement);
    const shown = (n: number | null) => (n === null ? 'n.d.' : n.toFixed(2).replace('.', ','));
    expect(paneFigure).toContain(shown(report.organisation.achievement));
    // the saved rules are the whole profile: the same as passing them as a file
    await fs.writeFile(path.join(dir, 'regole.json'), profileDocumentText(custom), 'utf8');
    const viaFile = JSON.parse((await cli(['ricalcola', 'cartella.xlsx', '-o', 'f.xlsx', '--profilo', 'regole.json', '--json', '-'], dir)).stdout) as JsonReport;
    expect({ o: viaFile.organisation, n: viaFile.nodes }).toEqual({ o: report.organisation, n: report.nodes });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 60000);

test('an invalid rule is named and blocks saving', async () => {
  const env = createFakeEnvironment([GRID], { displayLanguage: 'it-IT' });
  const host = createOfficeHost({ excel: env.excel, office: env.office });
  renderWithFluent(<App host={host} profiles={profileOptions()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Regole di calcolo' }));
  await screen.findByRole('form', { name: 'Regole di calcolo' });
  fireEvent.change(field('Obiettivi operativi (%)'), { target: { value: 'ottanta' } });
  fireEvent.change(field('Livelli delle soglie (se il foglio non li indica)'), { target: { value: '60; 80' } });
  await screen.findByText('esiti.operativo_raggiunto: «ottanta» non è un numero');
  expect((screen.getByRole('button', { name: 'Salva nella cartella di lavoro' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(field('Obiettivi operativi (%)'), { target: { value: '80' } });
  await screen.findByText('livelli_soglia[2]: i livelli devono diminuire allontanandosi dal target (60 poi 80)');
  await act(async () => undefined);
  expect(env.state.settings.has(SETTINGS_KEY)).toBe(false);
});
