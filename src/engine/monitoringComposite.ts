/**
 * Mid-year scostamenti of targets that are not one value (issue 9 item 3), as CCIAA Brescia's rendicontazione
 * semestrale al 30/6/2019 computes them (analysis §2.1-2.2):
 * - a composite target, several counts in one text: "≥3.500 in 2 riunioni" against the result "3.766 e 6
 *   riunioni" gives one scostamento per count, in order: 3.766 − 3.500 = 266 and 6 − 2 = 4 (printed "+ 266
 *   campioni esaminati e + 4 riunioni", 2.1.1/2);
 * - a list of deliverables separated by ";", against a result that counts those delivered: "1 corso ordini;
 *   presentazione progetto presso l'Ente; coordinamento evento Milano" (3 items) against 2 gives 2 − 3 = −1
 *   (printed "- 1 evento non coordinato", 2.1.2/5).
 * Read only when the texts are not a single value (the value reader has already said so). Dates in the texts
 * ("entro il 30/06/2019") make the reading ambiguous: such texts are not read here. Pure.
 */
import Decimal from 'decimal.js';
import type { Direction } from './types';
import { readDigits } from './values/numbers';
import { normaliseText } from './values/text';

export interface CompositeFigure {
  kind: 'composite' | 'deliverables';
  /** result − target per count, in order (one item for a list of deliverables) */
  deviations: Decimal[];
  /** every deviation is not against the direction */
  inLine: boolean;
  /** a list of deliverables: how many it names */
  planned?: number;
}

const NUMBER_TOKEN = /\d[\d.,]*/g;

/** The counts written in a text, in order ("≥3.500 in 2 riunioni" -> 3500, 2); null when one does not read or the text has a date. */
function countsOf(text: string): Decimal[] | null {
  if (/\d\s*\/\s*\d/.test(text)) return null;
  const out: Decimal[] = [];
  for (const token of text.match(NUMBER_TOKEN) ?? []) {
    const value = readDigits(token.replace(/[.,]+$/, ''));
    if (value === null) return null;
    out.push(value);
  }
  return out;
}

/** Items of a list of deliverables: at least two non-empty parts between ";". */
function deliverables(text: string): number | null {
  const items = text.split(';').map((s) => s.trim()).filter((s) => s !== '');
  return items.length >= 2 ? items.length : null;
}

function good(deviation: Decimal, direction: Direction): boolean {
  return direction === 'lower' ? deviation.lte(0) : deviation.gte(0);
}

export function monitorCompositeTexts(targetText: string, resultText: string, direction: Direction = 'higher'): CompositeFigure | null {
  const target = normaliseText(targetText).trim();
  const result = normaliseText(resultText).trim();
  if (target === '' || result === '') return null;
  const targetCounts = countsOf(target);
  const resultCounts = countsOf(result);
  if (!targetCounts || !resultCounts) return null;
  if (targetCounts.length >= 2 && targetCounts.length === resultCounts.length) {
    const deviations = resultCounts.map((r, i) => r.minus(targetCounts[i]));
    return { kind: 'composite', deviations, inLine: deviations.every((d) => good(d, direction)) };
  }
  const planned = deliverables(target);
  // the result counts the deliverables done: one whole number and nothing else
  if (planned !== null && resultCounts.length === 1 && /^\d+$/.test(result)) {
    const deviation = resultCounts[0].minus(planned);
    return { kind: 'deliverables', deviations: [deviation], inLine: good(deviation, 'higher'), planned };
  }
  return null;
}
