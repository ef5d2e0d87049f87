/**
 * The fake Office namespace: requirement sets, display language, ribbon action registry, and a dialog
 * API that records what was shown. No Node APIs (also injected as window.Office in a browser).
 */
import { compareVersions } from './context';

export type DialogBehaviour = 'user-closes' | 'stays-open' | 'fails';

export interface FakeOfficeOptions {
  /** highest ExcelApi set reported by isSetSupported */
  excelApi?: string;
  displayLanguage?: string;
  /** DialogApi supported (default true) */
  dialogApi?: boolean;
  dialogBehaviour?: DialogBehaviour;
  /** the add-in's origin (the manifest's SourceLocation / AppDomain); dialogs must open on it */
  addinOrigin?: string;
  /** ms before a dialog in a window opens (Office on the web first asks the user to allow it, dialog-best-practices) */
  dialogOpenDelayMs?: number;
  /**
   * a dialog asked with displayInIframe: true on Excel on the web: it works, fails (error 5001), or never
   * answers and never opens (office-js issue #5199, after the pane was reloaded). Whatever this says, an
   * iframe dialog whose URL carries an escaped line break fails with 5001 (office-js issue #2762).
   */
  iframeDialog?: 'works' | 'fails' | 'never-answers';
}

/** Excel ends an ExecuteFunction command that has not completed after 5 minutes (manifest reference, Action element). */
export const COMMAND_TIMEOUT_MS = 5 * 60 * 1000;

/** A ribbon command's event that records how and when it completed. */
export interface FakeRecordedCommandEvent extends FakeCommandEvent {
  /** completed() calls */
  readonly completions: number;
  /** ms from the click to the first completed(), or null */
  readonly completedAfterMs: number | null;
  /** completed() came after Excel's 5-minute limit (Excel shows "the add-in command timed out") */
  readonly timedOut: boolean;
}

export interface FakeDialog {
  url: string;
  options: unknown;
  closed: boolean;
  /** what the dialog page shows: the `msg` parameter of its URL */
  message: string | null;
  close(): void;
  /** the user closes it with the window's X */
  simulateUserClose(): void;
  /** the page calls Office.context.ui.messageParent(message) */
  simulateMessage(message: string): void;
  addEventHandler(eventType: string, handler: (arg: unknown) => void): void;
}

export interface FakeDialogResult {
  status: 'succeeded' | 'failed';
  value?: FakeDialog;
  error?: { code: number; message: string };
}

type Handler = (arg: unknown) => void;

/** What Excel passes to a ribbon function (Office.AddinCommands.Event). */
export interface FakeCommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface FakeOffice {
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: {
      displayDialogAsync(url: string, options?: unknown, callback?: (result: FakeDialogResult) => void): void;
    };
  };
  actions: { associate(name: string, action: (event: FakeCommandEvent) => unknown): void };
  /** the event Excel passes when the user clicks a ribbon button now */
  commandEvent(): FakeRecordedCommandEvent;
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  EventType: { DialogMessageReceived: 'dialogMessageReceived'; DialogEventReceived: 'dialogEventReceived' };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  HostType: { Excel: 'Excel' };
  /** recorded for assertions */
  readonly dialogs: FakeDialog[];
  /** every displayDialogAsync call, with its options and how Office answered (null = no answer) */
  readonly dialogAttempts: { url: string; options: unknown; status: 'succeeded' | 'failed' | null; code?: number }[];
  readonly associated: Map<string, (event: FakeCommandEvent) => unknown>;
}

