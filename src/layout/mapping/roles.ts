/**
 * The roles a column of a mapping may have, and which of them may be given to several columns:
 * targets, soglie and results of different years, soglie of different levels, figure columns.
 */
import type { Level } from '../../engine/types';
import type { ColumnRole } from '../types';

export type MappingRole = ColumnRole | 'ignore';

/** Every role of a mapping, in the order of a sheet (as the pane lists them). */
export const MAPPING_ROLES: readonly MappingRole[] = [
  'perspective.title',
  'perspective.output',
  'strategic.code',
  'strategic.title',
  'strategic.kpi',
  'strategic.target',
  'strategic.output',
  'operational.code',
  'operational.title',
  'operational.weight',
  'operational.kpi',
  'operational.output',
  'leafGroup.code',
  'leafGroup.title',
  'leafGroup.weight',
  'leafGroup.output',
  'action.code',
  'action.title',
  'action.weight',
  'action.kpi',
  'action.target',
  'action.targetInterim',
  'action.threshold',
  'action.result',
  'action.output',
  'action.override',
  'action.motivation',
  'action.status',
  'action.direction',
  'action.method',
  'action.owner',
  'action.baseline',
  'action.deviation',
  'action.note',
  'own',
  'ignore',
];

const ROLE_SET: ReadonlySet<string> = new Set(MAPPING_ROLES);

export function isMappingRole(value: unknown): value is MappingRole {
  return typeof value === 'string' && ROLE_SET.has(value);
}

/** Roles that may carry a year (one column per year; the baseline's is last year's: "Target storico (anno 2018)"). */
export const YEAR_ROLES: ReadonlySet<MappingRole> = new Set(['strategic.target', 'action.target', 'action.threshold', 'action.result', 'action.baseline']);

/**
 * Roles any number of columns may have: unused columns, figure columns (the sheet's own, the add-in's), and the
 * columns read but not scored (baseline, scostamento, note: a sheet may have one per year or per reader).
 */
export const FREE_ROLES: ReadonlySet<MappingRole> = new Set([
  'ignore',
  'own',
  'perspective.output',
  'strategic.output',
  'operational.output',
  'leafGroup.output',
  'action.output',
  'action.baseline',
  'action.deviation',
  'action.note',
]);

/** The level a role belongs to; null for 'own' and 'ignore'. */
export function roleLevel(role: MappingRole): Level | null {
  const dot = role.indexOf('.');
  return dot < 0 ? null : (role.slice(0, dot) as Level);
}
