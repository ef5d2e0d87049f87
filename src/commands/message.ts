/** The outcome dialog: shows the text passed in the URL (textContent, never HTML) and closes on request. */
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
const button = document.getElementById('close');
if (button) {
  button.textContent = english ? 'Close' : 'Chiudi';
  button.addEventListener('click', () => {
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('chiudi');
    else window.close();
  });
}
if (typeof Office !== 'undefined') void Office.onReady();
export {};
