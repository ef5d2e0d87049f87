/**
 * The "Colonne" form as plain data: built from a ColumnMapping (what the reader understood, or its proposal),
 * edited by the user, checked and turned back into a ColumnMapping for the settings. Pure: no React, no host.
 */
import { columnLetter } from '../../layout/address';
import { MAX_MAPPING_HEADER_ROWS } from '../../layout/mapping/parseMapping';
import { FREE_ROLES, YEAR_ROLES } from '../../layout/mapping/roles';
import type { ColumnMapping, Diagnostic, JsonReport, MappedColumn } from '../../layout/types';
import type { Language, Strings } from '../i18n/strings';
import { isMappingRole, levelWord, roleLabel, SCORED_LEVEL, type LevelNames, type MappingRole } from './roleLabels';

export interface MappingColumnForm {
  col: number;
  /** "H" */
  letter: string;
  /** the column's header text as the sheet had it (data: shown as text only) */
  header: string;
  role: MappingRole;
  /** soglia level as typed ("80"); '' when none */
  thresholdLevel: string;
  /** kept as it came (targets, soglie, results of one year among several) */
  year?: number;
}

export interface MappingForm {
  sheet: string;
  /** header rows as the user sees them, 1-based, as typed */
  headerTop: string;
  headerBottom: string;
  columns: MappingColumnForm[];
}

export interface MappingErrors {
  headerRows?: string;
  /** by column index */
  columns: Record<number, string>;
  /** messages about the mapping as a whole (no target, a role chosen twice) */
  general: string[];
}

export const NO_ERRORS: MappingErrors = { columns: {}, general: [] };

export function hasErrors(errors: MappingErrors): boolean {
  return errors.headerRows !== undefined || Object.keys(errors.columns).length > 0 || errors.general.length > 0;
}

/** "Soglia 80%" -> "80" (a soglia column whose level the mapping does not carry) */
function levelFromHeader(header: string): string {
  const m = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(header);
  return m ? m[1] : '';
}

export function formFromMapping(mapping: ColumnMapping): MappingForm {
  return {
    sheet: mapping.sheet,
    headerTop: String(mapping.headerTop + 1),
    headerBottom: String(mapping.headerBottom + 1),
    columns: [...mapping.columns]
      .sort((a, b) => a.col - b.col)
      .map((c) => ({
        col: c.col,
        letter: columnLetter(c.col),
        header: typeof c.header === 'string' ? c.header : '',
        // a role this pane does not know (a newer reader) is shown as "non usata" rather than lost silently
        role: isMappingRole(c.role) ? c.role : 'ignore',
        thresholdLevel:
          c.thresholdLevel !== undefined && Number.isFinite(c.thresholdLevel)
            ? String(c.thresholdLevel)
            : c.role === 'action.threshold'
              ? levelFromHeader(c.header ?? '')
              : '',
        ...(c.year !== undefined ? { year: c.year } : {}),
      })),
  };
}

function parseRow(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 1_048_576 ? n : null;
}

function parseLevel(raw: string): number | null {
  const text = raw.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return n > 0 && n < 100 ? n : null;
}

/**
 * Two columns may not share this key; null = any number may have the role. The rules of
 * src/layout/mapping/checkMapping (roleKey): unused and figure columns repeat freely, soglie without a
 * level too (they take the profile's levels in order); targets, soglie and results once per year.
 */
function duplicateKey(c: MappingColumnForm): string | null {
  if (FREE_ROLES.has(c.role)) return null;
  const year = YEAR_ROLES.has(c.role) ? `|${c.year ?? ''}` : '';
  if (c.role === 'action.threshold') {
    const level = parseLevel(c.thresholdLevel);
    return level === null ? null : `${c.role}${year}|${level}`;
  }
  return `${c.role}${year}`;
}

export type MappingCheck = { ok: true; mapping: ColumnMapping } | { ok: false; errors: MappingErrors };

