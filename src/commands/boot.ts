/**
 * Start of the function file (commands.html). The functions are registered at once, when the script
 * runs, and again when Office is ready: Office.actions.associate must be called for every function
 * command of the manifest (create-addin-commands: "You must have an Office.actions.associate call for
 * every function command defined in the manifest"; Microsoft's sample calls it at the top level), and
 * clients older than Office.actions look the function up by name on the page, so the page must have it
 * before Excel calls it. Office.context (display language) is read only when a command runs.
 */
import type { ExcelApiLike, OfficeLike } from '../excel/officeApi';
import { createOfficeHost } from '../excel/officeHost';
import { languageOf } from '../excel/language';
import { dialogNotifier } from './notify';
import { registerCommands, type ActionsLike } from './register';

export interface CommandsOffice extends OfficeLike {
  actions?: ActionsLike;
  onReady(callback?: () => void): Promise<unknown>;
}

/** `scope` is the page's window; `pageUrl` its address (message.html is beside it). */
export function bootCommands(office: CommandsOffice, excel: ExcelApiLike, scope: Record<string, unknown>, pageUrl: string): void {
  const env = { excel, office };
  const page = new URL('message.html', pageUrl).href.split('?')[0];
  const notify = dialogNotifier(office, page, () => languageOf(office.context?.displayLanguage));
  const register = (): void => {
    try {
      registerCommands(office.actions, () => createOfficeHost(env), notify, scope);
    } catch (error) {
      // Office.js not loaded far enough yet: the registration when it is ready follows
      console.error('Cruscotto: registrazione dei comandi rinviata', error);
    }
  };
  register();
  void office.onReady(register);
}
