/**
 * Shows a command's outcome in a small dialog (the only visible channel of a UI-less function file):
 * message.html reads the text from its URL and shows it with textContent. Resolves when the dialog is
 * closed, so event.completed() comes after it (event.completed: "the add-in has completed processing and
 * will automatically be closed", and the dialog belongs to the function file). Resolves at the command's
 * deadline at the latest (see ./runCommand), closing the dialog.
 * Office.context.ui.displayDialogAsync from a function file is allowed: "the host page could be either
 * a task pane or the function file of a function command" (dialog-best-practices); the page must be on
 * the add-in's own domain, over HTTPS, and Office on the web may ask the user to allow it (error 12009).
 */
import type { DialogLike, DialogResultLike, OfficeLike } from '../excel/officeApi';
import type { Language } from '../excel/language';
import type { OutcomeMessage } from './outcomeMessage';

/** Longest wait for the user to close the dialog; the command's deadline may cut it shorter. */
export const DIALOG_WAIT_MS = 5 * 60 * 1000;
/** URL length Office accepts for a dialog, with room for the page address. */
const MAX_MESSAGE_CHARS = 1500;
/** Below this much time left, a dialog would close before it can be read: the outcome goes to the console. */
export const MIN_DIALOG_MS = 3000;

/** Shows the message; `deadline` (ms since the epoch) is when the dialog must be closed at the latest. */
export type Notify = (message: OutcomeMessage, deadline?: number) => Promise<void>;

export function messageUrl(pageUrl: string, message: OutcomeMessage, language: Language): string {
  const text = message.text.length > MAX_MESSAGE_CHARS ? `${message.text.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message.text;
  const params = new URLSearchParams({ msg: text, ok: message.ok ? '1' : '0', lang: language });
  return `${pageUrl}?${params.toString().replace(/\+/g, '%20')}`;
}

/** Office.EventType.DialogMessageReceived / DialogEventReceived (the user closed it: error 12006). */
const EVENTS = { message: 'dialogMessageReceived', event: 'dialogEventReceived' } as const;

function closeQuietly(dialog: DialogLike): void {
  try {
    dialog.close();
  } catch {
    // already closed by the user
  }
}

export function dialogNotifier(office: OfficeLike, pageUrl: string, language: Language | (() => Language), waitMs = DIALOG_WAIT_MS): Notify {
  return (message, deadline) =>
    new Promise<void>((resolve) => {
      const ui = office.context.ui;
      const supported = office.context.requirements.isSetSupported('DialogApi', '1.1');
      const untilDeadline = deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
      const left = Math.min(waitMs, untilDeadline);
      if (!ui || !supported || untilDeadline < MIN_DIALOG_MS) {
        console.error(`Cruscotto: ${message.text}`);
        resolve();
        return;
      }
      const lang = typeof language === 'function' ? language() : language;
      let dialog: DialogLike | null = null;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (dialog) closeQuietly(dialog);
        resolve();
      };
      const timer = setTimeout(finish, left);
      ui.displayDialogAsync(messageUrl(pageUrl, message, lang), { height: 30, width: 35, displayInIframe: true }, (result: DialogResultLike) => {
        if (result.status !== 'succeeded' || !result.value) {
          console.error(`Cruscotto: ${message.text} (${result.error?.message ?? 'dialogo non disponibile'})`);
          finish();
          return;
        }
        dialog = result.value;
        if (done) {
          // opened after the wait ended (the user was slow to allow it): Excel would not close it for us
          closeQuietly(dialog);
          return;
        }
        dialog.addEventHandler(EVENTS.message, finish);
        dialog.addEventHandler(EVENTS.event, finish);
      });
    });
}
