/**
 * Rolls the children of a node (or the units of the ente) up into one figure, with and without
 * overrides, by the level's rule: weighted sum, simple mean, or flat mean of the action rows below.
 * Neutralised children are left out and their weight is shared in proportion (RP 2018 OO2.2, OO3.4);
 * children with no value are left out with a warning; all children without value give null.
 *
 * Speed: this runs once per objective, so it makes one pass over the items, reuses sums that are the
 * same sequence of additions (never changing the arithmetic), and builds message texts only when a
 * diagnostic is actually emitted.
 */
import Decimal from 'decimal.js';
import { eq, gt } from '../decimalCompare';
import { formatNumber } from '../format';
import type { AggregationRule, EngineDiagnostic, PerformanceNode } from '../types';
import { listRefs, nodeName, nounOf, ofNode, shortRef } from './labels';

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

/**
 * Whose figure is combined: a node of the tree, or the ente (node null). Its Italian names
 * ("obiettivo 1.1", "dell'obiettivo 1.1"; "performance di ente") are built only for a message.
 */
export interface CombineOwner {
  node: PerformanceNode | null;
}

/** "obiettivo 1.1", "performance di ente" */
export function ownerName(owner: CombineOwner): string {
  return owner.node ? nodeName(owner.node) : 'performance di ente';
}

/** "dell'obiettivo 1.1", "della performance di ente" */
export function ownerOf(owner: CombineOwner): string {
  return owner.node ? ofNode(owner.node) : 'della performance di ente';
}

export interface CombineResult {
  value: Decimal | null;
  valueF: Decimal | null;
  /** per item: percent of the owner actually used (neutralised: 0); null for the flat mean */
  effectiveWeights: (Decimal | null)[];
  allNeutralised: boolean;
}

function diag(nodeId: string | undefined, severity: 'error' | 'warning', code: string, message: string, field?: EngineDiagnostic['field']): EngineDiagnostic {
  const d: EngineDiagnostic = { severity, code, message };
  if (nodeId !== undefined) d.nodeId = nodeId;
  if (field) d.field = field;
  return d;
}

function validWeight(w: Decimal | undefined): w is Decimal {
  return w !== undefined && w !== null && Decimal.isDecimal(w) && w.isFinite() && !w.isNegative();
}

/** A sum of weights off 100 by more than the tolerance. */
function offHundred(s: Decimal): boolean {
  if (eq(s, HUNDRED)) return false; // the usual case, decided without building |s - 100|
  return gt(s.minus(HUNDRED).abs(), WEIGHT_TOLERANCE);
}

/**
 * Σ w·v / Σ w over the active items whose value is not null; null when none. `sumWeights` is Σ w over all
 * of them added in the same order: when no value is null the denominator is that very sum.
 */
function weightedMean(weights: Decimal[], active: CombineItem[], withOverrides: boolean, sumWeights: Decimal): Decimal | null {
  let num = ZERO;
  let complete = true;
  for (let i = 0; i < active.length; i++) {
    const v = withOverrides ? active[i].value : active[i].valueF;
    if (v === null) complete = false;
    else num = num.plus(weights[i].times(v));
  }
  let den = sumWeights;
  if (!complete) {
    den = ZERO;
    for (let i = 0; i < active.length; i++) {
      if ((withOverrides ? active[i].value : active[i].valueF) !== null) den = den.plus(weights[i]);
    }
  }
  return den.isZero() ? null : num.div(den);
}

/** Σ of the weights from zero, in order. */
function sumOf(weights: Decimal[]): Decimal {
  let sum = ZERO;
  for (let i = 0; i < weights.length; i++) sum = sum.plus(weights[i]);
  return sum;
}

