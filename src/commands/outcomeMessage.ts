/**
 * The sentence a ribbon command shows when it ends: the ente figure, or the errors with their cells.
 * Italian, English when Excel speaks another language (the diagnostics themselves stay Italian).
 */
import Decimal from 'decimal.js';
import { formatPercent } from '../engine';
import { ENGLISH_SEPARATORS } from '../engine/format';
import { toHostError } from '../excel/errors';
import type { RunOutcome } from '../excel/host';
import type { Language } from '../excel/language';
import { PAGE_FIT_HINT } from '../excel/requirements';
import { monitoringCounts } from '../layout/monitoring';

export type CommandName = 'ricalcola' | 'riepilogo';

/** How many error messages the dialog lists before "e altri N". */
const LISTED_ERRORS = 5;

function enteFigure(outcome: RunOutcome, language: Language): string {
  const org = outcome.report.organisation;
  if (org.achievement === null) return language === 'it' ? 'performance di ente non calcolabile' : 'organisation performance cannot be computed';
  const figure = formatPercent(new Decimal(org.achievement), 2, language === 'it' ? undefined : ENGLISH_SEPARATORS);
  const band = org.band ? ` (${org.band})` : '';
  return language === 'it' ? `performance di ente ${figure}${band}` : `organisation performance ${figure}${band}`;
}

/** What else the run computed (issue 9): the individual objectives sheet and the state at 30/6, in a few words. */
function alsoComputed(outcome: RunOutcome, language: Language): string {
  const parts: string[] = [];
  const individuals = outcome.report.individuals;
  if (individuals) {
    const n = individuals.persons.length;
    parts.push(language === 'it' ? `obiettivi individuali di ${n} ${n === 1 ? 'persona' : 'persone'} (foglio «${individuals.sheet}»)` : `individual objectives of ${n} ${n === 1 ? 'person' : 'people'} («${individuals.sheet}» sheet)`);
  }
  const monitoring = outcome.report.monitoring;
  if (monitoring) {
    const n = monitoringCounts(monitoring.rows);
    parts.push(
      language === 'it'
        ? `al 30/6 ${n['in-linea']} in linea, ${n['in-ritardo']} in ritardo, ${n['non-rilevabile']} non rilevabili`
        : `at 30/6 ${n['in-linea']} on track, ${n['in-ritardo']} behind, ${n['non-rilevabile']} not measurable`,
    );
  }
  return parts.length === 0 ? '' : `; ${parts.join('; ')}`;
}

export interface OutcomeMessage {
  ok: boolean;
  text: string;
}

/** "Ricalcolo completato: performance di ente 96,67% (Eccellente)" or "3 errori: Cruscotto!P14: …". */
export function outcomeMessage(command: CommandName, outcome: RunOutcome, language: Language): OutcomeMessage {
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
  const warnings = outcome.diagnostics.length - errors.length;
  if (errors.length > 0) {
    const n = errors.length;
    const head = language === 'it' ? `${n} ${n === 1 ? 'errore' : 'errori'}` : `${n} ${n === 1 ? 'error' : 'errors'}`;
    const listed = errors.slice(0, LISTED_ERRORS).map((d) => d.message).join('; ');
    const more = n > LISTED_ERRORS ? (language === 'it' ? `; e altri ${n - LISTED_ERRORS}` : `; and ${n - LISTED_ERRORS} more`) : '';
    // a sheet the reader did not recognise: the pane proposes a column mapping to correct once
    const mapping =
      outcome.report.layout === null
        ? language === 'it'
          ? '. Aprire il Pannello: nella vista «Colonne» si indica che cosa contiene ogni colonna, una volta sola.'
          : '. Open the pane: in the «Colonne» view, say once what each column holds.'
        : '';
    return { ok: false, text: `${head}: ${listed}${more}${mapping}` };
  }
  const done =
    command === 'riepilogo'
      ? language === 'it' ? 'Riepilogo aggiornato' : 'Summary updated'
      : language === 'it' ? 'Ricalcolo completato' : 'Recalculation complete';
  const note = warnings === 0 ? '' : language === 'it' ? ` (${warnings} ${warnings === 1 ? 'avviso' : 'avvisi'}: aprire il pannello per i dettagli)` : ` (${warnings} ${warnings === 1 ? 'warning' : 'warnings'}: open the pane for details)`;
  // fit to one page wide may not be applied (office-js #1860); not said when Excel could not set the page at all
  const pageHint = outcome.summaryWritten && !outcome.diagnostics.some((d) => d.code === 'excel-page-layout') ? `. ${PAGE_FIT_HINT[language]}` : '';
  return { ok: true, text: `${done}: ${enteFigure(outcome, language)}${alsoComputed(outcome, language)}${note}${pageHint}` };
}

/** The message for a run that did not finish. */
export function failureMessage(command: CommandName, error: unknown, language: Language): OutcomeMessage {
  const hostError = toHostError(error);
  const what =
    command === 'riepilogo'
      ? language === 'it' ? 'Riepilogo non creato' : 'Summary not created'
      : language === 'it' ? 'Ricalcolo non riuscito' : 'Recalculation failed';
  return { ok: false, text: `${what}: ${hostError.messageIn(language)}` };
}
