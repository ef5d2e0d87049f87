/** @jest-environment jsdom */
/** The "Colonne" view on its own: what the reader understood, editing, checking, saving and going back to automatic. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { I18nContext } from '../../src/taskpane/i18n/I18nContext';
import { EN, IT } from '../../src/taskpane/i18n/strings';
import { ColumnMappingPanel } from '../../src/taskpane/mapping/ColumnMappingView';
import type { ColumnMappingProps } from '../../src/taskpane/mapping/useColumnMapping';
import { LEVEL_NAMES, pianoMapping } from './mappingFixtures';
import { createMockHost, type MockHost } from './mockHost';
import { renderWithFluent, useFakeClock } from './setup';

useFakeClock();

const SETTINGS = { profile: 'pavia', planYear: 2023, sheetName: 'Piano 2023', organisationName: 'CCIAA di Esempio' };

function renderView(props: Partial<ColumnMappingProps> = {}, language: 'it' | 'en' = 'it') {
  const host: MockHost = createMockHost({ settings: SETTINGS });
  const recalculate = jest.fn(async () => null);
  const all: ColumnMappingProps = { host, mapping: pianoMapping(), levelNames: LEVEL_NAMES, recalculate, ...props };
  const result = renderWithFluent(
    <I18nContext.Provider value={{ language, t: language === 'it' ? IT : EN }}>
      <ColumnMappingPanel {...all} />
    </I18nContext.Provider>,
  );
  return { host, recalculate, ...result };
}

/** the dropdown of a column, by its label ("Colonna E: Peso %"); label queries are much faster than role queries in jsdom */
function select(name: string): HTMLSelectElement {
  const labels = [...document.querySelectorAll('label')].filter((l) => (l.textContent ?? '').endsWith(name));
  expect(labels).toHaveLength(1);
  const el = document.getElementById(labels[0].htmlFor);
  expect(el?.tagName).toBe('SELECT');
  return el as HTMLSelectElement;
}
const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const selectedText = (el: HTMLSelectElement) => el.options[el.selectedIndex].textContent;
const save = () => fireEvent.click(screen.getByText('Salva mappatura'));

