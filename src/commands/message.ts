/**
 * The outcome dialog: shows the text passed in the URL (textContent, never HTML) and closes on request.
 * messageParent is one of the two Office APIs a dialog may call, and only once Office.js is initialised
 * (dialog-api-in-office-add-ins: "To use the messageParent method, the dialog box must first initialize
 * the Office JavaScript API"); the function file closes the dialog when the message arrives.
 */
const params = new URLSearchParams(window.location.search);
const english = params.get('lang') === 'en';
const text = params.get('msg') ?? (english ? 'No message.' : 'Nessun messaggio.');

const box = document.getElementById('message');
if (box) {
  box.textContent = text;
  box.className = params.get('ok') === '1' ? 'ok' : 'error';
}
const title = document.getElementById('title');
if (title) title.textContent = 'Cruscotto';

const officeReady: Promise<unknown> | null = typeof Office !== 'undefined' ? Office.onReady() : null;

const button = document.getElementById('close');
if (button) {
  button.textContent = english ? 'Close' : 'Chiudi';
  button.addEventListener('click', () => {
    if (!officeReady) {
      window.close();
      return;
    }
    void officeReady.then(() => {
      if (Office.context?.ui?.messageParent) Office.context.ui.messageParent('chiudi');
      else window.close();
    });
  });
}
export {};
