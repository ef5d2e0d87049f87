/** @jest-environment jsdom */
/** Issue 9 in the pane: the «Periodo» setting and the «Monitoraggio al 30/6» view. */
import { act, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { App } from '../../src/taskpane/App';
import { I18nContext } from '../../src/taskpane/i18n/I18nContext';
import { IT } from '../../src/taskpane/i18n/strings';
import { useSettings } from '../../src/taskpane/settings/useSettings';
import { issue9Outcome, monitoringRows } from './issue9Fixtures';
import { createMockHost, PROFILE_OPTIONS, sondrioOutcome } from './mockHost';
import { renderWithFluent, useFakeClock } from './setup';

useFakeClock();

async function runWith(host = createMockHost({ outcome: issue9Outcome({ monitoring: monitoringRows() }) }), label = 'Ricalcola') {
  renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
  fireEvent.click(screen.getByRole('button', { name: label }));
  await screen.findByTestId('ente-figure');
  return host;
}

const view = () => screen.getByTestId('monitoring');
const row = (code: string) => within(view()).getByText(code).closest('li') as HTMLElement;

describe('«Monitoraggio al 30/6» after a run in the period monitoraggio', () => {
  test('each indicator: scostamento in its unit, state, figures compared, and the year-end note where it applies', async () => {
    await runWith();
    expect(within(view()).getByRole('heading', { name: 'Monitoraggio al 30/6' })).toBeTruthy();
    expect(within(view()).getByTestId('monitoring-counts').textContent).toBe('3 in linea, 1 in ritardo, 1 non rilevabile');

    const one = row('1.1.1.1');
    expect(within(one).getByTestId('monitoring-deviation').textContent).toBe('Scostamento: +1');
    expect(within(one).getByText('in linea')).toBeTruthy();
    expect(within(one).getByText('risultato 6 · target al 30/6 5')).toBeTruthy();
    expect(within(one).queryByTestId('monitoring-note')).toBeNull();

    const late = row('1.1.1.2');
    expect(within(late).getByTestId('monitoring-deviation').textContent).toBe('Scostamento: -4');
    expect(within(late).getByText('in ritardo')).toBeTruthy();
    expect(late.getAttribute('data-state')).toBe('in-ritardo');

    // Brescia 1.1.1.3: no 30/6 target, measured on the 31/12 one, and said once
    const yearEnd = row('1.1.1.3');
    expect(within(yearEnd).getByTestId('monitoring-deviation').textContent).toBe('Scostamento: +18');
    expect(within(yearEnd).getByText('risultato 38 · target al 31/12 20')).toBeTruthy();
    expect(within(yearEnd).getAllByTestId('monitoring-note').map((n) => n.textContent)).toEqual(['nessun target al 30/6: usato quello al 31/12']);

    // percentages in points, Italian decimals
    expect(within(row('3.1.4.5')).getByTestId('monitoring-deviation').textContent).toBe('Scostamento: -2,01 p.p.');

    const none = row('4.1.1');
    expect(within(none).getByText('non rilevabile')).toBeTruthy();
    expect(within(none).getByTestId('monitoring-deviation').textContent).toBe('Scostamento: n.d.');
    expect(within(none).getAllByTestId('monitoring-note').map((n) => n.textContent)).toEqual([
      'nessun target al 30/6: usato quello al 31/12',
      'manca il risultato',
    ]);
    // no cell: nothing to click
    expect(within(none).queryByRole('button')).toBeNull();
  });

  test('a click selects the indicator\'s cell and marks it current', async () => {
    const host = await runWith();
    fireEvent.click(within(view()).getByRole('button', { name: /Incontri con le associazioni/ }));
    expect(host.selectCell).toHaveBeenCalledWith('Obiettivi!K8');
    expect(row('1.1.1.2').getAttribute('aria-current')).toBe('true');
  });

  test('no view in the period consuntivo', async () => {
    await runWith(createMockHost({ outcome: sondrioOutcome() }));
    expect(screen.queryByTestId('monitoring')).toBeNull();
  });

  test('English', async () => {
    await runWith(createMockHost({ language: 'en-US', outcome: issue9Outcome({ monitoring: monitoringRows() }) }), 'Recalculate');
    expect(within(view()).getByRole('heading', { name: 'Monitoring at 30 June' })).toBeTruthy();
    expect(within(view()).getByTestId('monitoring-counts').textContent).toBe('3 on track, 1 behind, 1 not measurable');
    expect(within(row('1.1.1.2')).getByText('behind')).toBeTruthy();
    expect(within(row('3.1.4.5')).getByTestId('monitoring-deviation').textContent).toBe('Deviation: -2.01 pp');
    expect(within(row('1.1.1.3')).getByText('result 38 · target at 31/12 20')).toBeTruthy();
    expect(within(row('1.1.1.3')).getAllByTestId('monitoring-note').map((n) => n.textContent)).toEqual(['no 30/6 target: the 31/12 one is used']);
  });
});

describe('«Periodo» in the settings', () => {
  async function openSettings(host = createMockHost()) {
    renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
    fireEvent.click(screen.getByRole('button', { name: host.displayLanguage() === 'en-US' ? 'Show settings' : 'Mostra impostazioni' }));
    await screen.findByRole('button', { name: /^(Salva impostazioni|Save settings)$/ });
    return host;
  }

  test('Consuntivo by default; Monitoraggio is saved with the other settings, and back to Consuntivo removes it', async () => {
    const host = await openSettings();
    const period = screen.getByLabelText(/^Periodo/) as HTMLSelectElement;
    expect(within(period).getAllByRole('option').map((o) => o.textContent)).toEqual(['Consuntivo (31/12)', 'Monitoraggio (30/6)']);
    expect(period.value).toBe('consuntivo');
    expect(screen.getByText('Monitoraggio: scostamenti dal target al 30/6')).toBeTruthy();
    fireEvent.change(period, { target: { value: 'monitoraggio' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText('Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.');
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: 'sondrio-2020', planYear: 2020, sheetName: null, period: 'monitoraggio' });

    fireEvent.change(period, { target: { value: 'consuntivo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(2));
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: 'sondrio-2020', planYear: 2020, sheetName: null });
  });

  test('a stored monitoraggio is shown, and kept by a save that changes something else', async () => {
    const host = await openSettings(createMockHost({ settings: { profile: 'sondrio-2020', planYear: 2019, sheetName: null, period: 'monitoraggio' } }));
    expect((screen.getByLabelText(/^Periodo/) as HTMLSelectElement).value).toBe('monitoraggio');
    fireEvent.change(screen.getByLabelText(/Anno del piano/), { target: { value: '2020' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText('Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.');
    expect(host.saveSettings).toHaveBeenCalledWith({ profile: 'sondrio-2020', planYear: 2020, sheetName: null, period: 'monitoraggio' });
  });

  test('English labels', async () => {
    await openSettings(createMockHost({ language: 'en-US' }));
    const period = screen.getByLabelText(/^Period/) as HTMLSelectElement;
    expect(within(period).getAllByRole('option').map((o) => o.textContent)).toEqual(['Year end (31/12)', 'Monitoring (30/6)']);
  });

  test('a period the rules refuse is not saved, with a message (the rule of src/layout/settings)', async () => {
    const host = createMockHost();
    const wrapper = ({ children }: { children: ReactNode }) => createElement(I18nContext.Provider, { value: { language: 'it', t: IT } }, children);
    const { result } = renderHook(() => useSettings({ host, profiles: PROFILE_OPTIONS }), { wrapper });
    await waitFor(() => expect(result.current.loading).toBe(false));
    act(() => result.current.setPeriod('trimestre'));
    act(() => result.current.save());
    expect(result.current.errors.period).toBe('«trimestre» non è un periodo valido: scegliere Consuntivo (31/12) oppure Monitoraggio (30/6)');
    expect(host.saveSettings).not.toHaveBeenCalled();
    act(() => result.current.setPeriod(' Monitoraggio '));
    act(() => result.current.save());
    await waitFor(() => expect(result.current.saved).toBe(true));
    expect(host.saveSettings.mock.calls[0][0].period).toBe('monitoraggio');
  });
});
