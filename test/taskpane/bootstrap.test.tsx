/** @jest-environment jsdom */
import { useFakeClock } from './setup';
import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { mountTaskpane, type OfficeLike } from '../../src/taskpane/bootstrap';
import { createMockHost, PROFILE_OPTIONS } from './mockHost';

function fakeOffice(host: string | null, opts: { language?: string; supported?: boolean } = {}): OfficeLike {
  return {
    onReady: async () => ({ host, platform: 'OfficeOnline' }),
    context: {
      displayLanguage: opts.language ?? 'it-IT',
      requirements: { isSetSupported: () => opts.supported ?? true },
    },
  };
}

useFakeClock();

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function mount(office: OfficeLike | undefined, makeHost = jest.fn(() => createMockHost())) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(async () => {
    root = await mountTaskpane(container, { office, makeHost, profiles: PROFILE_OPTIONS, fallbackLanguage: 'it-IT' });
  });
  return makeHost;
}

test('in Excel the app is mounted with the host', async () => {
  const makeHost = await mount(fakeOffice('Excel'));
  expect(makeHost).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button', { name: 'Ricalcola' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('it');
});

test('outside Excel a clear message is shown and no host is built', async () => {
  const makeHost = await mount(fakeOffice(null));
  expect(makeHost).not.toHaveBeenCalled();
  expect(screen.getByText('Questo componente aggiuntivo funziona solo in Microsoft Excel.')).toBeTruthy();
});

test('in Word, in English', async () => {
  await mount(fakeOffice('Word', { language: 'en-GB' }));
  expect(screen.getByText('This add-in works only in Microsoft Excel.')).toBeTruthy();
});

test('without Office.js', async () => {
  await mount(undefined);
  expect(screen.getByText('Office.js non è disponibile: aprire il riquadro da Excel.')).toBeTruthy();
});

test('an Excel too old for the API set', async () => {
  const makeHost = await mount(fakeOffice('Excel', { supported: false }));
  expect(makeHost).not.toHaveBeenCalled();
  expect(screen.getByText(/non supporta le funzioni richieste/)).toBeTruthy();
});
