/** Entry of the function file (commands.html): the ribbon's Ricalcola and Riepilogo buttons. */
import { createOfficeHost } from '../excel/officeHost';
import { languageOf } from '../excel/language';
import { dialogNotifier } from './notify';
import { registerCommands } from './register';

void Office.onReady(() => {
  const env = { excel: Excel, office: Office };
  const page = new URL('message.html', window.location.href).href.split('?')[0];
  const notify = dialogNotifier(Office, page, languageOf(Office.context.displayLanguage));
  registerCommands(Office.actions, () => createOfficeHost(env), notify, window as unknown as Record<string, unknown>);
});
