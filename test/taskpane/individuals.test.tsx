/** @jest-environment jsdom */
/** Issue 9 in the pane: «Obiettivi individuali» by person, and «Crea foglio obiettivi individuali». */
import { fireEvent, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { CruscottoHostError } from '../../src/excel/errors';
import { issue9Outcome, rp2020Individuals } from './issue9Fixtures';
import { createMockHost, PROFILE_OPTIONS, sondrioOutcome } from './mockHost';
import { renderWithFluent, useFakeClock } from './setup';

useFakeClock();

async function runWith(host = createMockHost({ outcome: issue9Outcome({ individuals: rp2020Individuals() }) }), label = 'Ricalcola') {
  renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
  fireEvent.click(screen.getByRole('button', { name: label }));
  await screen.findByTestId('ente-figure');
  return host;
}

const section = () => screen.getByRole('region', { name: /^(Obiettivi individuali|Individual objectives)$/ });
const persons = () => within(section()).getAllByTestId('individual-person');

describe('«Obiettivi individuali» after a run', () => {
  test('one line per person: name, role in Italian, score, and the score without assigned values when it differs', async () => {
    await runWith();
    expect(within(section()).getByText('Foglio «Obiettivi individuali». Un clic su un obiettivo seleziona la cella.')).toBeTruthy();
    const [sg, po, team] = persons();
    expect(within(sg).getByText('Segretario Generale')).toBeTruthy();
    expect(within(sg).getByText('Dirigente')).toBeTruthy();
    // RP 2020 §3.4: 100 %, 75 % had the OIV not assigned 3.4.1
    expect(within(sg).getByTestId('individual-score').textContent).toBe('100,00%');
    expect(within(sg).getByText('senza assegnazioni: 75,00%')).toBeTruthy();
    expect(within(sg).queryByTestId('below-target-count')).toBeNull();

    expect(within(po).getByText('Posizione organizzativa')).toBeTruthy();
    expect(within(po).getByTestId('individual-score').textContent).toBe('81,50%');
    expect(within(po).queryByText(/senza assegnazioni/)).toBeNull();
    expect(within(po).getByTestId('below-target-count').textContent).toBe('1 obiettivo sotto il target');

    // a name from the sheet is text, never markup; no score: said, not shown as 0
    expect(within(team).getByText('<b>Team</b> =SUM(A1)')).toBeTruthy();
    expect(section().querySelector('b')).toBeNull();
    expect(within(team).getByTestId('individual-score').textContent).toBe('n.d.');
    expect(within(team).getByText('Punteggio non calcolato: vedere le segnalazioni')).toBeTruthy();
    // objectives closed at first
    expect(screen.queryAllByTestId('individual-objective')).toHaveLength(0);
  });

  test('a person opens onto its objectives (title, weight, %, below target badge); a click selects the cell', async () => {
    const host = await runWith();
    const toggle = screen.getByRole('button', { name: 'Espandi U.O. Promozione' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Comprimi U.O. Promozione' }).getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: 'obiettivi di U.O. Promozione' });
    const rows = within(list).getAllByTestId('individual-objective');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('peso 70%')).toBeTruthy();
    expect(within(rows[0]).getByText('95,00%')).toBeTruthy();
    expect(within(rows[0]).queryByText('sotto il target')).toBeNull();
    expect(within(rows[1]).getByText('Tempi medi di liquidazione')).toBeTruthy();
    expect(within(rows[1]).getByText('peso 30%')).toBeTruthy();
    expect(within(rows[1]).getByText('50,00%')).toBeTruthy();
    expect(within(rows[1]).getByText('sotto il target')).toBeTruthy();

    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Tempi medi di liquidazione' }));
    expect(host.selectCell).toHaveBeenCalledWith('Obiettivi individuali!D10');
    expect(rows[1].getAttribute('aria-current')).toBe('true');

    // the objective the OIV assigned shows its figure by formula too
    fireEvent.click(screen.getByRole('button', { name: 'Espandi Segretario Generale' }));
    const sede = screen.getByText('Ristrutturazione sede').closest('li') as HTMLElement;
    expect(within(sede).getByText('senza assegnazioni: 0,00%')).toBeTruthy();
    expect(within(sede).getByText('peso 25%')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Comprimi U.O. Promozione' }));
    expect(screen.queryByText('Tempi medi di liquidazione')).toBeNull();
  });

  test('a failed selection is reported in the section', async () => {
    const host = createMockHost({ outcome: issue9Outcome({ individuals: rp2020Individuals() }) });
    host.selectCell.mockRejectedValueOnce(new Error('foglio protetto'));
    await runWith(host);
    fireEvent.click(screen.getByRole('button', { name: 'Espandi Segretario Generale' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ristrutturazione sede' }));
    expect(await within(section()).findByText('Impossibile selezionare la cella: foglio protetto')).toBeTruthy();
  });

  test('no section when the run read no individual objectives sheet', async () => {
    await runWith(createMockHost({ outcome: sondrioOutcome() }));
    expect(screen.queryByTestId('individuals')).toBeNull();
  });

  test('a sheet with no readable objective: said, with the button that creates or selects the sheet', async () => {
    const host = await runWith(createMockHost({ outcome: issue9Outcome({ individuals: { sheet: 'Obiettivi individuali', persons: [] } }) }));
    expect(within(section()).getByText('Il foglio non ha obiettivi individuali leggibili.')).toBeTruthy();
    host.createIndividualSheet.mockResolvedValueOnce({ sheet: 'Obiettivi individuali', created: false });
    fireEvent.click(within(section()).getByRole('button', { name: 'Crea foglio obiettivi individuali' }));
    expect(await within(section()).findByText('Il foglio «Obiettivi individuali» esiste già ed è stato selezionato')).toBeTruthy();
    expect(host.createIndividualSheet).toHaveBeenCalledTimes(1);
  });

  test('English: roles, counts and the figure without assigned values', async () => {
    await runWith(createMockHost({ language: 'en-US', outcome: issue9Outcome({ individuals: rp2020Individuals() }) }), 'Recalculate');
    const [sg, po] = persons();
    expect(within(section()).getByRole('heading', { name: 'Individual objectives' })).toBeTruthy();
    expect(within(sg).getByText('Manager (dirigente)')).toBeTruthy();
    expect(within(sg).getByTestId('individual-score').textContent).toBe('100.00%');
    expect(within(sg).getByText('without assigned percentages: 75.00%')).toBeTruthy();
    expect(within(po).getByText('Organisational position')).toBeTruthy();
    expect(within(po).getByTestId('below-target-count').textContent).toBe('1 objective below target');
    fireEvent.click(screen.getByRole('button', { name: 'Expand U.O. Promozione' }));
    expect(screen.getByText('weight 30%')).toBeTruthy();
    expect(screen.getByText('below target')).toBeTruthy();
  });
});

describe('«Crea foglio obiettivi individuali» below the settings, before any run', () => {
  async function openTool(host = createMockHost()) {
    renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
    fireEvent.click(screen.getByRole('button', { name: host.displayLanguage() === 'en-US' ? 'Show settings' : 'Mostra impostazioni' }));
    // the settings loaded (the tool itself shows at once)
    await screen.findByRole('button', { name: /^(Salva impostazioni|Save settings)$/ });
    const tool = screen.getByTestId('individual-sheet-tool');
    return { host, tool };
  }

  test('a new sheet: the host is asked once and the pane says it was created', async () => {
    const { host, tool } = await openTool();
    expect(within(tool).getByText(/^Obiettivi individuali di dirigenti, PO e personale/)).toBeTruthy();
    fireEvent.click(within(tool).getByRole('button', { name: 'Crea foglio obiettivi individuali' }));
    expect(await within(tool).findByText('Creato il foglio «Obiettivi individuali»')).toBeTruthy();
    expect(host.createIndividualSheet).toHaveBeenCalledTimes(1);
    expect(host.ricalcola).not.toHaveBeenCalled();
  });

  test('the workbook already has one: selected, and said', async () => {
    const host = createMockHost();
    host.createIndividualSheet.mockResolvedValueOnce({ sheet: 'Obiettivi 2020', created: false });
    const { tool } = await openTool(host);
    fireEvent.click(within(tool).getByRole('button', { name: 'Crea foglio obiettivi individuali' }));
    expect(await within(tool).findByText('Il foglio «Obiettivi 2020» esiste già ed è stato selezionato')).toBeTruthy();
  });

  test('a host error is shown as the pane shows host errors, in the pane language', async () => {
    const host = createMockHost();
    host.createIndividualSheet.mockRejectedValueOnce(new CruscottoHostError('not-implemented', 'La cartella è protetta.', 'The workbook is protected.'));
    const { tool } = await openTool(host);
    const button = within(tool).getByRole('button', { name: 'Crea foglio obiettivi individuali' });
    fireEvent.click(button);
    // one request at a time
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(await within(tool).findByText('Creazione del foglio non riuscita: La cartella è protetta.')).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  test('a host error in English', async () => {
    const host = createMockHost({ language: 'en-US' });
    host.createIndividualSheet.mockRejectedValueOnce(new CruscottoHostError('not-implemented', 'La cartella è protetta.', 'The workbook is protected.'));
    const { tool } = await openTool(host);
    fireEvent.click(within(tool).getByRole('button', { name: 'Create individual objectives sheet' }));
    expect(await within(tool).findByText('Creating the sheet failed: The workbook is protected.')).toBeTruthy();
  });

  test('English outcome texts', async () => {
    const host = createMockHost({ language: 'en-US' });
    const { tool } = await openTool(host);
    fireEvent.click(within(tool).getByRole('button', { name: 'Create individual objectives sheet' }));
    expect(await within(tool).findByText('Sheet «Obiettivi individuali» created')).toBeTruthy();
  });
});
