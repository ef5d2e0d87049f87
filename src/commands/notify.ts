/**
 * Shows a command's outcome in a small dialog (the only visible channel of a UI-less function file):
 * message.html reads the text from its URL and shows it with textContent. Resolves when the dialog is
 * closed, so event.completed() comes after it (the function file may be unloaded at completed()).
 */
import type { DialogLike, DialogResultLike, OfficeLike } from '../excel/officeApi';
import type { Language } from '../excel/language';
import type { OutcomeMessage } from './outcomeMessage';

/** Longest wait for the user to close the dialog before the command ends anyway. */
export const DIALOG_WAIT_MS = 5 * 60 * 1000;
/** URL length Office accepts for a dialog, with room for the page address. */
const MAX_MESSAGE_CHARS = 1500;

export type Notify = (message: OutcomeMessage) => Promise<void>;

export function messageUrl(pageUrl: string, message: OutcomeMessage, language: Language): string {
  const text = message.text.length > MAX_MESSAGE_CHARS ? `${message.text.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message.text;
  const params = new URLSearchParams({ msg: text, ok: message.ok ? '1' : '0', lang: language });
  return `${pageUrl}?${params.toString().replace(/\+/g, '%20')}`;
}

const EVENTS = { message: 'dialogMessageReceived', event: 'dialogEventReceived' } as const;

export function dialogNotifier(office: OfficeLike, pageUrl: string, language: Language, waitMs = DIALOG_WAIT_MS): Notify {
  return (message) =>
    new Promise<void>((resolve) => {
      const ui = office.context.ui;
      const supported = office.context.requirements.isSetSupported('DialogApi', '1.1');
      if (!ui || !supported) {
        console.error(`Cruscotto: ${message.text}`);
        resolve();
        return;
      }
      let dialog: DialogLike | null = null;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        try {
          dialog?.close();
        } catch {
          // already closed by the user
        }
        resolve();
      };
      const timer = setTimeout(finish, waitMs);
      ui.displayDialogAsync(messageUrl(pageUrl, message, language), { height: 30, width: 35, displayInIframe: true }, (result: DialogResultLike) => {
        if (result.status !== 'succeeded' || !result.value) {
          console.error(`Cruscotto: ${message.text} (${result.error?.message ?? 'dialogo non disponibile'})`);
          finish();
          return;
        }
        dialog = result.value;
        dialog.addEventHandler(EVENTS.message, finish);
        dialog.addEventHandler(EVENTS.event, finish);
      });
    });
}
