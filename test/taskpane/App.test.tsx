/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMockHost, PROFILE_OPTIONS, sondrioOutcome } from './mockHost';
import { renderWithFluent, useFakeClock } from './setup';

useFakeClock();

function renderApp(host = createMockHost()) {
  renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
  return host;
}

async function runOnce(label = 'Ricalcola') {
  fireEvent.click(screen.getByRole('button', { name: label }));
  await screen.findByTestId('ente-figure');
}

describe('run panel', () => {
  test('Ricalcola shows the ente figure, its band and the figure without overrides', async () => {
    const host = renderApp();
    expect(screen.queryByTestId('ente-figure')).toBeNull();
    await runOnce();
    expect(host.ricalcola).toHaveBeenCalledTimes(1);
    expect(host.ricalcola.mock.calls[0][0].summary).toBe(false);
    expect(screen.getByTestId('ente-figure').textContent).toBe('Performance di ente: 96,67% — Eccellente');
    expect(screen.getByTestId('ente-without-overrides').textContent).toBe('senza assegnazioni: 93,33%');
    expect(screen.getByTestId('diagnostic-counts').textContent).toBe('1 errore, 2 avvisi');
    // the number of Excel synchronisations is for developers: not in the run panel, only in «Dettagli tecnici»
    expect(within(screen.getByRole('region', { name: 'Ricalcola' })).queryByText(/Sincronizzazioni/)).toBeNull();
  });

  test('«Dettagli tecnici» is closed by default and holds the synchronisations, the profile and the sheet', async () => {
    renderApp();
    expect(screen.queryByTestId('technical-details')).toBeNull();
    await runOnce();
    const details = screen.getByTestId('technical-details') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Dettagli tecnici');
    // it comes after everything else in the pane
    expect(document.querySelector('main')?.lastElementChild).toBe(details);
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Sincronizzazioni con Excel: 4',
      'Profilo: sondrio-2020',
      'Foglio letto: Cruscotto',
    ]);
  });

  test('the figure without overrides is hidden when it is the same once rounded', async () => {
    const outcome = sondrioOutcome();
    outcome.report.organisation = { achievement: 96.666666, achievementWithoutOverrides: 96.6671, band: null };
    renderApp(createMockHost({ outcome }));
    await runOnce();
    expect(screen.getByTestId('ente-figure').textContent).toBe('Performance di ente: 96,67%');
    expect(screen.queryByTestId('ente-without-overrides')).toBeNull();
  });

  test('Genera riepilogo asks for the summary and reports it', async () => {
    const host = renderApp();
    await runOnce('Genera riepilogo');
    expect(host.ricalcola.mock.calls[0][0].summary).toBe(true);
    expect(screen.getByText(/Foglio «Riepilogo» aggiornato/)).toBeTruthy();
  });

  test('while running, the step is shown and the buttons are disabled', async () => {
    const host = createMockHost({ manual: true });
    renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Ricalcola' }));
    expect(await screen.findByText('Calcolo delle percentuali')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Calcolo delle percentuali' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Ricalcola' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Genera riepilogo' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => host.release());
    await screen.findByTestId('ente-figure');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((screen.getByRole('button', { name: 'Ricalcola' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('a failed run shows the host message in Italian', async () => {
    renderApp(createMockHost({ failWith: 'foglio «Cruscotto» non trovato' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ricalcola' }));
    expect(await screen.findByText('Calcolo non riuscito: foglio «Cruscotto» non trovato')).toBeTruthy();
    expect(screen.queryByTestId('ente-figure')).toBeNull();
  });
});

describe('performance tree', () => {
  test('expands and collapses with aria-expanded buttons', async () => {
    renderApp();
    await runOnce();
    // top level open: strategic objectives visible, operational ones not yet
    expect(screen.getByText('Competitività del territorio')).toBeTruthy();
    expect(screen.queryByText('Orientamento al lavoro')).toBeNull();

    const strategic = screen.getByRole('button', { name: 'Espandi 1 Competitività del territorio' });
    expect(strategic.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(strategic);
    expect(screen.getByText('Orientamento al lavoro')).toBeTruthy();
    const collapse = screen.getByRole('button', { name: 'Comprimi 1 Competitività del territorio' });
    expect(collapse.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Espandi 1.1 Orientamento al lavoro' }));
    expect(screen.getByText('Soggetti coinvolti')).toBeTruthy();

    fireEvent.click(collapse);
    expect(screen.queryByText('Orientamento al lavoro')).toBeNull();
    expect(screen.queryByText('Soggetti coinvolti')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Espandi tutto' }));
    expect(screen.getByText('Margine di struttura')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Comprimi tutto' }));
    expect(screen.queryByText('Competitività del territorio')).toBeNull();
  });

  test('badges carry Italian percentages and the status in words; overridden actions are marked', async () => {
    renderApp();
    await runOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Espandi tutto' }));
    const row = (code: string) => screen.getByText(code).closest('li') as HTMLElement;
    const ownRow = (code: string) => within(row(code).firstElementChild as HTMLElement);
    expect(ownRow('1.1.2').getByText('60,00%')).toBeTruthy();
    expect(ownRow('1.1.2').getByText('parzialmente raggiunto')).toBeTruthy();
    expect(ownRow('1.2.1').getByText('non raggiunto')).toBeTruthy();
    expect(ownRow('1.2.2').getByText('neutralizzata')).toBeTruthy();
    expect(ownRow('1.2.2').getByText('n.d.')).toBeTruthy();
    expect(ownRow('1').getByText('97,20% del target 80%')).toBeTruthy();
    expect(ownRow('8.1.1').getByText('assegnata')).toBeTruthy();
    expect(ownRow('8.1.2').queryByText('assegnata')).toBeNull();
    expect(ownRow('8.1').queryByText('assegnata')).toBeNull();
  });

  test('clicking a node title selects its cell', async () => {
    const host = renderApp();
    await runOnce();
    const title = screen.getByRole('button', { name: '1 Competitività del territorio' });
    expect(title.getAttribute('title')).toBe('Vai alla cella Cruscotto!B5');
    fireEvent.click(title);
    expect(host.selectCell).toHaveBeenCalledWith('Cruscotto!B5');
  });

  test('titles are data: markup and formulas are shown as plain text', async () => {
    const outcome = sondrioOutcome();
    outcome.report.nodes[1] = { ...outcome.report.nodes[1], title: '<b>x</b>' };
    outcome.report.nodes[9] = { ...outcome.report.nodes[9], title: '=SUM(A1)' };
    renderApp(createMockHost({ outcome }));
    await runOnce();
    expect(screen.getByText('<b>x</b>')).toBeTruthy();
    expect(screen.getByText('=SUM(A1)')).toBeTruthy();
    expect(document.querySelector('main b')).toBeNull();
  });
});

describe('diagnostics', () => {
  test('clicking a diagnostic selects its cell and marks it current', async () => {
    const host = renderApp();
    await runOnce();
    const item = screen.getByRole('button', { name: /il risultato «circa 30» non è un numero/ });
    expect(item.textContent).toContain('Errore');
    expect(item.textContent).toContain('Cruscotto!P14');
    fireEvent.click(item);
    expect(host.selectCell).toHaveBeenCalledWith('Cruscotto!P14');
    expect(item.getAttribute('aria-current')).toBe('true');
  });

  test('errors come first; a diagnostic without a cell is not a button', async () => {
    renderApp();
    await runOnce();
    const list = screen.getByRole('list', { name: /Segnalazioni/ });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-severity'))).toEqual(['error', 'warning', 'warning']);
    expect(within(items[2]).queryByRole('button')).toBeNull();
    expect(items[2].textContent).toContain('anno del piano non indicato');
  });

  test('a failed selection is reported', async () => {
    const host = createMockHost();
    host.selectCell.mockRejectedValueOnce(new Error('foglio protetto'));
    renderApp(host);
    await runOnce();
    fireEvent.click(screen.getByRole('button', { name: /circa 30/ }));
    expect(await screen.findByText('Impossibile selezionare la cella: foglio protetto')).toBeTruthy();
  });
});

describe('override editor', () => {
  // the editor's own controls are looked up inside the editor (a form named by its heading): a role query on
  // the whole expanded tree computes the name of every button in it, and the controls must be in the editor
  const editor = () => within(screen.getByRole('form', { name: 'Percentuale assegnata' }));
  const submit = () => editor().getByRole('button', { name: 'Registra e ricalcola' });

  async function openEditor(host = createMockHost()) {
    renderApp(host);
    await runOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Espandi tutto' }));
    fireEvent.click(screen.getByRole('button', { name: "Assegna una percentuale all'azione 1.1.2 Soggetti coinvolti" }));
    return host;
  }

  test('refuses an empty motivation and a bad percentage, then writes 60 for "60,0" and recalculates', async () => {
    const host = await openEditor();
    const pct = editor().getByLabelText(/Percentuale \(0-100\)/);
    const motivation = editor().getByLabelText(/Motivazione/);

    fireEvent.change(pct, { target: { value: '60,0' } });
    fireEvent.click(submit());
    expect(await editor().findByText('La motivazione è obbligatoria')).toBeTruthy();
    expect(host.writeOverride).not.toHaveBeenCalled();

    fireEvent.change(motivation, { target: { value: '   ' } });
    fireEvent.click(submit());
    expect(editor().getByText('La motivazione è obbligatoria')).toBeTruthy();
    expect(host.writeOverride).not.toHaveBeenCalled();

    fireEvent.change(pct, { target: { value: '120' } });
    fireEvent.change(motivation, { target: { value: "Sentito l'OIV, obiettivo raggiunto nella sostanza" } });
    fireEvent.click(submit());
    expect(editor().getByText('La percentuale deve essere compresa tra 0 e 100 (indicato «120»)')).toBeTruthy();
    fireEvent.change(pct, { target: { value: 'sessanta' } });
    fireEvent.click(submit());
    expect(editor().getByText('«sessanta» non è una percentuale valida')).toBeTruthy();
    expect(host.writeOverride).not.toHaveBeenCalled();

    fireEvent.change(pct, { target: { value: '60,0' } });
    fireEvent.click(submit());
    // the editor closes once the override is written and the recalculation is done
    await waitFor(() => expect(screen.queryByLabelText(/Motivazione/)).toBeNull());
    expect(screen.queryByRole('button', { name: 'Registra e ricalcola' })).toBeNull();
    expect(host.writeOverride).toHaveBeenCalledTimes(1);
    expect(host.writeOverride).toHaveBeenCalledWith('Cruscotto!H6', 60, "Sentito l'OIV, obiettivo raggiunto nella sostanza");
    expect(host.ricalcola).toHaveBeenCalledTimes(2);
  });

  test('an empty percentage is refused; Annulla closes the editor', async () => {
    const host = await openEditor();
    fireEvent.change(editor().getByLabelText(/Motivazione/), { target: { value: 'Delibera 12/GC' } });
    fireEvent.click(submit());
    expect(editor().getByText('Indicare la percentuale da assegnare')).toBeTruthy();
    expect(host.writeOverride).not.toHaveBeenCalled();
    fireEvent.click(editor().getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByLabelText(/Motivazione/)).toBeNull();
  });

  test('a host failure is shown and the editor stays open', async () => {
    const host = createMockHost();
    host.writeOverride.mockRejectedValueOnce(new Error('cella bloccata'));
    await openEditor(host);
    fireEvent.change(editor().getByLabelText(/Percentuale \(0-100\)/), { target: { value: '75,5' } });
    fireEvent.change(editor().getByLabelText(/Motivazione/), { target: { value: 'Delibera 12/GC' } });
    fireEvent.click(submit());
    expect(await editor().findByText('Registrazione non riuscita: cella bloccata')).toBeTruthy();
    expect(host.writeOverride).toHaveBeenCalledWith('Cruscotto!H6', 75.5, 'Delibera 12/GC');
    expect(host.ricalcola).toHaveBeenCalledTimes(1);
  });
});

describe('settings', () => {
  async function openSettings(host = createMockHost()) {
    renderApp(host);
    const toggle = screen.getByRole('button', { name: 'Mostra impostazioni' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    await screen.findByLabelText('Regole SMVP (profilo)');
    return host;
  }

  test('loads, edits and saves the settings', async () => {
    const host = await openSettings();
    expect(host.loadSettings).toHaveBeenCalled();
    const profile = screen.getByLabelText('Regole SMVP (profilo)') as HTMLSelectElement;
    expect(profile.value).toBe('sondrio-2020');
    expect(within(profile).getAllByRole('option').map((o) => o.textContent)).toEqual(PROFILE_OPTIONS.map((p) => p.label));
    expect((screen.getByLabelText(/Anno del piano/) as HTMLInputElement).value).toBe('2020');
    const sheet = screen.getByLabelText('Foglio del cruscotto') as HTMLSelectElement;
    expect(within(sheet).getAllByRole('option').map((o) => o.textContent)).toEqual(['(automatico)', 'Cruscotto', 'Riepilogo', 'Note']);

    fireEvent.change(profile, { target: { value: 'pavia' } });
    fireEvent.change(screen.getByLabelText(/Anno del piano/), { target: { value: '2022' } });
    fireEvent.change(sheet, { target: { value: 'Cruscotto' } });
    // the colour picker gives lower-case #rrggbb; the settings keep upper case
    fireEvent.change(screen.getByLabelText('Raggiunto (verde)'), { target: { value: '#00b050' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText('Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.');
    expect(host.saveSettings).toHaveBeenCalledWith({
      profile: 'pavia',
      planYear: 2022,
      sheetName: 'Cruscotto',
      colours: { raggiunto: '#00B050' },
    });
  });

  test('a bad year, or a colour the workbook holds that is not one, is refused with a message', async () => {
    const host = await openSettings(
      createMockHost({ settings: { profile: 'sondrio-2020', planYear: 2020, sheetName: null, colours: { neutralizzato: 'grigio' } } }),
    );
    fireEvent.change(screen.getByLabelText(/Anno del piano/), { target: { value: '22' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    expect(await screen.findByText('«22» non è un anno valido (es. 2022)')).toBeTruthy();
    expect(screen.getByText('«grigio» non è un colore valido: sceglierne uno o usare il colore del profilo')).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Anno del piano/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Usa il colore del profilo per «Neutralizzata (grigio)»' }));
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText('Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.');
    expect(host.saveSettings).toHaveBeenCalledWith({ profile: 'sondrio-2020', planYear: null, sheetName: null });
  });
});

describe('settings: the body name ("Ente")', () => {
  async function openSettings(host = createMockHost()) {
    renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Mostra impostazioni' }));
    return { host, input: (await screen.findByLabelText("Nome dell'ente")) as HTMLInputElement };
  }

  test('shows the stored name with its hint and saves the edited one, trimmed', async () => {
    const { host, input } = await openSettings(
      createMockHost({ settings: { profile: 'sondrio-2020', planYear: 2022, sheetName: null, organisationName: 'CCIAA di Sondrio' } }),
    );
    expect(input.value).toBe('CCIAA di Sondrio');
    expect(screen.getByText('usato nel titolo del Riepilogo')).toBeTruthy();
    fireEvent.change(input, { target: { value: '  Camera di commercio di Sondrio ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText('Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.');
    expect(host.saveSettings).toHaveBeenCalledWith({
      profile: 'sondrio-2020',
      planYear: 2022,
      sheetName: null,
      organisationName: 'Camera di commercio di Sondrio',
    });
  });

  test('keeps a name that looks like a formula as plain text', async () => {
    const { host, input } = await openSettings();
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: '=HYPERLINK("x")' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText('Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.');
    expect(host.saveSettings.mock.calls[0][0].organisationName).toBe('=HYPERLINK("x")');
  });

  test('refuses a name over 120 characters, and clearing the field removes the name', async () => {
    const { host, input } = await openSettings(
      createMockHost({ settings: { profile: 'sondrio-2020', planYear: null, sheetName: null, organisationName: 'CCIAA di Sondrio' } }),
    );
    fireEvent.change(input, { target: { value: 'x'.repeat(121) } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    expect(await screen.findByText('Il nome è troppo lungo: 121 caratteri, al massimo 120')).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText('Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.');
    expect(host.saveSettings.mock.calls[0][0]).toEqual({ profile: 'sondrio-2020', planYear: null, sheetName: null });
    expect(host.saveSettings.mock.calls[0][0]).not.toHaveProperty('organisationName');
  });

  test('English label and hint', async () => {
    renderApp(createMockHost({ language: 'en-US' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show settings' }));
    expect(await screen.findByLabelText('Organisation name')).toBeTruthy();
    expect(screen.getByText('used in the Riepilogo title')).toBeTruthy();
  });
});

describe('language', () => {
  test('English labels when Excel is not in Italian', async () => {
    const host = renderApp(createMockHost({ language: 'en-US' }));
    expect(screen.queryByRole('button', { name: 'Ricalcola' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Recalculate' }));
    const figure = await screen.findByTestId('ente-figure');
    expect(figure.textContent).toBe('Organisation performance: 96.67% — Eccellente');
    expect(screen.getByTestId('ente-without-overrides').textContent).toBe('without assigned percentages: 93.33%');
    expect(screen.getByTestId('diagnostic-counts').textContent).toBe('1 error, 2 warnings');
    expect(screen.getByRole('button', { name: 'Build summary' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Expand 1 Competitività del territorio' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show settings' })).toBeTruthy();
    expect(host.displayLanguage).toHaveBeenCalled();
  });

  test('Italian for it-CH too', () => {
    renderApp(createMockHost({ language: 'it-CH' }));
    expect(screen.getByRole('button', { name: 'Ricalcola' })).toBeTruthy();
  });
});
