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
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  EventType: { DialogMessageReceived: 'dialogMessageReceived'; DialogEventReceived: 'dialogEventReceived' };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  HostType: { Excel: 'Excel' };
  /** recorded for assertions */
  readonly dialogs: FakeDialog[];
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
  const associated = new Map<string, (event: FakeCommandEvent) => unknown>();
  const behaviour = options.dialogBehaviour ?? 'user-closes';
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
        displayDialogAsync(url: string, dialogOptions?: unknown, callback?: (result: FakeDialogResult) => void): void {
          if (behaviour === 'fails' || !/^https:\/\//.test(url)) {
            callback?.({ status: 'failed', error: { code: 12004, message: 'The domain of the URL is not trusted.' } });
            return;
          }
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
          dialogs.push(dialog);
          callback?.({ status: 'succeeded', value: dialog });
          if (behaviour === 'user-closes') setTimeout(() => dialog.simulateMessage('chiudi'), 0);
        },
      },
    },
    actions: {
      associate(name: string, action: (event: FakeCommandEvent) => unknown): void {
        associated.set(name, action);
      },
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
    associated,
  };
  return office;
}
