/**
 * Mounts the task pane once Office is ready (Office-Addin-TaskPane-React pattern): the Excel calls
 * live in the host built by `makeHost`; outside Excel a clear message is shown instead.
 */
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import type { CruscottoHost } from '../excel/host';
import { REQUIRED_EXCEL_API } from '../excel/requirements';
import { App } from './App';
import { languageFor, stringsFor } from './i18n/strings';
import type { ProfileOption } from './settings/profileOption';

/** The Office.js API set the host relies on (ranges, conditional formats, settings, notes). */
export const REQUIRED_API = { name: 'ExcelApi', version: REQUIRED_EXCEL_API } as const;

/** The part of `Office` the bootstrap needs. */
export interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => void): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string; requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

export interface BootstrapEnv {
  office: OfficeLike | undefined;
  makeHost: () => CruscottoHost;
  profiles: ReadonlyArray<ProfileOption>;
  /** for messages shown before Office answers */
  fallbackLanguage?: string;
}

function Notice({ text }: { text: string }) {
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

export async function mountTaskpane(container: HTMLElement, env: BootstrapEnv): Promise<Root> {
  const root = createRoot(container);
  const show = (node: JSX.Element) => root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
  const fallback = stringsFor(languageFor(env.fallbackLanguage));

  if (!env.office) {
    show(<Notice text={fallback.officeMissing} />);
    return root;
  }
  const info = await env.office.onReady();
  const t = stringsFor(languageFor(env.office.context?.displayLanguage ?? env.fallbackLanguage));
  if (String(info?.host) !== 'Excel') {
    show(<Notice text={t.notInExcel} />);
    return root;
  }
  const requirements = env.office.context?.requirements;
  if (requirements && !requirements.isSetSupported(REQUIRED_API.name, REQUIRED_API.version)) {
    show(<Notice text={t.unsupportedExcel} />);
    return root;
  }
  const host = env.makeHost();
  document.documentElement.lang = languageFor(host.displayLanguage());
  show(<App host={host} profiles={env.profiles} />);
  return root;
}
