/**
 * A ribbon command: run the pipeline through the host, tell the user how it went, and ALWAYS call
 * event.completed() exactly once, whatever happens (otherwise Excel keeps "working on your request").
 */
import type { CruscottoHost } from '../excel/host';
import { languageOf } from '../excel/language';
import { failureMessage, outcomeMessage, type CommandName, type OutcomeMessage } from './outcomeMessage';
import type { Notify } from './notify';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandDeps {
  host: () => CruscottoHost;
  notify: Notify;
}

export async function runCommand(command: CommandName, deps: CommandDeps, event: CommandEvent): Promise<OutcomeMessage> {
  let message: OutcomeMessage = { ok: false, text: 'Errore imprevisto.' };
  try {
    let language = languageOf(undefined);
    try {
      const host = deps.host();
      language = languageOf(host.displayLanguage());
      const outcome = await host.ricalcola({ summary: command === 'riepilogo' });
      message = outcomeMessage(command, outcome, language);
    } catch (error) {
      message = failureMessage(command, error, language);
    }
    try {
      await deps.notify(message);
    } catch (error) {
      console.error(`Cruscotto: ${message.text}`, error);
    }
    return message;
  } finally {
    event.completed();
  }
}
