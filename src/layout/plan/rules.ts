/**
 * Status colours as conditional formats, never static fills: a figure edited by hand recolours itself.
 * Every formula carries N("cruscotto:<tag>") (RULE_MARKER): N() of a text is 0, so the test is unchanged,
 * and the back ends recognise and replace the add-in's own rules while leaving the user's alone.
 */
import type { NodeStatus, StatusColours } from '../../engine/types';
import { ESITO_TEXT, MONITORING_STATE_TEXT } from '../outputColumns';
import { RULE_MARKER, type ConditionalFormatRule } from '../types';
import { fractionLiteral } from './figures';

type ColouredStatus = Exclude<NodeStatus, 'non-misurato'>;

/** Status bands of a percentage column, in percent points (from profile.status). */
export interface StatusThresholds {
  /** raggiunto at or above */
  reached: number;
  /** parzialmente at or above, non raggiunto below; 0 means "parzialmente above 0" (RP 2018 legend: rosso = 0 %) */
  floor: number;
}

export function marker(tag: string): string {
  return `N("${RULE_MARKER}${tag}")`;
}

function rule(range: string, test: string, tag: ColouredStatus, colours: StatusColours): ConditionalFormatRule {
  return { range, formula: `=${test}+${marker(tag)}`, fill: colours[tag], tag };
}

/** Percentages written as fractions, 4 decimals = the 2 shown (the engine judges the figure as displayed). */
const SHOWN_DECIMALS = 4;

/**
 * Rules on a percentage column. `value` is the column's top-left cell (e.g. "W6"); `key` the cell whose
 * figure decides the colour (the same cell, or e.g. the % raggiungimento beside a strategic result).
 * Mirrors the engine's statusOf: reached at or above, partial from the floor (above 0 when the floor is 0).
 */
export function percentRules(range: string, value: string, key: string, t: StatusThresholds, colours: StatusColours): ConditionalFormatRule[] {
  const isNum = value === key ? `ISNUMBER(${value})` : `ISNUMBER(${value}),ISNUMBER(${key})`;
  const shown = `ROUND(${key},${SHOWN_DECIMALS})`;
  const reached = fractionLiteral(t.reached);
  const floor = fractionLiteral(t.floor);
  const zeroFloor = t.floor <= 0;
  const rules = [rule(range, `AND(${isNum},${shown}>=${reached})`, 'raggiunto', colours)];
  const hasPartial = zeroFloor || t.floor < t.reached;
  if (hasPartial) {
    const lower = zeroFloor ? `${shown}>0` : `${shown}>=${floor}`;
    rules.push(rule(range, `AND(${isNum},${lower},${shown}<${reached})`, 'parzialmente', colours));
  }
  const below = !hasPartial ? `${shown}<${reached}` : zeroFloor ? `${shown}<=0` : `${shown}<${floor}`;
  rules.push(rule(range, `AND(${isNum},${below})`, 'non-raggiunto', colours));
  return rules;
}

/** Grey for a neutralised action, keyed to the Esito cell of its row (its % cell is empty). */
export function neutralisedRule(range: string, esitoCell: string, colours: StatusColours): ConditionalFormatRule {
  return rule(range, `(${esitoCell}="${ESITO_TEXT.neutralizzato}")`, 'neutralizzato', colours);
}

/** Rules on an Esito column: one per coloured status, keyed to the text the add-in writes. */
export function esitoRules(range: string, cell: string, colours: StatusColours): ConditionalFormatRule[] {
  const statuses: ColouredStatus[] = ['raggiunto', 'parzialmente', 'non-raggiunto', 'neutralizzato'];
  return statuses.map((s) => rule(range, `(${cell}="${ESITO_TEXT[s]}")`, s, colours));
}

/**
 * Rules of the period 'monitoraggio' keyed to the «Stato al 30/6» text of the row: in linea in the colour of
 * «raggiunto», in ritardo in that of «non raggiunto», non rilevabile in the grey of a neutralised row.
 */
export function monitoringStateRules(range: string, stateCell: string, colours: StatusColours): ConditionalFormatRule[] {
  const pairs: [keyof typeof MONITORING_STATE_TEXT, ColouredStatus][] = [
    ['in-linea', 'raggiunto'],
    ['in-ritardo', 'non-raggiunto'],
    ['non-rilevabile', 'neutralizzato'],
  ];
  return pairs.map(([state, status]) => rule(range, `(${stateCell}="${MONITORING_STATE_TEXT[state]}")`, status, colours));
}