describe('Colonne: what the reader understood', () => {
  test('header rows, the scored level in the sheet word, and each column with its letter, header, role and level', () => {
    renderView();
    expect(screen.getByRole('heading', { name: 'Colonne del foglio' })).toBeTruthy();
    expect(screen.getByText('Foglio «Piano 2023»')).toBeTruthy();
    expect(screen.getByTestId('mapping-header-rows').textContent).toBe('Intestazione: righe 3–4');
    expect(screen.getByTestId('mapping-scored-level').textContent).toBe('Voci misurate: Indicatore');
    expect(selectedText(select('Colonna E: Peso %'))).toBe('Indicatore: peso');
    // the accessible name leaves out the decorative letter: "Colonna E: Peso %"
    expect(screen.getByRole('combobox', { name: 'Colonna E: Peso %' })).toBe(select('Colonna E: Peso %'));
    expect(selectedText(select('Colonna A: Area strategica'))).toBe('Area strategica: titolo');
    expect(selectedText(select('Colonna I: Note'))).toBe('non usata');
    expect(selectedText(select('Colonna F: Target 2023 (anno 2023)'))).toBe('Indicatore: target');
    expect(screen.getByText('(anno 2023)')).toBeTruthy();
    expect(input(/Livello della soglia \(%\) — G/).value).toBe('80');
    // every column is listed, in sheet order
    const items = [...document.querySelectorAll('li[data-col]')];
    expect(items.map((li) => li.getAttribute('data-col'))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
  });

  test('the roles are grouped by level, with the sheet words for the levels', () => {
    renderView();
    const groups = [...select('Colonna E: Peso %').querySelectorAll('optgroup')];
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Prospettiva', 'Area strategica', 'Programma', 'Voce di raggruppamento', 'Indicatore', 'Altro']);
    expect([...groups[2].querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Programma: codice',
      'Programma: titolo',
      'Programma: peso',
      'Programma: KPI',
      'Programma: % raggiungimento',
    ]);
  });

  test('without the sheet words the generic level names are used', () => {
    renderView({ levelNames: null });
    expect(screen.getByTestId('mapping-scored-level').textContent).toBe('Voci misurate: Azione');
    expect(selectedText(select('Colonna E: Peso %'))).toBe('Azione: peso');
  });

  test('header texts are data: markup shows as text', () => {
    const mapping = pianoMapping();
    mapping.columns[8] = { col: 8, header: '<b>x</b>', role: 'ignore' };
    const { container } = renderView({ mapping });
    expect(screen.getByText('<b>x</b>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
  });

  test('the proposal of a sheet not recognised comes with what to do', () => {
    renderView({ notRecognised: true });
    expect(screen.getByTestId('mapping-not-recognised').textContent).toBe(
      'Il foglio non è stato riconosciuto: indicare che cosa contiene ogni colonna, poi Salva mappatura.',
    );
  });

  test('English labels, sheet words kept', () => {
    renderView({}, 'en');
    expect(screen.getByRole('heading', { name: 'Sheet columns' })).toBeTruthy();
    expect(screen.getByTestId('mapping-header-rows').textContent).toBe('Header: rows 3–4');
    expect(screen.getByTestId('mapping-scored-level').textContent).toBe('Scored items: Indicatore');
    expect(selectedText(select('Column I: Note'))).toBe('not used');
    expect(screen.getByText('Save mapping').closest('button')).toBeTruthy();
    expect(screen.getByText('Back to automatic recognition').closest('button')).toBeTruthy();
  });
});

describe('Colonne: editing and saving', () => {
  test('Salva mappatura keeps the other settings, stores the edited mapping and recalculates', async () => {
    const { host, recalculate } = renderView();
    fireEvent.change(select('Colonna I: Note'), { target: { value: 'action.motivation' } });
    expect(selectedText(select('Colonna I: Note'))).toBe('Indicatore: motivazione');
    fireEvent.change(input(/^Prima riga/), { target: { value: '2' } });
    expect(screen.getByTestId('mapping-header-rows').textContent).toBe('Intestazione: righe 2–4');
    save();
    await screen.findByText('Mappatura salvata nella cartella di lavoro e foglio ricalcolato: salvare il file per conservarla.');
    expect(host.loadSettings).toHaveBeenCalled();
    expect(host.saveSettings).toHaveBeenCalledTimes(1);
    const saved = host.saveSettings.mock.calls[0][0];
    const expected = pianoMapping();
    expected.headerTop = 1;
    expected.columns[8] = { col: 8, header: 'Note', role: 'action.motivation' };
    expect(saved).toEqual({ ...SETTINGS, columnMapping: expected });
    await waitFor(() => expect(recalculate).toHaveBeenCalledTimes(1));
  });

  test('no target, no code or title of the scored level, a role chosen twice: refused with Italian messages', () => {
    const { host, recalculate } = renderView();
    fireEvent.change(select('Colonna F: Target 2023 (anno 2023)'), { target: { value: 'ignore' } });
    fireEvent.change(select('Colonna C: Cod.'), { target: { value: 'ignore' } });
    fireEvent.change(select('Colonna D: Indicatore'), { target: { value: 'strategic.kpi' } });
    fireEvent.change(select('Colonna H: Consuntivo'), { target: { value: 'action.weight' } });
    save();
    const errors = screen.getByTestId('mapping-errors');
    expect([...errors.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Indicare la colonna del codice, del titolo o del KPI delle voci misurate (Indicatore).',
      'Indicare la colonna del target delle voci misurate (Indicatore).',
      '«Indicatore: peso» è indicato per più colonne (E, H): sceglierlo per una sola.',
    ]);
    expect(host.saveSettings).not.toHaveBeenCalled();
    expect(recalculate).not.toHaveBeenCalled();
  });

  test('bad header rows and a soglia level that is not a level are refused', () => {
    const { host } = renderView();
    fireEvent.change(input(/^Prima riga/), { target: { value: '5' } });
    fireEvent.change(input(/Livello della soglia/), { target: { value: 'ottanta' } });
    save();
    const summary = screen.getByTestId('mapping-errors');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      "Righe di intestazione non valide: indicare due numeri di riga, la prima non dopo l'ultima, al massimo 10 righe.",
      'Colonna G: il livello della soglia deve essere un numero tra 0 e 100 (es. 80), oppure vuoto.',
    ]);
    // the list of problems takes the focus; the soglia field says it too
    expect(document.activeElement?.contains(summary)).toBe(true);
    expect(screen.getAllByText(/^Colonna G: il livello della soglia/)).toHaveLength(2);
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  test('two soglie of different levels are fine; the level typed is saved', async () => {
    const { host } = renderView();
    fireEvent.change(select('Colonna I: Note'), { target: { value: 'action.threshold' } });
    const levels = screen.getAllByLabelText(/Livello della soglia/);
    expect(levels).toHaveLength(2);
    fireEvent.change(levels[1], { target: { value: '60 %' } });
    save();
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(host.saveSettings.mock.calls[0][0].columnMapping!.columns[8]).toEqual({ col: 8, header: 'Note', role: 'action.threshold', thresholdLevel: 60 });
  });

  test('Torna al riconoscimento automatico removes the mapping and recalculates', async () => {
    const { host, recalculate } = renderView();
    fireEvent.click(screen.getByText('Torna al riconoscimento automatico'));
    await screen.findByText('Mappatura rimossa: le colonne sono di nuovo riconosciute automaticamente.');
    expect(host.saveSettings).toHaveBeenCalledWith({ ...SETTINGS, columnMapping: null });
    await waitFor(() => expect(recalculate).toHaveBeenCalledTimes(1));
  });

  test('a failed save is shown and nothing is recalculated', async () => {
    const host = createMockHost({ settings: SETTINGS });
    host.saveSettings.mockRejectedValueOnce(new Error('cartella di lavoro protetta'));
    const { recalculate } = renderView({ host });
    save();
    expect(await screen.findByText('Salvataggio della mappatura non riuscito: cartella di lavoro protetta')).toBeTruthy();
    expect(recalculate).not.toHaveBeenCalled();
  });

  test('every control is labelled and reachable by keyboard', () => {
    const { container } = renderView();
    const controls = [...container.querySelectorAll('select, input, button')] as HTMLElement[];
    expect(controls.length).toBeGreaterThan(10);
    for (const el of controls) {
      const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.id && container.querySelector(`label[for="${el.id}"]`)) || el.textContent;
      expect(labelled).toBeTruthy();
      expect(el.tabIndex).toBeGreaterThanOrEqual(0);
    }
  });
});
