/**
 * Reads the individual objectives sheet (issue 9, item 1): one row per objective with person or team, role,
 * objective, weight and either a link to the cruscotto (./links) or its own KPI, target, soglie and result.
 * Bad cells become Italian diagnostics naming the cell; the other rows are still read.
 */
import Decimal from 'decimal.js';
import { parseKpiValue, parsePercentage, readBaseline, relativeTargetOf, resolveRelativeCell, type Baseline } from '../../engine/values';
import type { IndividualObjective, IndividualRole } from '../../engine/individual';
import type { ActionSpec, CellInput, KpiValue, Threshold } from '../../engine/types';
import { cellRef } from '../address';
import { cellAt, cellText, isBlank } from '../reader/cellText';
import { headerKey } from '../reader/normalise';
import type { Diagnostic, SheetGrid } from '../types';
import { findIndividualHeader, type IndividualColumnKind, type IndividualLayout } from './header';
import type { LinkIndex } from './links';

export interface IndividualRead {
  layout: IndividualLayout | null;
  objectives: IndividualObjective[];
  /** objective id -> its row (0-based) */
  rows: Map<string, number>;
  diagnostics: Diagnostic[];
}

/** glossary: dirigente (also the Segretario Generale), PO, personale (a person or a team) */
export function roleOf(text: string): IndividualRole | null {
  const k = headerKey(text);
  if (k === '') return null;
  if (/dirigent|segretari|direttore/.test(k)) return 'dirigente';
  if (/^p\.?\s?o\.?$|posizion|organizzativ|elevata qualificazione|^e\.?\s?q\.?$/.test(k)) return 'po';
  if (/personale|dipendent|team|collaborator|gruppo/.test(k)) return 'personale';
  return null;
}

const DEFAULT_LEVEL = 60;

