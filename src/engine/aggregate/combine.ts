/**
 * Rolls the children of a node (or the units of the ente) up into one figure, with and without
 * overrides, by the level's rule: weighted sum, simple mean, or flat mean of the action rows below.
 * Neutralised children are left out and their weight is shared in proportion (RP 2018 OO2.2, OO3.4);
 * children with no value are left out with a warning; all children without value give null.
 */
import Decimal from 'decimal.js';
import { formatNumber } from '../format';
import type { AggregationRule, EngineDiagnostic, PerformanceNode } from '../types';
import { listRefs, nounOf, shortRef } from './labels';

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);
const ONE = new Decimal(1);
/** Weights summing to 100 within this tolerance are accepted (three times 33,33 is 99,99). */
const WEIGHT_TOLERANCE = new Decimal('0.01');

export interface CombineItem {
  node: PerformanceNode;
  weight?: Decimal;
  /** figure with overrides */
  value: Decimal | null;
  /** figure without overrides */
  valueF: Decimal | null;
  neutralised: boolean;
}

/** Sums over the action rows below a node, for the flat mean. */
export interface FlatRows {
  sum: Decimal;
  count: number;
  sumF: Decimal;
  countF: number;
  /** rows with no value (not neutralised) */
  missing: number;
  missingRefs: string[];
}

export function emptyFlat(): FlatRows {
  return { sum: ZERO, count: 0, sumF: ZERO, countF: 0, missing: 0, missingRefs: [] };
}

export function addFlat(into: FlatRows, from: FlatRows): void {
  into.sum = into.sum.plus(from.sum);
  into.count += from.count;
  into.sumF = into.sumF.plus(from.sumF);
  into.countF += from.countF;
  into.missing += from.missing;
  if (into.missingRefs.length < 6) into.missingRefs.push(...from.missingRefs.slice(0, 6 - into.missingRefs.length));
}

export interface CombineOwner {
  /** "obiettivo 1.1", "performance di ente" */
  name: string;
  /** "dell'obiettivo 1.1", "della performance di ente" */
  of: string;
  nodeId?: string;
}

export interface CombineResult {
  value: Decimal | null;
  valueF: Decimal | null;
  /** per item: percent of the owner actually used (neutralised: 0); null for the flat mean */
  effectiveWeights: (Decimal | null)[];
  allNeutralised: boolean;
}

function diag(owner: CombineOwner, severity: 'error' | 'warning', code: string, message: string, field?: EngineDiagnostic['field']): EngineDiagnostic {
  const d: EngineDiagnostic = { severity, code, message };
  if (owner.nodeId !== undefined) d.nodeId = owner.nodeId;
  if (field) d.field = field;
  return d;
}

function validWeight(w: Decimal | undefined): w is Decimal {
  return w !== undefined && w !== null && Decimal.isDecimal(w) && w.isFinite() && !w.isNegative();
}

/** Σ w·v / Σ w over the items whose value is not null; null when none. */
function weightedMean(weights: Decimal[], values: (Decimal | null)[]): Decimal | null {
  let num = ZERO;
  let den = ZERO;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    num = num.plus(weights[i].times(v));
    den = den.plus(weights[i]);
  }
  return den.isZero() ? null : num.div(den);
}

