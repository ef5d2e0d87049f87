/**
 * A ribbon command: run the pipeline through the host, tell the user how it went, and ALWAYS call
 * event.completed() exactly once, whatever happens (otherwise Excel keeps "working on your request").
 * Excel ends a function command that has not completed after 5 minutes ("Once the user selects a button
 * that kicks off the ExecuteFunction action, the add-in times out after 5 minutes if it hasn't completed
 * by then", manifest reference, Action element): the run and the outcome dialog share that time, and
 * completed() comes before it runs out.
 */
import type { CruscottoHost } from '../excel/host';
import { languageOf } from '../excel/language';
import { failureMessage, outcomeMessage, type CommandName, type OutcomeMessage } from './outcomeMessage';
import type { Notify } from './notify';

/** The time Excel gives an ExecuteFunction command. */
export const COMMAND_TIME_LIMIT_MS = 5 * 60 * 1000;
/** Kept back for closing the dialog and completing before Excel's limit. */
export const COMMAND_SAFETY_MARGIN_MS = 20 * 1000;

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandDeps {
  host: () => CruscottoHost;
  notify: Notify;
  /** milliseconds since the epoch; Date.now unless a test says otherwise */
  now?: () => number;
}

export async function runCommand(command: CommandName, deps: CommandDeps, event: CommandEvent): Promise<OutcomeMessage> {
  const now = deps.now ?? Date.now;
  const deadline = now() + COMMAND_TIME_LIMIT_MS - COMMAND_SAFETY_MARGIN_MS;
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
      await deps.notify(message, deadline);
    } catch (error) {
      console.error(`Cruscotto: ${message.text}`, error);
    }
    return message;
  } finally {
    event.completed();
  }
}
