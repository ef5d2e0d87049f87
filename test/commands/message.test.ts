/**
 * @jest-environment jsdom
 */
import * as fs from 'fs';
import * as path from 'path';

describe('the outcome dialog page', () => {
  it('shows the message as text, never as HTML', async () => {
    const html = fs.readFileSync(path.join(__dirname, '../../src/commands/message.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/<script[^>]*><\/script>/g, '');
    window.history.replaceState(null, '', `/message.html?msg=${encodeURIComponent('2 errori: <img src=x onerror=alert(1)> Cruscotto!P14')}&ok=0&lang=it`);
    await import('../../src/commands/message');
    const box = document.getElementById('message')!;
    expect(box.textContent).toBe('2 errori: <img src=x onerror=alert(1)> Cruscotto!P14');
    expect(box.querySelector('img')).toBeNull();
    expect(box.className).toBe('error');
    expect(document.getElementById('close')!.textContent).toBe('Chiudi');
  });
});
