/**
 * The Riepilogo's table of individual scores (issue 9, item 2): person or team, role, weighted score (and the
 * score by formula when values were assigned), objectives below target. Names come from the sheet: values only.
 */
import Decimal from 'decimal.js';
import { formatPercent } from '../../engine/format';
import type { IndividualsReport } from '../types';
import { toFraction } from './figures';
import type { SheetBuilder, SheetCell } from './sheetBuilder';

const ROLE_TEXT = { dirigente: 'Dirigente', po: 'PO', personale: 'Personale' } as const;

const pct = (n: number | null): SheetCell => ({ percent: toFraction(n === null ? null : new Decimal(n)) });

export function individualTable(b: SheetBuilder, individuals: IndividualsReport): void {
  b.add([`Obiettivi individuali (foglio «${individuals.sheet}»)`], 'subtitle');
  if (individuals.persons.length === 0) {
    b.add([null, 'Il foglio non ha obiettivi individuali leggibili.']);
    return;
  }
  b.add(['Ruolo', 'Persona / team', 'Punteggio', 'Obiettivi', 'Sotto il target', 'Nota'], 'header', 0, true);
  for (const p of individuals.persons) {
    const differs = p.score !== p.scoreWithoutOverrides;
    const note =
      p.score === null
        ? 'Punteggio non calcolato: vedere i messaggi'
        : differs
          ? `Con valori assegnati; dalla sola formula: ${p.scoreWithoutOverrides === null ? 'non calcolabile' : formatPercent(new Decimal(p.scoreWithoutOverrides))}`
          : null;
    b.add([p.role ? ROLE_TEXT[p.role] : null, p.person, pct(p.score), p.objectives.length, p.belowTarget, note]);
  }
}
