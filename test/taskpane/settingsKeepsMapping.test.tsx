/** @jest-environment jsdom */
/** «Salva impostazioni» never writes back a column mapping the «Colonne» view has replaced since the panel opened. */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { CruscottoHost } from '../../src/excel/host';
import type { ColumnMapping, CruscottoSettings } from '../../src/layout/types';
import { useSettings } from '../../src/taskpane/settings/useSettings';
import { profileOptions } from '../../src/taskpane/profiles';
import { useFakeClock } from './setup';

useFakeClock();

const PROFILES = profileOptions();
const mapping = (sheet: string): ColumnMapping => ({ version: 1, sheet, headerTop: 0, headerBottom: 0, columns: [{ col: 0, header: 'cod.', role: 'action.code' }, { col: 1, header: 'target', role: 'action.target' }] });

function host(stored: { settings: CruscottoSettings }): CruscottoHost & { saved: CruscottoSettings[] } {
  const saved: CruscottoSettings[] = [];
  return {
    saved,
    ricalcola: jest.fn(),
    selectCell: jest.fn(),
    loadSettings: jest.fn(async () => ({ ...stored.settings })),
    saveSettings: jest.fn(async (s: CruscottoSettings) => {
      saved.push(s);
      stored.settings = s;
    }),
    listSheets: jest.fn(async () => ['Cruscotto']),
    writeOverride: jest.fn(),
    displayLanguage: () => 'it-IT',
  } as unknown as CruscottoHost & { saved: CruscottoSettings[] };
}

it('keeps the mapping saved in the workbook now, not the one loaded when the panel opened', async () => {
  const stored = { settings: { profile: 'sondrio-2020', planYear: null, sheetName: null, columnMapping: mapping('Vecchio') } as CruscottoSettings };
  const h = host(stored);
  const { result } = renderHook(() => useSettings({ host: h, profiles: PROFILES }));
  await waitFor(() => expect(result.current.loading).toBe(false));
  // meanwhile the «Colonne» view saves a new mapping
  stored.settings = { ...stored.settings, columnMapping: mapping('Nuovo') };
  act(() => result.current.save());
  await waitFor(() => expect({ saved: h.saved.length, errors: result.current.errors, failure: result.current.failure }).toEqual({ saved: 1, errors: {}, failure: null }));
  expect(h.saved[0].columnMapping?.sheet).toBe('Nuovo');
});
