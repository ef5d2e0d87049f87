/**
 * The Riepilogo sheet for the Giunta, modelled on the report's own tables (RP 2020 §3.1-§3.3, RP 2018 §5):
 * the ente figure and its band, the strategic objectives, the perspectives, the operational objectives below
 * target with the actions that pulled them down, the overrides with their motivation, and the counts.
 * Titles and motivations come from the sheet: they are written as values, never as formulas.
 */
import Decimal from 'decimal.js';
import { bandOf, formatPercent } from '../../engine';
import { profileSummaryText } from '../../engine/profile';
import type { Profile, ScoredNode, ScoreResult } from '../../engine/types';
import { a1, a1Range } from '../address';
import { ESITO_TEXT } from '../outputColumns';
import { SUMMARY_SHEET_NAME, type ConditionalFormatRule, type Diagnostic, type FigureCheck, type IndividualsReport, type ReadResult, type SummaryPlan } from '../types';
import { errorSection, formatGeneratedAt, legendSection, summaryHeaderFooter } from './summaryNotices';
import { countLevel, countSentence } from './counts';
import { toFraction } from './figures';
import { percentRules } from './rules';
import { SheetBuilder, type SheetCell } from './sheetBuilder';
import { flattenScores, type FlatNode } from './walk';
import { individualTable } from './individualTable';
import { monitoringTable } from './monitoringTable';
import type { MonitoringReportRow } from '../monitoring';

export interface SummaryOptions {
  organisationName?: string;
  planYear: number;
  /** Verifica: the sheet's own figures that differ from the computed ones */
  checks?: FigureCheck[];
  /** the run's errors (with their cells): the Riepilogo says at the top that its figures are partial */
  errors?: readonly Diagnostic[];
  /** when the figures were computed (from the back end's clock) */
  generatedAt?: Date;
  /** the individual objectives read in the same run (issue 9) */
  individuals?: IndividualsReport | null;
  /** the period 'monitoraggio': each scored row's scostamento at 30/6 (../monitoring) */
  monitoring?: readonly MonitoringReportRow[] | null;
}

/** Columns of the Riepilogo: A code, B title, C-E figures, F text (valutazione, motivazione). */
const COLUMN_WIDTHS = [10, 50, 16, 14, 16, 50];
const COL = { code: 0, title: 1, c: 2, d: 3, e: 4, f: 5 } as const;

const pct = (d: Decimal | null | undefined): SheetCell => ({ percent: toFraction(d ?? null) });

/** "Relazione sulla performance 2020 — Camera di commercio di Sondrio" */
export function summaryTitle(options: SummaryOptions): string {
  const base = `Relazione sulla performance ${options.planYear}`;
  const name = options.organisationName?.trim();
  return name ? `${base} — ${name}` : base;
}

/**
 * Valutazione of a row: the band of its % raggiungimento, and when its target is not reached, that too, so the
 * band never reads as a contradiction of the row's colour and count (README, «Colori e valutazioni»).
 */
export function evaluation(scored: ScoredNode): string {
  if (scored.band === null) return ESITO_TEXT[scored.status];
  if (scored.status === 'parzialmente' || scored.status === 'non-raggiunto') return `${scored.band} — target non raggiunto`;
  return scored.band;
}

function organisationRows(b: SheetBuilder, score: ScoreResult, profile: Profile): void {
  const org = score.organisation;
  b.add([null, 'Performance di ente', pct(org.achievement), null, null, org.band ?? ESITO_TEXT[org.status]], 'normal', 0, true);
  const without = org.achievementWithoutOverrides;
  const differs = without !== null && org.achievement !== null ? !without.eq(org.achievement) : without !== org.achievement;
  if (differs) {
    b.add([null, 'Performance di ente senza i valori assegnati', pct(without), null, null, bandOf(without, profile.bands)]);
  }
  const figure = formatPercent(org.achievement);
  const band = org.band ? `, corrispondente a «${org.band}»` : '';
  b.add([null, org.achievement === null ? 'La performance di ente non è calcolabile.' : `La performance di ente risulta pari al ${figure}${band}.`]);
  b.add([null, countSentence(countLevel(score, 'strategic'))]);
  b.add([null, countSentence(countLevel(score, 'operational'))]);
}

interface StrategicTable {
  firstRow: number;
  lastRow: number;
}

