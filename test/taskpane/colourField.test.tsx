/** @jest-environment jsdom */
/** The semaforo colours are chosen with a picker (native <input type="color"> in a labelled Field), stored as #RRGGBB. */
import { fireEvent, screen, within } from '@testing-library/react';
import type { CruscottoSettings } from '../../src/layout/types';
import { I18nContext } from '../../src/taskpane/i18n/I18nContext';
import { EN, IT } from '../../src/taskpane/i18n/strings';
import { SettingsPanel } from '../../src/taskpane/settings/SettingsPanel';
import { ColourField } from '../../src/taskpane/settings/ColourField';
import { createMockHost, PROFILE_OPTIONS } from './mockHost';
import { renderWithFluent, useFakeClock } from './setup';

useFakeClock();

const SAVED = 'Impostazioni salvate nella cartella di lavoro: salvare il file per conservarle.';

async function renderSettings(settings: CruscottoSettings = { profile: 'sondrio-2020', planYear: 2020, sheetName: null }) {
  const host = createMockHost({ settings });
  renderWithFluent(
    <I18nContext.Provider value={{ language: 'it', t: IT }}>
      <SettingsPanel host={host} profiles={PROFILE_OPTIONS} />
    </I18nContext.Provider>,
  );
  await screen.findByLabelText('Regole SMVP (profilo)');
  return host;
}

const picker = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe('colour pickers in the settings', () => {
  test('each colour is a labelled native colour picker in the tab order, showing the profile colour', async () => {
    await renderSettings();
    const group = screen.getByRole('group', { name: 'Colori del semaforo' });
    const pickers = [...group.querySelectorAll('input')];
    expect(pickers.map((p) => p.type)).toEqual(['color', 'color', 'color', 'color']);
    // every picker has its label (through the Fluent Field), and is reachable with Tab
    expect(pickers.map((p) => screen.getByLabelText(p.labels?.[0]?.textContent ?? '—'))).toEqual(pickers);
    for (const p of pickers) {
      expect(p.disabled).toBe(false);
      expect(p.tabIndex).toBe(0);
    }
    // nothing chosen yet: the pickers show the profile's colours, and say so
    expect(picker('Raggiunto (verde)').value).toBe('#c6efce');
    expect(picker('Non raggiunto (rosso)').value).toBe('#ffc7ce');
    expect(within(group).getByText('#C6EFCE: colore del profilo')).toBeTruthy();
    expect(within(group).queryByRole('button')).toBeNull();
    // no text field for colours any more
    expect(within(group).queryByRole('textbox')).toBeNull();
  });

  test('a picked colour is saved as upper-case #RRGGBB; «Colore del profilo» goes back to the profile', async () => {
    const host = await renderSettings();
    fireEvent.change(picker('Parzialmente raggiunto (arancione)'), { target: { value: '#ff8c00' } });
    expect(picker('Parzialmente raggiunto (arancione)').value).toBe('#ff8c00');
    expect(screen.getByText('#FF8C00: scelto per questa cartella')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText(SAVED);
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: 'sondrio-2020', planYear: 2020, sheetName: null, colours: { parzialmente: '#FF8C00' } });

    const reset = screen.getByRole('button', { name: 'Usa il colore del profilo per «Parzialmente raggiunto (arancione)»' });
    expect(reset.textContent).toBe('Colore del profilo');
    fireEvent.click(reset);
    expect(picker('Parzialmente raggiunto (arancione)').value).toBe('#ffd966');
    expect(screen.queryByRole('button', { name: /Usa il colore del profilo/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText(SAVED);
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: 'sondrio-2020', planYear: 2020, sheetName: null });
  });

  test('a colour stored in the workbook is shown, in any case, and kept on save', async () => {
    const host = await renderSettings({ profile: 'sondrio-2020', planYear: null, sheetName: null, colours: { raggiunto: '#00b050' } });
    expect(picker('Raggiunto (verde)').value).toBe('#00b050');
    expect(screen.getByText('#00B050: scelto per questa cartella')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salva impostazioni' }));
    await screen.findByText(SAVED);
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: 'sondrio-2020', planYear: null, sheetName: null, colours: { raggiunto: '#00B050' } });
  });

  test('a profile without colours: the picker shows white and no hint; English texts', () => {
    const onChange = jest.fn();
    renderWithFluent(
      <I18nContext.Provider value={{ language: 'en', t: EN }}>
        <ColourField label="Achieved (green)" value="" fallback="" onChange={onChange} />
        <ColourField label="Not achieved (red)" value="#112233" fallback="#FFC7CE" onChange={onChange} />
      </I18nContext.Provider>,
    );
    expect(picker('Achieved (green)').value).toBe('#ffffff');
    expect(screen.getByText('#112233: chosen for this workbook')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use the profile\'s colour for “Not achieved (red)”' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    fireEvent.change(picker('Achieved (green)'), { target: { value: '#abcdef' } });
    expect(onChange).toHaveBeenLastCalledWith('#ABCDEF');
  });
});
