/**
 * What the Riepilogo says about itself (issue 8, item 2): the date of its figures, the cells in error that make
 * them partial (at the top, listed cell by cell), the legend of colours and bands, and the print header/footer.
 * The date comes from the back ends (the pure layers never read the clock).
 */
import Decimal from 'decimal.js';
import type { NodeStatus, Profile } from '../../engine/types';
import { formatPercent } from '../../engine';
import { ESITO_TEXT } from '../outputColumns';
import type { ConditionalFormatRule, Diagnostic, PageHeaderFooter } from '../types';
import { a1Range } from '../address';
import { marker } from './rules';
import type { SheetBuilder } from './sheetBuilder';

/**
 * The day the figures were computed, as the back end's clock gave it: "03/12/2026". The day, not the minute:
 * two runs on the same day write the same Riepilogo (Ricalcola twice == once).
 */
export function formatGeneratedAt(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
}

/** An always-true rule that gives a row of the Riepilogo a fixed fill (the plan has no static fills). */
export function fillRule(range: string, fill: string, tag: string): ConditionalFormatRule {
  return { range, formula: `=TRUE+${marker(tag)}`, fill, tag };
}

/** Errors listed one by one at the top; more than this are counted. */
export const MAX_LISTED_ERRORS = 30;
const ALERT_FILL = '#FFC7CE';

/** "Cruscotto!P14: il risultato …" → ["P14", "il risultato …"]; a sheet-level message keeps the sheet. */
function splitCell(d: Diagnostic, sheet: string): [string, string] {
  const prefix = `${d.cell}: `;
  const text = d.cell !== null && d.message.startsWith(prefix) ? d.message.slice(prefix.length) : d.message;
  const bang = d.cell?.lastIndexOf('!') ?? -1;
  const cell = d.cell === null ? sheet : bang >= 0 ? d.cell!.slice(bang + 1) : d.cell;
  return [cell, text];
}

/**
 * The cells in error, at the top of the Riepilogo: how many, that the figures are partial, and each cell with
 * its message. Returns the rules that make the warning line stand out.
 */
export function errorSection(b: SheetBuilder, errors: readonly Diagnostic[], sheet: string, width: number): ConditionalFormatRule[] {
  if (errors.length === 0) return [];
  const cells = new Set(errors.map((d) => d.cell ?? sheet));
  const n = cells.size;
  const what = n === 1 ? '1 cella con errori' : `${n} celle con errori`;
  // two short lines: one long line ran past the table, out of its fill
  const row = b.add([`ATTENZIONE: il foglio «${sheet}» ha ${what}: le cifre di questo riepilogo sono PARZIALI.`], 'subtitle');
  b.paragraph('Le azioni interessate restano senza valore e gli obiettivi sopra di esse sono calcolati senza di loro. Correggere le celle elencate e ricalcolare.', 'note');
  b.add(['Cella', 'Errore'], 'header', 0, true);
  for (const d of errors.slice(0, MAX_LISTED_ERRORS)) b.add(splitCell(d, sheet));
  if (errors.length > MAX_LISTED_ERRORS) b.add([null, `… e altri ${errors.length - MAX_LISTED_ERRORS} errori (vedere l'elenco delle segnalazioni).`]);
  return [fillRule(a1Range(row, 0, row + 1, width - 1), ALERT_FILL, 'errori')];
}

const COLOUR_NAME: Record<Exclude<NodeStatus, 'non-misurato'>, string> = {
  raggiunto: 'Verde',
  parzialmente: 'Arancione',
  'non-raggiunto': 'Rosso',
  neutralizzato: 'Grigio',
};

const pts = (n: number) => formatPercent(new Decimal(n));

/** When each colour applies, level by level, from the profile's thresholds (engine/status.ts levelStatus). */
function colourRule(status: Exclude<NodeStatus, 'non-misurato'>, profile: Profile): string {
  const s = profile.status;
  const floor = s.partialFloor > 0 ? `da ${pts(s.partialFloor)}` : 'sopra 0%';
  switch (status) {
    case 'raggiunto':
      return `obiettivo strategico: 100% del proprio target (% raggiungimento); obiettivo operativo: da ${pts(s.operationalReached)}; prospettiva ed ente: da ${pts(s.aggregateReached)}; azione: da ${pts(s.actionReached)}`;
    case 'parzialmente':
      return `sotto la soglia del «raggiunto» del proprio livello, ${floor}`;
    case 'non-raggiunto':
      return s.partialFloor > 0 ? `sotto ${pts(s.partialFloor)}` : '0% (sotto la soglia minima)';
    case 'neutralizzato':
      return 'azione neutralizzata (esclusa dal calcolo, il suo peso è ridistribuito)';
  }
}

/** The legend of colours and bands, and the rule that ties them (README, «Colori e valutazioni»). */
export function legendSection(b: SheetBuilder, profile: Profile): ConditionalFormatRule[] {
  const rules: ConditionalFormatRule[] = [];
  b.add(['Legenda dei colori e delle valutazioni'], 'subtitle');
  b.add(['Colore', 'Esito: quando si applica'], 'header', 0, true);
  for (const status of ['raggiunto', 'parzialmente', 'non-raggiunto', 'neutralizzato'] as const) {
    const row = b.add([COLOUR_NAME[status], `${ESITO_TEXT[status]}: ${colourRule(status, profile)}`]);
    rules.push(fillRule(a1Range(row, 0, row, 0), profile.colours[status], `legenda-${status}`));
  }
  if (profile.bands.length > 0) {
    b.add(['Da', 'Valutazione sintetica (fascia della % raggiungimento)'], 'header', 0, true);
    for (const band of [...profile.bands].sort((x, y) => y.min - x.min)) b.add([{ percent: band.min / 100 }, band.label]);
  }
  b.paragraph(
    'La valutazione sintetica è la fascia della % raggiungimento (RP 2020 §3.1); il colore e il conteggio dei raggiunti dicono se il target del livello è raggiunto. Quando non lo è, la valutazione lo dice accanto alla fascia (es. «Eccellente — target non raggiunto»).',
    'normal',
    1,
  );
  return rules;
}

/** Excel header/footer text: a literal "&" is written "&&" (codes such as &P, &N are the back ends'). */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Print header and footer: title and date of the figures above, page numbers below. */
export function summaryHeaderFooter(title: string, generatedAt: string | null): PageHeaderFooter {
  return {
    header: { left: literal(title), right: generatedAt ? literal(`Cifre calcolate il ${generatedAt}`) : null },
    footer: { left: 'Riepilogo', right: 'Pagina &P di &N' },
  };
}
