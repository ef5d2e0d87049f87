/** Binds the ribbon buttons of the manifest (FunctionName ricalcola / riepilogo) to their commands. */
import type { CruscottoHost } from '../excel/host';
import { runCommand, type CommandEvent } from './runCommand';
import type { Notify } from './notify';

export const COMMAND_NAMES = ['ricalcola', 'riepilogo'] as const;

export interface ActionsLike {
  associate(name: string, action: (event: CommandEvent) => unknown): void;
}

export function registerCommands(actions: ActionsLike | undefined, makeHost: () => CruscottoHost, notify: Notify, scope: Record<string, unknown> = {}): void {
  for (const name of COMMAND_NAMES) {
    const action = (event: CommandEvent): Promise<unknown> => runCommand(name, { host: makeHost, notify }, event);
    // clients older than Office.actions look the function up by name on the page
    scope[name] = action;
    actions?.associate(name, action);
  }
}