/** n ones: equal weights (their sum, added one by one, is exactly new Decimal(n)). */
function ones(n: number): Decimal[] {
  const out: Decimal[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = ONE;
  return out;
}

export function combine(
  rule: AggregationRule,
  items: CombineItem[],
  flat: FlatRows,
  owner: CombineOwner,
  diagnostics: EngineDiagnostic[],
): CombineResult {
  const ownerId = owner.node ? owner.node.id : undefined;
  const noun = () => nounOf(items.length > 0 ? items[0].node.level : 'action');
  const active: CombineItem[] = [];
  for (const it of items) if (!it.neutralised) active.push(it);
  const allNeutralised = items.length > 0 && active.length === 0;

  if (rule === 'flat-mean') {
    if (flat.missing > 0 && flat.count > 0) {
      diagnostics.push(
        diag(ownerId, 'warning', 'rows-not-measured', `nel calcolo ${ownerOf(owner)} non entrano ${flat.missing} azioni senza valore (${listRefs(flat.missingRefs)})`),
      );
    } else if (flat.count === 0 && !allNeutralised && items.length > 0) {
      diagnostics.push(diag(ownerId, 'warning', 'nothing-measured', `${ownerName(owner)}: nessuna azione ha un valore, il risultato resta vuoto`));
    }
    return {
      value: flat.count > 0 ? flat.sum.div(flat.count) : null,
      valueF: flat.countF > 0 ? flat.sumF.div(flat.countF) : null,
      effectiveWeights: items.map(() => null),
      allNeutralised,
    };
  }

  // Weights actually used for the active children, and their sum.
  let weights: Decimal[];
  let sumWeights: Decimal;
  if (rule === 'weighted') {
    // one validity check per item: valid[] for all items, and how many active ones are valid
    const valid: boolean[] = new Array(items.length);
    let givenActive = 0;
    let allValid = true;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      valid[i] = validWeight(it.weight);
      if (!valid[i]) {
        allValid = false;
        if (it.weight !== undefined && it.weight !== null) {
          diagnostics.push(diag(it.node.id, 'error', 'bad-weight', `il peso di ${shortRef(it.node)} non è una percentuale valida: ignorato`, 'weight'));
        }
      } else if (!it.neutralised) givenActive++;
    }
    if (active.length > 0 && givenActive === active.length) {
      weights = new Array(active.length);
      for (let i = 0; i < active.length; i++) weights[i] = active[i].weight as Decimal;
      const sumActive = sumOf(weights);
      // Σ over every item with a valid weight: the same additions as sumActive when all items are active and valid
      let sumAll = sumActive;
      if (!(allValid && active.length === items.length)) {
        sumAll = ZERO;
        for (let i = 0; i < items.length; i++) if (valid[i]) sumAll = sumAll.plus(items[i].weight as Decimal);
      }
      if (offHundred(sumAll) && offHundred(sumActive)) {
        diagnostics.push(
          diag(ownerId, 'warning', 'weights-sum', `i pesi ${noun().ofPlural} ${ownerOf(owner)} sommano a ${formatNumber(sumAll, 2)}, non a 100: sono stati riproporzionati a 100 (ogni peso diviso per la loro somma)`, 'weight'),
        );
      }
      if (sumActive.isZero()) {
        diagnostics.push(diag(ownerId, 'warning', 'weights-zero', `i pesi ${noun().ofPlural} ${ownerOf(owner)} sono tutti zero: si usano pesi uguali`, 'weight'));
        weights = ones(active.length);
        sumWeights = new Decimal(active.length);
      } else {
        sumWeights = sumActive;
      }
    } else {
      if (givenActive > 0) {
        const missing = active.filter((it) => !validWeight(it.weight)).map((it) => shortRef(it.node));
        diagnostics.push(
          diag(ownerId, 'warning', 'weights-missing', `mancano i pesi di alcune voci ${ownerOf(owner)} (${listRefs(missing)}): si usano pesi uguali`, 'weight'),
        );
      }
      weights = ones(active.length);
      sumWeights = new Decimal(active.length);
    }
  } else {
    weights = ones(active.length);
    sumWeights = new Decimal(active.length);
  }

  const value = weightedMean(weights, active, true, sumWeights);
  // without overrides below, both figures are the same additions of the same values: computed once
  let sameFigures = true;
  for (let i = 0; i < active.length && sameFigures; i++) sameFigures = active[i].value === active[i].valueF;
  const valueF = sameFigures ? value : weightedMean(weights, active, false, sumWeights);

  let missingCount = 0;
  for (const it of active) if (it.value === null) missingCount++;
  if (missingCount > 0) {
    const refs = listRefs(active.filter((it) => it.value === null).map((it) => shortRef(it.node)));
    if (missingCount < active.length && value !== null) {
      diagnostics.push(
        diag(ownerId, 'warning', 'children-not-measured', `nel calcolo ${ownerOf(owner)} non entrano, perché senza valore: ${refs}; i pesi sono ridistribuiti sugli altri`),
      );
    } else if (missingCount < active.length) {
      diagnostics.push(diag(ownerId, 'warning', 'nothing-measured', `le voci con un valore ${ownerOf(owner)} hanno peso zero e quelle con peso sono senza valore (${refs}): il risultato resta vuoto`, 'weight'));
    } else {
      diagnostics.push(diag(ownerId, 'warning', 'nothing-measured', `${noun().none} ${ownerOf(owner)} ha un valore (${refs}): il risultato resta vuoto`));
    }
  }

  // w / Σw · 100 per active item; equal weights (same value and sign) give the same figure, computed once
  const effectiveWeights: (Decimal | null)[] = new Array(items.length);
  const noSum = sumWeights.isZero();
  let k = 0;
  let lastWeight: Decimal | null = null;
  let lastShare: Decimal = ZERO;
  for (let i = 0; i < items.length; i++) {
    if (items[i].neutralised || noSum) {
      if (!items[i].neutralised) k++;
      effectiveWeights[i] = ZERO;
      continue;
    }
    const w = weights[k++];
    if (lastWeight === null || w !== lastWeight && !(w.s === lastWeight.s && eq(w, lastWeight))) {
      lastShare = w.div(sumWeights).times(HUNDRED);
      lastWeight = w;
    }
    effectiveWeights[i] = lastShare;
  }
  return { value, valueF, effectiveWeights, allNeutralised };
}