export function combine(
  rule: AggregationRule,
  items: CombineItem[],
  flat: FlatRows,
  owner: CombineOwner,
  diagnostics: EngineDiagnostic[],
): CombineResult {
  const noun = nounOf(items.length > 0 ? items[0].node.level : 'action');
  const active: CombineItem[] = [];
  for (const it of items) if (!it.neutralised) active.push(it);
  const allNeutralised = items.length > 0 && active.length === 0;

  if (rule === 'flat-mean') {
    if (flat.missing > 0 && flat.count > 0) {
      diagnostics.push(
        diag(owner, 'warning', 'rows-not-measured', `nel calcolo ${owner.of} non entrano ${flat.missing} azioni senza valore (${listRefs(flat.missingRefs)})`),
      );
    } else if (flat.count === 0 && !allNeutralised && items.length > 0) {
      diagnostics.push(diag(owner, 'warning', 'nothing-measured', `${owner.name}: nessuna azione ha un valore, il risultato resta vuoto`));
    }
    return {
      value: flat.count > 0 ? flat.sum.div(flat.count) : null,
      valueF: flat.countF > 0 ? flat.sumF.div(flat.countF) : null,
      effectiveWeights: items.map(() => null),
      allNeutralised,
    };
  }

  // Weights actually used for the active children.
  let weights: Decimal[];
  if (rule === 'weighted') {
    for (const it of items) {
      if (it.weight !== undefined && it.weight !== null && !validWeight(it.weight)) {
        diagnostics.push(diag({ ...owner, nodeId: it.node.id }, 'error', 'bad-weight', `il peso di ${shortRef(it.node)} non è una percentuale valida: ignorato`, 'weight'));
      }
    }
    const given = active.filter((it) => validWeight(it.weight));
    if (active.length > 0 && given.length === active.length) {
      weights = active.map((it) => it.weight as Decimal);
      const sumActive = weights.reduce((a, b) => a.plus(b), ZERO);
      let sumAll = ZERO;
      for (const it of items) if (validWeight(it.weight)) sumAll = sumAll.plus(it.weight);
      const off = (s: Decimal) => s.minus(HUNDRED).abs().gt(WEIGHT_TOLERANCE);
      if (off(sumAll) && off(sumActive)) {
        diagnostics.push(
          diag(owner, 'warning', 'weights-sum', `i pesi ${noun.ofPlural} ${owner.of} sommano a ${formatNumber(sumAll, 2)}, non a 100`, 'weight'),
        );
      }
      if (sumActive.isZero()) {
        diagnostics.push(diag(owner, 'warning', 'weights-zero', `i pesi ${noun.ofPlural} ${owner.of} sono tutti zero: si usano pesi uguali`, 'weight'));
        weights = active.map(() => ONE);
      }
    } else {
      if (given.length > 0) {
        const missing = active.filter((it) => !validWeight(it.weight)).map((it) => shortRef(it.node));
        diagnostics.push(
          diag(owner, 'warning', 'weights-missing', `mancano i pesi di alcune voci ${owner.of} (${listRefs(missing)}): si usano pesi uguali`, 'weight'),
        );
      }
      weights = active.map(() => ONE);
    }
  } else {
    weights = active.map(() => ONE);
  }

  const sumWeights = weights.reduce((a, b) => a.plus(b), ZERO);

  const value = weightedMean(weights, active.map((it) => it.value));
  const valueF = weightedMean(weights, active.map((it) => it.valueF));

  const missing = active.filter((it) => it.value === null);
  if (missing.length > 0) {
    const refs = listRefs(missing.map((it) => shortRef(it.node)));
    if (missing.length < active.length && value !== null) {
      diagnostics.push(
        diag(owner, 'warning', 'children-not-measured', `nel calcolo ${owner.of} non entrano, perché senza valore: ${refs}; i pesi sono ridistribuiti sugli altri`),
      );
    } else if (missing.length < active.length) {
      diagnostics.push(diag(owner, 'warning', 'nothing-measured', `le voci con un valore ${owner.of} hanno peso zero e quelle con peso sono senza valore (${refs}): il risultato resta vuoto`, 'weight'));
    } else {
      diagnostics.push(diag(owner, 'warning', 'nothing-measured', `${noun.none} ${owner.of} ha un valore (${refs}): il risultato resta vuoto`));
    }
  }

  const effectiveWeights: (Decimal | null)[] = [];
  let k = 0;
  for (const it of items) {
    if (it.neutralised) effectiveWeights.push(ZERO);
    else effectiveWeights.push(sumWeights.isZero() ? ZERO : weights[k++].div(sumWeights).times(HUNDRED));
  }
  return { value, valueF, effectiveWeights, allNeutralised };
}