function messageOf(url: string): string | null {
  const q = url.indexOf('?');
  if (q < 0) return null;
  for (const part of url.slice(q + 1).split('&')) {
    const [k, v = ''] = part.split('=');
    if (k === 'msg') return decodeURIComponent(v.replace(/\+/g, ' '));
  }
  return null;
}

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const excelApi = options.excelApi ?? '1.13';
  const dialogs: FakeDialog[] = [];
  const dialogAttempts: FakeOffice['dialogAttempts'] = [];
  const associated = new Map<string, (event: FakeCommandEvent) => unknown>();
  const behaviour = options.dialogBehaviour ?? 'user-closes';
  const origin = options.addinOrigin ?? 'https://localhost:3000';
  const failed = (code: number, message: string): FakeDialogResult => ({ status: 'failed', error: { code, message } });
  const office: FakeOffice = {
    context: {
      displayLanguage: options.displayLanguage ?? 'it-IT',
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (name.toLowerCase() === 'excelapi') return compareVersions(excelApi, minVersion ?? '1.1') >= 0;
          if (name.toLowerCase() === 'dialogapi') return (options.dialogApi ?? true) && compareVersions('1.2', minVersion ?? '1.1') >= 0;
          return false;
        },
      },
      ui: {
        displayDialogAsync(url: string, dialogOptions?: unknown, given?: (result: FakeDialogResult) => void): void {
          const attempt: FakeOffice['dialogAttempts'][number] = { url, options: dialogOptions, status: null };
          dialogAttempts.push(attempt);
          const callback = (result: FakeDialogResult): void => {
            attempt.status = result.status;
            if (result.error) attempt.code = result.error.code;
            given?.(result);
          };
          const inIframe = !!(dialogOptions && (dialogOptions as { displayInIframe?: boolean }).displayInIframe);
          if (inIframe && /%0[AD]/i.test(url)) return callback(failed(5001, 'An internal error has occurred.'));
          if (inIframe && options.iframeDialog === 'fails') return callback(failed(5001, 'An internal error has occurred.'));
          if (inIframe && options.iframeDialog === 'never-answers') return;
          // the dialog errors of displayDialogAsync (dialog-handle-errors-events): 12005 not HTTPS, 12004 not
          // the add-in's own domain, 12007 a dialog already open from this host page
          let parsed: URL | null = null;
          try {
            parsed = new URL(url);
          } catch {
            parsed = null;
          }
          if (behaviour === 'fails') return callback?.(failed(12009, 'The user chose to ignore the dialog box.'));
          if (!parsed || parsed.protocol !== 'https:') return callback?.(failed(12005, 'The URL passed to displayDialogAsync uses the HTTP protocol. HTTPS is required.'));
          if (parsed.origin !== origin) return callback?.(failed(12004, 'The domain of the URL is not trusted.'));
          if (dialogs.some((d) => !d.closed)) return callback?.(failed(12007, 'A dialog box is already opened from this host window.'));
          const handlers = new Map<string, Handler[]>();
          const fire = (type: string, arg: unknown): void => (handlers.get(type) ?? []).forEach((h) => h(arg));
          const dialog: FakeDialog = {
            url,
            options: dialogOptions,
            closed: false,
            message: messageOf(url),
            close(): void {
              dialog.closed = true;
            },
            simulateUserClose(): void {
              if (dialog.closed) return;
              dialog.closed = true;
              fire('dialogEventReceived', { error: 12006 });
            },
            simulateMessage(message: string): void {
              if (!dialog.closed) fire('dialogMessageReceived', { message, origin: url });
            },
            addEventHandler(type: string, handler: Handler): void {
              handlers.set(type, [...(handlers.get(type) ?? []), handler]);
            },
          };
          const opened = (): void => {
            dialogs.push(dialog);
            callback?.({ status: 'succeeded', value: dialog });
            if (behaviour === 'user-closes') setTimeout(() => dialog.simulateMessage('chiudi'), 0);
          };
          // the prompt to allow the dialog is for a dialog in a window (DialogOptions.promptBeforeOpen), not in an iframe
          if (options.dialogOpenDelayMs && !inIframe) setTimeout(opened, options.dialogOpenDelayMs);
          else opened();
        },
      },
    },
    actions: {
      associate(name: string, action: (event: FakeCommandEvent) => unknown): void {
        associated.set(name, action);
      },
    },
    commandEvent(): FakeRecordedCommandEvent {
      const clicked = Date.now();
      let completions = 0;
      let completedAfterMs: number | null = null;
      return {
        completed(): void {
          completions += 1;
          if (completedAfterMs === null) completedAfterMs = Date.now() - clicked;
        },
        get completions() {
          return completions;
        },
        get completedAfterMs() {
          return completedAfterMs;
        },
        get timedOut() {
          return (completedAfterMs ?? Date.now() - clicked) > COMMAND_TIMEOUT_MS;
        },
      };
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Excel: 'Excel' },
    dialogs,
    dialogAttempts,
    associated,
  };
  return office;
}