function strategicTable(b: SheetBuilder, strategic: FlatNode[], profile: Profile): StrategicTable | null {
  b.add(['Obiettivi strategici'], 'subtitle');
  if (strategic.length === 0) {
    b.add([null, 'Il foglio non ha obiettivi strategici.']);
    return null;
  }
  b.add(['Cod.', 'Obiettivo strategico', 'Risultato misurato', 'Target', '% raggiungimento', 'Valutazione'], 'header', 0, true);
  let firstRow = -1;
  let lastRow = -1;
  for (const { scored } of strategic) {
    // the sheet's own target, else the profile's default where the engine used it
    const target = scored.node.target ?? (scored.targetAchievement !== null && profile.defaultStrategicTarget !== null ? new Decimal(profile.defaultStrategicTarget) : null);
    // without an own target the objective's result is its % raggiungimento (RP 2018: implicit target 100)
    const reach = scored.targetAchievement ?? scored.achievement;
    const row = b.add([scored.node.code, scored.node.title, pct(scored.achievement), target === null ? null : pct(target), pct(reach), evaluation(scored)]);
    if (firstRow < 0) firstRow = row;
    lastRow = row;
  }
  return { firstRow, lastRow };
}

function perspectiveTable(b: SheetBuilder, perspectives: FlatNode[]): { firstRow: number; lastRow: number } | null {
  if (perspectives.length === 0) return null;
  b.add(['Prospettive'], 'subtitle');
  // every header cell has its text (a blank header cell reads as a missing column)
  b.add(['N.', 'Prospettiva', 'Performance', 'Obiettivi strategici', 'di cui raggiunti', 'Valutazione'], 'header', 0, true);
  let firstRow = -1;
  let lastRow = -1;
  for (const [i, { scored }] of perspectives.entries()) {
    const strategic = scored.children.filter((c) => c.node.level === 'strategic' && c.status !== 'neutralizzato');
    const reached = strategic.filter((c) => c.status === 'raggiunto').length;
    const row = b.add([String(i + 1), scored.node.title, pct(scored.achievement), strategic.length, reached, evaluation(scored)]);
    if (firstRow < 0) firstRow = row;
    lastRow = row;
  }
  return { firstRow, lastRow };
}

const BELOW: ReadonlySet<string> = new Set(['parzialmente', 'non-raggiunto']);

/**
 * The operational objectives below target with the children that pulled them down: the actions, or on
 * five-level sheets the level above the scored rows, named with the sheet's word («Azione») when it has one.
 */
function belowTargetTable(b: SheetBuilder, operational: FlatNode[], profile: Profile, groupWord: string): void {
  b.add(['Obiettivi operativi sotto il target'], 'subtitle');
  const below = operational.filter((f) => BELOW.has(f.scored.status));
  if (below.length === 0) {
    b.add([null, operational.length === 0 ? 'Il foglio non ha obiettivi operativi.' : 'Tutti gli obiettivi operativi hanno raggiunto il target.']);
    return;
  }
  b.add(['Cod.', 'Obiettivo operativo / azione', '% raggiungimento', 'Target', '% da formula', 'Esito'], 'header', 0, true);
  // an operational objective is reached at the profile's threshold (RP 2020 footnote 1: the strategic target, 80 %)
  const target = pct(new Decimal(profile.status.operationalReached));
  for (const { scored } of below) {
    b.add([scored.node.code, scored.node.title, pct(scored.achievement), target, pct(scored.formulaAchievement), ESITO_TEXT[scored.status]], 'normal', 0, true);
    for (const child of scored.children) {
      if ((child.node.level !== 'action' && child.node.level !== 'leafGroup') || !BELOW.has(child.status)) continue;
      const word = child.node.level === 'leafGroup' ? groupWord : 'Azione';
      b.add([child.node.code, `${word}: ${child.node.title}`, pct(child.achievement), null, pct(child.formulaAchievement), child.overridden ? `${ESITO_TEXT[child.status]} (valore assegnato)` : ESITO_TEXT[child.status]]);
    }
  }
}

function overridesTable(b: SheetBuilder, actions: FlatNode[]): void {
  b.add(['Valori assegnati (sentito l’OIV)'], 'subtitle');
  const overridden = actions.filter((f) => f.scored.overridden);
  if (overridden.length === 0) {
    b.add([null, 'Nessun valore assegnato: tutte le percentuali sono calcolate dalla formula.']);
    return;
  }
  // the objective's code is a text: not right after a figure, where "60.00%8.1" would read as one
  b.add(['Cod.', 'Azione', 'Ob. operativo', '% da formula', '% assegnata', 'Motivazione'], 'header', 0, true);
  for (const { scored, parent } of overridden) {
    const motivation = scored.node.action?.override?.motivation ?? '';
    b.add([scored.node.code, scored.node.title, parent?.node.code ?? null, pct(scored.formulaAchievement), pct(scored.achievement), motivation]);
  }
}

