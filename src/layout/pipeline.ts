/**
 * The whole run on one sheet: read, score, point every diagnostic at its cell, build the write plans and
 * the JSON report. Pure and total: it never throws (an unexpected failure becomes an error diagnostic).
 */
import { scoreTree } from '../engine';
import type { Profile, ScoreResult } from '../engine/types';
import { sheetPrefix } from './address';
import { buildSheetPlan } from './plan/sheetPlan';
import { buildSummaryPlan } from './plan/summaryPlan';
import { allDiagnostics } from './plan/diagnostics';
import { findHeader, readCruscotto } from './reader';
import { buildReport } from './report';
import { SUMMARY_SHEET_NAME, type Diagnostic, type PipelineOptions, type PipelineResult, type ReadResult, type SheetGrid } from './types';

function emptyScore(): ScoreResult {
  return { roots: [], organisation: { achievement: null, achievementWithoutOverrides: null, band: null, status: 'non-misurato' }, diagnostics: [] };
}

function internalError(sheet: string, err: unknown): Diagnostic {
  const detail = err instanceof Error ? err.message : String(err);
  return {
    severity: 'error',
    cell: sheet,
    code: 'internal-error',
    message: `${sheetPrefix(sheet)}: errore interno durante il calcolo (${detail}). Il foglio non è stato modificato: segnalare il problema all'assistenza.`,
  };
}

/** Plan year of a run: the option, else the sheet's own, else the current year. */
export function planYearOf(read: ReadResult, options: PipelineOptions): number {
  return options.planYear ?? read.layout?.planYear ?? new Date().getFullYear();
}

export function runPipeline(grid: SheetGrid, options: PipelineOptions): PipelineResult {
  const profile: Profile = options.profile;
  const sheetName = typeof grid?.name === 'string' ? grid.name : '';
  let read: ReadResult = { sheet: sheetName, layout: null, tree: { roots: [] }, locations: new Map(), diagnostics: [] };
  let score = emptyScore();
  try {
    read = readCruscotto(grid, { profile, planYear: options.planYear });
    const planYear = planYearOf(read, options);
    score = scoreTree(read.tree, profile, { planYear });
    const diagnostics = allDiagnostics(read, score.diagnostics);
    const sheet = buildSheetPlan(read, score, profile, grid);
    const summary = options.summary ? buildSummaryPlan(read, score, profile, { organisationName: options.organisationName, planYear }) : null;
    const report = buildReport(read, score, profile, grid);
    return { read, score, plan: { sheet, summary }, report, diagnostics };
  } catch (err) {
    const diagnostics = [...read.diagnostics, internalError(sheetName, err)];
    const report = {
      profile: profile.name,
      sheet: sheetName,
      organisation: { achievement: null, achievementWithoutOverrides: null, band: null },
      nodes: [],
      diagnostics: diagnostics.map((d) => ({ severity: d.severity, cell: d.cell, message: d.message })),
    };
    return {
      read,
      score: emptyScore(),
      plan: { sheet: { sheet: sheetName, blocks: [], conditionalFormats: [], notes: [] }, summary: null },
      report,
      diagnostics,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Which sheet to read
// ---------------------------------------------------------------------------------------------

export type SheetChoice<T> = { ok: true; sheet: T; grid: SheetGrid } | { ok: false; message: string };

const normalise = (s: string) => s.trim().toLocaleLowerCase('it-IT');

/**
 * The requested sheet (exact name, else ignoring case and spaces), or without a request the first sheet
 * that looks like a cruscotto (findHeader accepts it). The add-in's Riepilogo is never chosen by itself.
 */
export function chooseSheet<T extends { name: string }>(sheets: T[], getGrid: (sheet: T) => SheetGrid, requested?: string | null): SheetChoice<T> {
  const names = sheets.map((s) => `«${s.name}»`).join(', ');
  if (requested !== undefined && requested !== null && requested !== '') {
    const sheet = sheets.find((s) => s.name === requested) ?? sheets.find((s) => normalise(s.name) === normalise(requested));
    if (!sheet) return { ok: false, message: `Il foglio «${requested}» non esiste nella cartella di lavoro. Fogli presenti: ${names || 'nessuno'}.` };
    try {
      return { ok: true, sheet, grid: getGrid(sheet) };
    } catch (err) {
      return { ok: false, message: `Il foglio «${sheet.name}» non si può leggere: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  for (const sheet of sheets) {
    if (sheet.name === SUMMARY_SHEET_NAME) continue;
    let grid: SheetGrid;
    try {
      grid = getGrid(sheet);
    } catch {
      continue;
    }
    if (findHeader(grid)) return { ok: true, sheet, grid };
  }
  return {
    ok: false,
    message:
      sheets.length === 0
        ? 'La cartella di lavoro non contiene fogli.'
        : `Nessun foglio sembra un cruscotto (manca la riga di intestazione con codici, pesi, target e risultati). Fogli presenti: ${names}. Indicare il foglio da leggere.`,
  };
}
