/**
 * Italian words for the roles of a mapping, shared by the CLI (`cruscotto colonne`) and the task pane.
 * The role's word ("Target") and its level ("Azione", or the sheet's own name of the level, e.g.
 * "Indicatore") are shown apart; describeColumn puts them together: "target 2022 (azione)".
 */
import type { Level } from '../../engine/types';
import { formatItalianNumber } from '../../engine/format';
import Decimal from 'decimal.js';
import type { MappedColumn, SheetLayout } from '../types';
import { roleLevel, type MappingRole } from './roles';

export const ROLE_LABELS: Record<MappingRole, string> = {
  'perspective.title': 'Titolo',
  'perspective.output': '% raggiungimento',
  'strategic.code': 'Codice',
  'strategic.title': 'Titolo',
  'strategic.kpi': 'KPI',
  'strategic.target': 'Target',
  'strategic.output': '% raggiungimento',
  'operational.code': 'Codice',
  'operational.title': 'Titolo',
  'operational.weight': 'Peso',
  'operational.kpi': 'KPI',
  'operational.output': '% raggiungimento',
  'leafGroup.code': 'Codice',
  'leafGroup.title': 'Titolo',
  'leafGroup.weight': 'Peso',
  'leafGroup.output': '% raggiungimento',
  'action.code': 'Codice',
  'action.title': 'Titolo',
  'action.weight': 'Peso',
  'action.kpi': 'KPI',
  'action.target': 'Target',
  'action.targetInterim': 'Target al 30/6',
  'action.threshold': 'Soglia',
  'action.result': 'Risultato',
  'action.output': '% raggiungimento',
  'action.override': '% assegnata',
  'action.motivation': 'Motivazione',
  'action.status': 'Stato',
  'action.direction': 'Direzione',
  'action.method': 'Metodo di calcolo',
  'action.owner': 'Responsabile',
  'action.baseline': 'Valore storico (baseline)',
  'action.deviation': 'Scostamento',
  'action.note': 'Note',
  own: 'Colonna del cruscotto',
  ignore: 'Non usata',
};

export const LEVEL_LABELS: Record<Level, string> = {
  perspective: 'Prospettiva',
  strategic: 'Obiettivo strategico',
  operational: 'Obiettivo operativo',
  // the level above the scored rows, when the sheet does not name it (it usually does: "Azione" over "Indicatore")
  leafGroup: 'Voce di raggruppamento',
  action: 'Azione',
};

export type LevelNames = SheetLayout['levelNames'];

/** The level's name for a role: the sheet's own name when it has one, else the usual one; null for own / ignore. */
export function roleLevelLabel(role: MappingRole, levelNames?: LevelNames): string | null {
  const level = roleLevel(role);
  if (!level) return null;
  const own = levelNames?.[level]?.trim();
  return own ? own : LEVEL_LABELS[level];
}

/** "KPI" stays, "Target" becomes "target". */
function lowerFirst(text: string): string {
  return text.length > 1 && text[1] === text[1].toUpperCase() && /\p{Lu}/u.test(text[1]) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** One column's role in words: "target 2022 (azione)", "soglia 80% (azione)", "non usata". */
export function describeColumn(column: Pick<MappedColumn, 'role' | 'thresholdLevel' | 'year'>, levelNames?: LevelNames): string {
  let words = lowerFirst(ROLE_LABELS[column.role]);
  if (column.role === 'action.threshold' && column.thresholdLevel !== undefined) words += ` ${formatItalianNumber(new Decimal(column.thresholdLevel), null, false)}%`;
  if (column.year !== undefined) words += ` ${column.year}`;
  const level = roleLevelLabel(column.role, levelNames);
  return level ? `${words} (${lowerFirst(level)})` : words;
}