export function validateMapping(form: MappingForm, t: Strings, language: Language, levelNames?: LevelNames | null): MappingCheck {
  const errors: MappingErrors = { columns: {}, general: [] };

  const top = parseRow(form.headerTop);
  const bottom = parseRow(form.headerBottom);
  if (top === null || bottom === null || top > bottom || bottom - top + 1 > MAX_MAPPING_HEADER_ROWS) {
    errors.headerRows = t.badHeaderRows(MAX_MAPPING_HEADER_ROWS);
  }

  // a soglia's level may be left empty (the profile's levels, in column order); what is typed must be a level
  const levels = new Map<number, number>();
  for (const c of form.columns) {
    if (c.role !== 'action.threshold' || c.thresholdLevel.trim() === '') continue;
    const level = parseLevel(c.thresholdLevel);
    if (level === null) errors.columns[c.col] = t.badThresholdLevel(c.letter);
    else levels.set(c.col, level);
  }

  const scored = levelWord(SCORED_LEVEL, language, levelNames);
  const roles = new Set(form.columns.map((c) => c.role));
  // what names a scored row, as the reader requires: its code, its title or its indicator
  if (!roles.has('action.code') && !roles.has('action.title') && !roles.has('action.kpi')) errors.general.push(t.noScoredCode(scored));
  if (!roles.has('action.target')) errors.general.push(t.noTargetColumn(scored));

  const byKey = new Map<string, MappingColumnForm[]>();
  for (const c of form.columns) {
    const key = duplicateKey(c);
    if (key === null) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    let label = roleLabel(same[0].role, language, levelNames);
    if (same[0].role === 'action.threshold') label += ` ${same[0].thresholdLevel.trim().replace(/\s*%$/, '')}%`;
    if (same[0].year !== undefined && YEAR_ROLES.has(same[0].role)) label += ` ${same[0].year}`;
    errors.general.push(t.duplicateRole(label, same.map((c) => c.letter).join(', ')));
  }

  if (hasErrors(errors)) return { ok: false, errors };
  const columns: MappedColumn[] = form.columns.map((c) => {
    const out: MappedColumn = { col: c.col, header: c.header, role: c.role };
    const level = levels.get(c.col);
    if (level !== undefined) out.thresholdLevel = level;
    if (c.year !== undefined) out.year = c.year;
    return out;
  });
  return { ok: true, mapping: { version: 1, sheet: form.sheet, headerTop: top! - 1, headerBottom: bottom! - 1, columns } };
}

/** header rows to show ("Intestazione: righe 3–4"), from the form when it holds valid numbers */
export function headerRowsOf(form: MappingForm): { top: number; bottom: number } | null {
  const top = parseRow(form.headerTop);
  const bottom = parseRow(form.headerBottom);
  return top !== null && bottom !== null && top <= bottom ? { top, bottom } : null;
}

/** The text of the diagnostic a run gives when the saved mapping no longer fits the sheet. */
export const STALE_MAPPING_TEXT = 'mappatura delle colonne salvata non corrisponde più';

export function isStaleMappingDiagnostic(d: Pick<Diagnostic, 'message'>): boolean {
  return typeof d.message === 'string' && d.message.toLocaleLowerCase('it-IT').includes(STALE_MAPPING_TEXT);
}

const LEVELS = ['perspective', 'strategic', 'operational', 'leafGroup', 'action'] as const;

/**
 * The sheet's own level words ("Indicatore") when the report carries them. The JsonReport's layout is a
 * ColumnMapping, which has no levelNames in the contract yet: read defensively from the layout or the
 * report, as plain strings only.
 */
export function levelNamesOf(report: JsonReport | null | undefined, proposal?: ColumnMapping | null): LevelNames | null {
  if (!report) return null;
  const field = (o: unknown): unknown => (o && typeof o === 'object' ? (o as { levelNames?: unknown }).levelNames : undefined);
  const candidates = [field(report.layout), field(report), field(proposal)];
  for (const raw of candidates) {
    if (!raw || typeof raw !== 'object') continue;
    const names: LevelNames = {};
    for (const level of LEVELS) {
      const v = (raw as Record<string, unknown>)[level];
      if (typeof v === 'string' && v.trim()) names[level] = v.trim();
    }
    if (Object.keys(names).length > 0) return names;
  }
  return null;
}
