/**
 * Words of the column roles for the "Colonne" view, Italian and English, and their grouping by level.
 * The Italian words are those of ROLE_LABELS in src/layout/mapping/roleLabels (lower-case); this table adds
 * the English side and the grouping, until the two are unified.
 */
import { MAPPING_ROLES, isMappingRole, roleLevel, type MappingRole } from '../../layout/mapping';
import type { Language } from '../i18n/strings';

export type { MappingRole };
export type MappingLevel = 'perspective' | 'strategic' | 'operational' | 'leafGroup' | 'action';
export type LevelNames = Partial<Record<MappingLevel, string>>;

/** the level whose items are scored (results, soglie, target): the "voci misurate" */
export const SCORED_LEVEL: MappingLevel = 'action';

interface Label {
  it: string;
  en: string;
}

/** what a column holds, without its level ("peso"); the level is said apart */
const ROLE_WORDS: Record<MappingRole, Label> = {
  'perspective.title': { it: 'titolo', en: 'title' },
  'perspective.output': { it: '% raggiungimento', en: 'achievement %' },
  'strategic.code': { it: 'codice', en: 'code' },
  'strategic.title': { it: 'titolo', en: 'title' },
  'strategic.kpi': { it: 'KPI', en: 'KPI' },
  'strategic.target': { it: 'target', en: 'target' },
  'strategic.output': { it: '% raggiungimento', en: 'achievement %' },
  'operational.code': { it: 'codice', en: 'code' },
  'operational.title': { it: 'titolo', en: 'title' },
  'operational.weight': { it: 'peso', en: 'weight' },
  'operational.kpi': { it: 'KPI', en: 'KPI' },
  'operational.output': { it: '% raggiungimento', en: 'achievement %' },
  'leafGroup.code': { it: 'codice', en: 'code' },
  'leafGroup.title': { it: 'titolo', en: 'title' },
  'leafGroup.weight': { it: 'peso', en: 'weight' },
  'leafGroup.output': { it: '% raggiungimento', en: 'achievement %' },
  'action.code': { it: 'codice', en: 'code' },
  'action.title': { it: 'titolo', en: 'title' },
  'action.weight': { it: 'peso', en: 'weight' },
  'action.kpi': { it: 'KPI', en: 'KPI' },
  'action.target': { it: 'target', en: 'target' },
  'action.targetInterim': { it: 'target al 30/6', en: 'target at 30 June' },
  'action.threshold': { it: 'soglia', en: 'threshold (soglia)' },
  'action.result': { it: 'risultato', en: 'result' },
  'action.output': { it: '% raggiungimento', en: 'achievement %' },
  'action.override': { it: '% assegnata', en: 'assigned %' },
  'action.motivation': { it: 'motivazione', en: 'motivation' },
  'action.status': { it: 'stato', en: 'status' },
  'action.direction': { it: 'direzione', en: 'direction' },
  'action.method': { it: 'metodo di calcolo', en: 'scoring method' },
  'action.owner': { it: 'responsabile', en: 'owner' },
  'action.baseline': { it: 'valore storico (baseline)', en: 'baseline (last year)' },
  'action.deviation': { it: 'scostamento', en: 'deviation' },
  'action.note': { it: 'note', en: 'notes' },
  own: { it: 'colonna del cruscotto', en: "the add-in's own column" },
  ignore: { it: 'non usata', en: 'not used' },
};

const LEVEL_WORDS: Record<MappingLevel, Label> = {
  perspective: { it: 'Prospettiva', en: 'Perspective' },
  strategic: { it: 'Obiettivo strategico', en: 'Strategic objective' },
  operational: { it: 'Obiettivo operativo', en: 'Operational objective' },
  // the level above the scored rows (an Azione over its Indicatori), when the sheet does not name it
  leafGroup: { it: 'Voce di raggruppamento', en: 'Grouping item' },
  action: { it: 'Azione', en: 'Action' },
};

const OTHER: Label = { it: 'Altro', en: 'Other' };

/** The roles offered in the dropdown, grouped by level, in the order of a cruscotto's columns. */
export const ROLE_GROUPS: ReadonlyArray<{ level: MappingLevel | 'other'; roles: ReadonlyArray<MappingRole> }> = (
  ['perspective', 'strategic', 'operational', 'leafGroup', 'action', 'other'] as const
).map((level) => ({ level, roles: MAPPING_ROLES.filter((role) => (levelOfRole(role) ?? 'other') === level) }));

export const ALL_ROLES: ReadonlyArray<MappingRole> = MAPPING_ROLES;

export { isMappingRole };

export function levelOfRole(role: MappingRole): MappingLevel | null {
  return roleLevel(role) as MappingLevel | null;
}

/** "peso", "non usata" */
export function roleWord(role: MappingRole, language: Language): string {
  return ROLE_WORDS[role][language];
}

/**
 * The level as the sheet calls it ("Indicatore", "Programma") when its group headers say so, else the
 * generic word ("Azione"). Sheet words are data: shown as text only.
 */
export function levelWord(level: MappingLevel, language: Language, levelNames?: LevelNames | null): string {
  const own = levelNames?.[level]?.trim();
  return own ? own : LEVEL_WORDS[level][language];
}

export function groupWord(level: MappingLevel | 'other', language: Language, levelNames?: LevelNames | null): string {
  return level === 'other' ? OTHER[language] : levelWord(level, language, levelNames);
}

/** "Azione: peso", "Indicatore: target", "non usata" (what the dropdown shows for a column) */
export function roleLabel(role: MappingRole, language: Language, levelNames?: LevelNames | null): string {
  const level = levelOfRole(role);
  const word = roleWord(role, language);
  return level ? `${levelWord(level, language, levelNames)}: ${word}` : word;
}
