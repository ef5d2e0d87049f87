/** @jest-environment jsdom */
/** Issue 8, item 2: a run with cells in error says first, prominently, that its figures are partial. */
import { fireEvent, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMockHost, PROFILE_OPTIONS, sondrioOutcome } from './mockHost';
import { renderWithFluent } from './setup';

async function runWith(outcome = sondrioOutcome(), language?: string) {
  const host = createMockHost(language ? { outcome, language } : { outcome });
  renderWithFluent(<App host={host} profiles={PROFILE_OPTIONS} />);
  fireEvent.click(screen.getByRole('button', { name: language === 'en-US' ? 'Recalculate' : 'Ricalcola' }));
  await screen.findByTestId('ente-figure');
  return host;
}

describe('partial figures bar', () => {
  test('errors: an error MessageBar above the results, with the number of cells and a button to the first', async () => {
    const host = await runWith();
    const bar = screen.getByTestId('partial-figures');
    expect(bar.textContent).toContain('Cifre parziali');
    expect(bar.textContent).toContain('1 cella ha un errore: le azioni interessate restano senza valore');
    // above the diagnostics list and the tree
    const list = screen.getByRole('heading', { name: /Segnalazioni/ });
    expect(bar.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vai a Cruscotto!P14' }));
    expect(host.selectCell).toHaveBeenCalledWith('Cruscotto!P14');
  });

  test('with a Riepilogo written, it says the Riepilogo lists the cells too', async () => {
    const outcome = sondrioOutcome();
    outcome.summaryWritten = true;
    outcome.summarySheet = 'Riepilogo';
    await runWith(outcome);
    expect(screen.getByTestId('partial-figures').textContent).toContain('Anche il foglio «Riepilogo» lo dice in cima');
  });

  test('no errors: no bar', async () => {
    const outcome = sondrioOutcome();
    outcome.diagnostics = outcome.diagnostics.filter((d) => d.severity !== 'error');
    await runWith(outcome);
    expect(screen.queryByTestId('partial-figures')).toBeNull();
  });
});
