/** @jest-environment jsdom */
/** The pane's wiring of the "Colonne" view, the stale-mapping notice, Verifica and where the summary went. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { checks, notRecognisedOutcome, recognisedOutcome } from './mappingFixtures';
import { createMockHost, PROFILE_OPTIONS, sondrioOutcome, type MockHostOptions } from './mockHost';
import { renderWithFluent, useFakeClock } from './setup';

useFakeClock();

async function runApp(options: MockHostOptions) {
  const host = createMockHost(options);
  renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
  fireEvent.click(screen.getByText('Ricalcola'));
  await screen.findByTestId('ente-figure');
  return host;
}

const toggle = () => screen.getByText(/^(Mostra|Nascondi) colonne$/).closest('button') as HTMLButtonElement;

describe('Colonne in the pane', () => {
  test('a sheet not recognised opens the view with the proposal, the sentence, and the focus', async () => {
    const host = await runApp({ outcome: notRecognisedOutcome() });
    const view = await screen.findByTestId('column-mapping');
    expect(screen.getByTestId('mapping-not-recognised').textContent).toContain('Il foglio non è stato riconosciuto');
    expect(view.textContent).toContain('Foglio «Piano 2023»');
    expect(document.activeElement?.id).toBe('cruscotto-mapping-heading');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    // the run's own diagnostics are still listed
    expect(screen.getByText('intestazione non riconosciuta')).toBeTruthy();

    // the proposal left the target "non usata": saving is refused until it is set
    fireEvent.click(screen.getByText('Salva mappatura'));
    expect(screen.getByText('Indicare la colonna del target delle voci misurate (Azione).')).toBeTruthy();
    const target = [...document.querySelectorAll('li[data-col="F"] select')][0] as HTMLSelectElement;
    fireEvent.change(target, { target: { value: 'action.target' } });
    fireEvent.click(screen.getByText('Salva mappatura'));
    await waitFor(() => expect(host.ricalcola).toHaveBeenCalledTimes(2));
    const saved = host.saveSettings.mock.calls[0][0];
    expect(saved.profile).toBe('sondrio-2020');
    expect(saved.columnMapping!.columns[5]).toEqual({ col: 5, header: 'Target 2023', role: 'action.target', year: 2023 });
  });

  test('a recognised sheet: the view stays closed until "Mostra colonne"', async () => {
    await runApp({ outcome: recognisedOutcome() });
    expect(screen.queryByTestId('column-mapping')).toBeNull();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle());
    expect(screen.getByTestId('mapping-header-rows').textContent).toBe('Intestazione: righe 3–4');
    expect(toggle().textContent).toBe('Nascondi colonne');
    expect(screen.queryByTestId('mapping-not-recognised')).toBeNull();
  });

  test('an outcome without layout nor proposal (older back end) shows no mapping controls', async () => {
    await runApp({ outcome: sondrioOutcome() });
    expect(screen.queryByText(/colonne$/)).toBeNull();
  });

  test('a saved mapping that no longer fits: a notice with a button that opens the view', async () => {
    const outcome = recognisedOutcome();
    outcome.diagnostics = [
      ...outcome.diagnostics,
      {
        severity: 'warning',
        cell: 'Cruscotto',
        message: 'Cruscotto: la mappatura delle colonne salvata non corrisponde più al foglio (colonna F: «Target»); uso il riconoscimento automatico',
        code: 'mapping-stale',
      },
    ];
    await runApp({ outcome });
    const notice = screen.getByTestId('stale-mapping');
    expect(notice.textContent).toContain('Mappatura delle colonne da rivedere');
    expect(notice.textContent).toContain('La mappatura delle colonne salvata non corrisponde più al foglio');
    fireEvent.click(screen.getByText('Rivedi le colonne'));
    expect(screen.getByTestId('column-mapping')).toBeTruthy();
    expect(document.activeElement?.id).toBe('cruscotto-mapping-heading');
  });
});

describe('Verifica and the summary sheet', () => {
  test('checks are listed and a click selects the cell; no section without checks', async () => {
    const outcome = sondrioOutcome();
    outcome.report.checks = checks();
    const host = await runApp({ outcome });
    const section = screen.getByTestId('checks');
    expect(section.textContent).toContain('Verifica (2)');
    const item = screen.getByText('la percentuale in AB12 è 85,00, il calcolo dà 80,00').closest('button')!;
    expect(item.getAttribute('title')).toBe('Vai alla cella Cruscotto!AB12');
    fireEvent.click(item);
    expect(host.selectCell).toHaveBeenCalledWith('Cruscotto!AB12');
    expect(item.getAttribute('aria-current')).toBe('true');
  });

  test('no Verifica without checks; the summary sheet is named when it is not «Riepilogo»', async () => {
    const outcome = sondrioOutcome();
    outcome.report.checks = [];
    outcome.summarySheet = 'Riepilogo Cruscotto';
    await runApp({ outcome });
    expect(screen.queryByTestId('checks')).toBeNull();
    expect(screen.getByTestId('summary-location').textContent).toBe(
      'Il riepilogo è nel foglio «Riepilogo Cruscotto»: il foglio «Riepilogo» esistente non è stato toccato.',
    );
  });

  test('no note when the summary went to «Riepilogo»', async () => {
    const outcome = sondrioOutcome();
    outcome.summarySheet = 'Riepilogo';
    await runApp({ outcome });
    expect(screen.queryByTestId('summary-location')).toBeNull();
  });

  test('English note', async () => {
    const outcome = sondrioOutcome();
    outcome.summarySheet = 'Riepilogo (2)';
    const host = createMockHost({ outcome, language: 'en-GB' });
    renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
    fireEvent.click(screen.getByText('Recalculate'));
    expect((await screen.findByTestId('summary-location')).textContent).toBe(
      'The summary is in the sheet «Riepilogo (2)»: the existing «Riepilogo» sheet was not touched.',
    );
  });
});