export function readIndividuals(grid: SheetGrid, links: LinkIndex, planYear: number): IndividualRead {
  const layout = findIndividualHeader(grid);
  const out: IndividualRead = { layout, objectives: [], rows: new Map(), diagnostics: [] };
  if (!layout) return out;
  const col = (k: IndividualColumnKind) => layout.columns.find((c) => c.kind === k)?.col;
  const at = (row: number, c: number | undefined): CellInput | undefined => (c === undefined ? undefined : cellAt(grid.cells, row, c));
  const text = (row: number, c: number | undefined) => cellText(at(row, c)).trim();
  const problem = (severity: 'error' | 'warning', code: string, row: number, c: number, message: string) =>
    out.diagnostics.push({ severity, code, cell: cellRef(grid.name, row, c), message: `${cellRef(grid.name, row, c)}: ${message}` });
  const ctx = { planYear };
  const personCol = col('person')!;
  const objectiveCol = col('objective')!;
  let lastPerson = '';
  let lastRole: IndividualRole | null = null;
  for (let row = layout.headerRow + 1; row < grid.cells.length; row++) {
    const title = text(row, objectiveCol);
    const personText = text(row, personCol);
    if (title === '' && personText === '') continue;
    // a person written once over its objectives (merged or left empty below) keeps its rows
    const person = personText !== '' ? personText : lastPerson;
    if (person === '') {
      problem('error', 'individual-missing-person', row, personCol, `manca la persona o il team dell'obiettivo «${title}»`);
      continue;
    }
    const roleText = text(row, col('role'));
    const role: IndividualRole | null = roleText !== '' ? roleOf(roleText) : person === lastPerson ? lastRole : null;
    if (roleText !== '' && role === null) problem('warning', 'individual-unknown-role', row, col('role')!, `ruolo «${roleText}» non riconosciuto (dirigente, PO o personale)`);
    lastPerson = person;
    lastRole = role;
    const id = `I:${row}`;
    const objective: IndividualObjective = { id, person, role, title: title || `riga ${row + 1}`, source: { kind: 'none' } };
    const weightCol = col('weight')!;
    if (!isBlank(at(row, weightCol))) {
      const w = parsePercentage(at(row, weightCol)!);
      if (w.ok) objective.weight = w.value;
      else problem('error', 'individual-bad-weight', row, weightCol, w.problem.message);
    }
    const linkCol = col('link');
    const linkText = text(row, linkCol);
    if (linkText !== '') {
      const figure = links.resolve(linkText);
      if (figure) objective.source = { kind: 'linked', figure };
      else problem('error', 'individual-broken-link', row, linkCol!, `il collegamento «${linkText}» non corrisponde a nessun codice del cruscotto né a un'unità indicata come Relatore/Responsabile`);
    } else {
      const spec = ownSpec(row);
      if (spec) objective.source = { kind: 'own', spec };
      else problem('warning', 'individual-no-source', row, objectiveCol, `l'obiettivo «${objective.title}» non ha né un collegamento al cruscotto né un risultato: non è misurato`);
    }
    out.objectives.push(objective);
    out.rows.set(id, row);
  }
  return out;

  /** the evaluator's score (RP 2018 §5.4 "Punteggio assegnato"): a percentage between 0 and 100, or undefined */
  function assessed(row: number): Decimal | undefined {
    const c = col('assessed');
    if (c === undefined || isBlank(at(row, c))) return undefined;
    const p = parsePercentage(at(row, c)!);
    if (p.ok && p.value.lte(100)) return p.value;
    problem('error', 'individual-bad-assessed', row, c, p.ok ? 'il punteggio assegnato deve essere tra 0% e 100%' : p.problem.message);
    return undefined;
  }

  /** the row's baseline as shown; null when blank, absent or bad (reported) */
  function baselineOf(row: number): Baseline | null {
    const c = layout!.columns.find((k) => k.kind === 'baseline');
    if (!c || isBlank(at(row, c.col))) return null;
    const b = readBaseline(at(row, c.col), ctx, c.year ?? null);
    if (b.ok) return b.value;
    problem('error', 'individual-bad-baseline', row, c.col, b.problem.message.replace(/^il valore /, 'il valore storico '));
    return null;
  }

  function ownSpec(row: number): ActionSpec | null {
    const resultCol = col('result');
    const targetCol = col('target');
    const manual = assessed(row);
    if (targetCol === undefined || isBlank(at(row, targetCol))) {
      // no target: the "Prestazione" is a description, the evaluator's score is the figure (RP 2018 §5.4 cards)
      if (manual !== undefined) return { targetSpec: null, result: { kind: 'empty', raw: '' }, manualAchievement: manual };
      if (resultCol === undefined || isBlank(at(row, resultCol))) return null;
    }
    const baseline = baselineOf(row);
    const value = (c: number | undefined): KpiValue => {
      if (c === undefined || isBlank(at(row, c))) return { kind: 'empty', raw: '' } as const;
      // "+5% su 2017" (RP 2018 §5.3; the result too: "Performance: +10% su 2017"), on the row's baseline as shown
      // (../../engine/values/baseline)
      const rel = relativeTargetOf(at(row, c));
      if (rel) {
        const level = layout!.columns.find((k) => k.col === c)?.level ?? DEFAULT_LEVEL;
        const what = c === targetCol ? 'il target' : c === resultCol ? 'il risultato' : `la soglia ${level}%`;
        const r = resolveRelativeCell(rel, baseline, ctx, what);
        if (!r.ok) {
          problem('error', r.problem.code, row, c, r.problem.message);
          return { kind: 'empty', raw: '' } as const;
        }
        if (r.warning) problem('warning', 'baseline-year', row, c, r.warning);
        return r.value;
      }
      const v = parseKpiValue(at(row, c)!, ctx);
      if (v.ok) return v.value;
      problem('error', 'individual-bad-value', row, c, v.problem.message);
      return { kind: 'empty', raw: '' } as const;
    };
    const thresholds: Threshold[] = [];
    for (const t of layout!.columns.filter((c) => c.kind === 'threshold')) {
      const v = value(t.col);
      if (v.kind !== 'empty') thresholds.push({ value: v, level: new Decimal(t.level ?? DEFAULT_LEVEL) });
    }
    thresholds.sort((a, b) => b.level.comparedTo(a.level));
    const spec: ActionSpec = { targetSpec: { target: value(targetCol), thresholds }, result: value(resultCol) };
    if (baseline) spec.baseline = baseline.value;
    if (manual !== undefined) spec.manualAchievement = manual;
    const overrideCol = col('override');
    if (overrideCol !== undefined && !isBlank(at(row, overrideCol))) {
      const o = parsePercentage(at(row, overrideCol)!);
      if (o.ok) spec.override = { achievement: o.value, motivation: text(row, col('motivation')) };
      else problem('error', 'individual-bad-override', row, overrideCol, o.problem.message);
    }
    return spec;
  }
}