const points = (n: number | null): SheetCell => pct(n === null ? null : new Decimal(n));

/**
 * Verifica: where the sheet has its own "% raggiungimento" typed by hand (or by its own formulas), every
 * row whose figure differs from the computed one, so the OIV sees both.
 */
function checksTable(b: SheetBuilder, checks: FigureCheck[]): void {
  b.add(['Verifica delle percentuali già presenti nel foglio'], 'subtitle');
  b.add(['Cod.', 'Cella del foglio', '% nel foglio', '% calcolata', 'Cella del calcolo', 'Nota'], 'header', 0, true);
  for (const c of checks) b.add([c.nodeCode, c.cell, points(c.sheetValue), points(c.computed), c.computedCell, c.message]);
}

/** The Riepilogo sheet plan. */
export function buildSummaryPlan(read: ReadResult, score: ScoreResult, profile: Profile, options: SummaryOptions): SummaryPlan {
  const flat = flattenScores(score);
  const ofLevel = (level: string) => flat.filter((f) => f.scored.node.level === level);
  const b = new SheetBuilder();
  const rules: ConditionalFormatRule[] = [];
  b.add([summaryTitle(options)], 'title', 0, true);
  b.add([`Riepilogo del foglio «${read.sheet}» — profilo ${profile.label}`], 'subtitle');
  // the date is in the print header (a cell with it would make the back ends' own expected plans differ)
  const generatedAt = options.generatedAt ? formatGeneratedAt(options.generatedAt) : null;
  // figures partial because of cells in error: said first, right under the title (issue 8)
  const errors = options.errors ?? [];
  if (errors.length > 0) {
    rules.push(...errorSection(b, errors, read.sheet, COLUMN_WIDTHS.length));
    b.blank();
  }
  b.paragraph(profileSummaryText(profile)); // the rules used: name, date saved, rules in one paragraph (issue 11)
  b.blank();
  organisationRows(b, score, profile);
  b.blank();
  if (options.monitoring) {
    // in July the question is where the year is behind: said before the year's tables (issue 9 item 3)
    monitoringTable(b, options.monitoring);
    b.blank();
  }
  const strategic = strategicTable(b, ofLevel('strategic'), profile);
  b.blank();
  const perspectives = perspectiveTable(b, ofLevel('perspective'));
  if (perspectives) b.blank();
  belowTargetTable(b, ofLevel('operational'), profile, read.layout?.levelNames?.leafGroup?.trim() || 'Voce');
  b.blank();
  overridesTable(b, ofLevel('action'));
  if (options.individuals) {
    b.blank();
    individualTable(b, options.individuals);
  }
  if (options.checks && options.checks.length > 0) {
    b.blank();
    checksTable(b, options.checks);
  }
  b.blank();
  rules.push(...legendSection(b, profile));

  const floor = profile.status.partialFloor;
  let chart: SummaryPlan['chart'] = null;
  let dataBarRange: string | null = null;
  if (strategic) {
    const reachRange = a1Range(strategic.firstRow, COL.e, strategic.lastRow, COL.e);
    rules.push(...percentRules(reachRange, a1(strategic.firstRow, COL.e), a1(strategic.firstRow, COL.e), { reached: 100, floor }, profile.colours));
    chart = {
      title: '% raggiungimento degli obiettivi strategici',
      categoriesRange: a1Range(strategic.firstRow, COL.title, strategic.lastRow, COL.title),
      valuesRange: reachRange,
      anchor: a1(3, COLUMN_WIDTHS.length + 1),
    };
    dataBarRange = reachRange;
  }
  if (perspectives) {
    const range = a1Range(perspectives.firstRow, COL.c, perspectives.lastRow, COL.c);
    const cell = a1(perspectives.firstRow, COL.c);
    rules.push(...percentRules(range, cell, cell, { reached: profile.status.aggregateReached, floor }, profile.colours));
  }
  return {
    sheet: SUMMARY_SHEET_NAME,
    blocks: b.blocks,
    columnWidths: COLUMN_WIDTHS.map((width, col) => ({ col, width })),
    conditionalFormats: rules,
    notes: [],
    chart,
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, headerFooter: summaryHeaderFooter(summaryTitle(options), generatedAt) },
    dataBarRange,
  };
}
