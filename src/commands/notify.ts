/**
 * Shows a command's outcome in a small dialog (the only visible channel of a UI-less function file):
 * message.html reads the text from its URL and shows it with textContent. Resolves when the dialog is
 * closed, so event.completed() comes after it (event.completed: "the add-in has completed processing and
 * will automatically be closed", and the dialog belongs to the function file). Resolves at the command's
 * deadline at the latest (see ./runCommand), closing the dialog.
 * Office.context.ui.displayDialogAsync from a function file is allowed: "the host page could be either
 * a task pane or the function file of a function command" (dialog-best-practices); the page must be on
 * the add-in's own domain, over HTTPS, and Office on the web may ask the user to allow it (error 12009).
 * The dialog is asked in an iframe first (no pop-up to allow on the web). An iframe dialog may fail on the
 * web (error 5001 with an escaped line break in the URL, office-js issue #2762: the text never carries one)
 * or never open nor answer (office-js issue #5199): then it is asked again as a window. When no dialog can
 * be shown, the text goes to the console: the message is never dropped silently.
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
/** An iframe dialog that has not answered by then is asked again as a window (office-js issue #5199). */
export const IFRAME_ANSWER_MS = 10_000;

/** Shows the message; `deadline` (ms since the epoch) is when the dialog must be closed at the latest. */
export type Notify = (message: OutcomeMessage, deadline?: number) => Promise<void>;

export function messageUrl(pageUrl: string, message: OutcomeMessage, language: Language): string {
  // no line break in the query string: an iframe dialog fails on "%0A" (office-js issue #2762)
  const flat = message.text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
  const text = flat.length > MAX_MESSAGE_CHARS ? `${flat.slice(0, MAX_MESSAGE_CHARS - 1)}…` : flat;
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

export function dialogNotifier(
  office: OfficeLike,
  pageUrl: string,
  language: Language | (() => Language),
  waitMs = DIALOG_WAIT_MS,
  iframeAnswerMs = IFRAME_ANSWER_MS,
): Notify {
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
      const url = messageUrl(pageUrl, message, lang);
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
      const open = (inIframe: boolean): void => {
        let answered = false;
        const retry = (): void => {
          if (!done) open(false);
        };
        // an iframe dialog that never answers (office-js #5199) is asked again as a window
        const silence = inIframe ? setTimeout(() => {
          if (answered) return;
          answered = true;
          retry();
        }, Math.min(iframeAnswerMs, left)) : null;
        ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: inIframe }, (result: DialogResultLike) => {
          if (answered) {
            // a late answer to the iframe request after the window was asked: that dialog is not wanted
            if (result.status === 'succeeded' && result.value) closeQuietly(result.value);
            return;
          }
          answered = true;
          if (silence) clearTimeout(silence);
          if (result.status !== 'succeeded' || !result.value) {
            if (inIframe) {
              retry();
              return;
            }
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
      };
      open(true);
    });
}
