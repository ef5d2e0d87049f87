/**
 * Scores one action: the formula value from target, soglie and result with the profile's method
 * (or the row's), plus an override by decision when it carries a motivation. Never throws.
 */
import Decimal from 'decimal.js';
import { gte, lte } from '../decimalCompare';
import { formatNumber, roundHalfUp } from '../format';
import type { ActionSpec, Direction, EngineDiagnostic, Profile, ScoringMethod } from '../types';
import { DiagnosticSink, describeError, quote } from './diagnostics';
import { prepareResult, prepareTarget } from './kpi';
import { isScoringMethod, METHODS, progressDirection } from './methods';
import { scoreVerbal, scoreYesNo } from './wordMethods';

export interface ActionScore {
  /** with the override, when one is applied */
  achievement: Decimal | null;
  /** by formula (or the hand-entered percentage of a qualitative KPI) */
  formulaAchievement: Decimal | null;
  direction?: Direction;
  diagnostics: EngineDiagnostic[];
  /** true when an override was applied */
  overridden: boolean;
}

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

function isPercentage(d: unknown): d is Decimal {
  return Decimal.isDecimal(d) && (d as Decimal).isFinite() && gte(d as Decimal, ZERO) && lte(d as Decimal, HUNDRED);
}

interface Formula {
  value: Decimal | null;
  direction?: Direction;
}

function manualOrWarn(spec: ActionSpec, sink: DiagnosticSink, why: string): Formula {
  if (spec.manualAchievement !== undefined) {
    if (isPercentage(spec.manualAchievement)) return { value: spec.manualAchievement };
    sink.error('bad-manual-achievement', 'la percentuale inserita a mano deve essere tra 0% e 100%', 'result');
    return { value: null };
  }
  sink.warning('qualitative-without-achievement', `${why}: inserire la percentuale di raggiungimento valutata`, 'result');
  return { value: null };
}

function computeFormula(spec: ActionSpec, method: ScoringMethod, profile: Profile, sink: DiagnosticSink): Formula {
  // the word methods first: a verbal judgement or a sì/no answer needs no numeric target
  if (method === 'scala') return scoreVerbal(spec, profile, sink);
  if (method === 'binario') {
    const words = scoreYesNo(spec, profile, sink);
    if (words) return words;
  }
  const ts = spec.targetSpec;
  const result = spec.result;
  if (!ts || ts.target.kind === 'empty') {
    if (spec.manualAchievement !== undefined) return manualOrWarn(spec, sink, 'manca il target');
    sink.error('missing-target', "manca il target dell'azione", 'target');
    return { value: null };
  }
  const target = ts.target;
  if (target.kind === 'qualitative') {
    // "=" in the result column: not done, 0 (a qualitative KPI too, unless a percentage was entered by hand).
    if (result.kind === 'not-done' && spec.manualAchievement === undefined) return { value: ZERO };
    return manualOrWarn(spec, sink, `KPI qualitativo (target ${quote(target)})`);
  }
  if (result.kind === 'qualitative') return manualOrWarn(spec, sink, `risultato qualitativo ${quote(result)}`);
  if (spec.manualAchievement !== undefined) {
    sink.warning(
      'manual-ignored',
      'la percentuale inserita a mano vale solo per i KPI qualitativi: qui si usa il calcolo (per assegnare un valore diverso usare un override con motivazione)',
      'result',
    );
  }
  if (target.kind === 'not-measured' || target.kind === 'not-done') {
    sink.error('bad-target', `il target ${quote(target)} non è un valore misurabile`, 'target');
    return { value: null };
  }

  if (target.kind === 'boolean') {
    if (ts.thresholds.some((t) => t.value.kind !== 'empty')) {
      sink.warning('thresholds-ignored', `le soglie non si applicano a un target sì/no (${quote(target)})`, 'thresholds');
    }
    if (result.kind === 'empty' || result.kind === 'not-measured') return missingResult(result.kind, result.raw, sink);
    if (result.kind === 'not-done') return { value: ZERO };
    if (result.kind !== 'boolean') {
      sink.error('result-type', `il risultato ${quote(result)} non è sì/no come il target ${quote(target)}`, 'result');
      return { value: null };
    }
    // RP 2018 2.7c: "Si=100%"; the answer that differs from the target scores 0.
    return { value: result.value === target.value ? HUNDRED : ZERO };
  }

  const kpi = prepareTarget(spec, ts, profile, sink);
  if (!kpi) return { value: null };
  // progresso: the direction runs from the baseline to the target
  const direction = (method === 'progresso' && !kpi.isDate ? progressDirection(kpi) : null) ?? kpi.direction;
  if (result.kind === 'empty' || result.kind === 'not-measured') return { ...missingResult(result.kind, result.raw, sink), direction };
  // "=" in the result column: not done, scores 0.
  if (result.kind === 'not-done') return { value: ZERO, direction };
  const x = prepareResult(result, kpi, profile, sink);
  if (x === null) return { value: null, direction };
  return { value: METHODS[method as Exclude<ScoringMethod, 'scala'>](kpi, x, profile, sink), direction };
}

function missingResult(kind: 'empty' | 'not-measured', raw: string, sink: DiagnosticSink): Formula {
  if (kind === 'empty') sink.warning('missing-result', 'manca il risultato: azione non misurata', 'result');
  else sink.warning('not-measured', `risultato ${quote(raw)}: azione non misurata`, 'result');
  return { value: null };
}

/** Scores one action. Neutralised actions score null with no diagnostic (the tree shares their weight). */
export function scoreAction(spec: ActionSpec, profile: Profile): ActionScore {
  const sink = new DiagnosticSink();
  try {
    if (spec.neutralised) {
      if (spec.override) sink.warning('override-ignored', "l'azione è neutralizzata: la percentuale assegnata non si applica", 'override');
      return { achievement: null, formulaAchievement: null, diagnostics: sink.items, overridden: false };
    }
    let method: ScoringMethod = profile.method;
    if (spec.method !== undefined) {
      if (isScoringMethod(spec.method)) method = spec.method;
      else sink.error('bad-method', `metodo di calcolo ${quote(String(spec.method))} sconosciuto: si usa «${profile.method}»`, 'method');
    }
    const { value, direction } = computeFormula(spec, method, profile, sink);
    let formula = value;
    if (formula !== null && !isPercentage(formula)) {
      sink.error('internal-error', `errore interno: percentuale calcolata fuori scala (${formatNumber(formula)})`);
      formula = null;
    }
    if (formula !== null && profile.actionRoundingDecimals !== null) {
      formula = roundHalfUp(formula, profile.actionRoundingDecimals);
    }
    let achievement = formula;
    let overridden = false;
    const o = spec.override;
    if (o) {
      if (!o.motivation || o.motivation.trim() === '') {
        sink.error('override-without-motivation', 'percentuale assegnata senza motivazione: non applicata (indicare la motivazione, es. «sentito l\'OIV»)', 'override');
      } else if (!isPercentage(o.achievement)) {
        sink.error('bad-override', 'la percentuale assegnata deve essere tra 0% e 100%: non applicata', 'override');
      } else {
        achievement = o.achievement;
        overridden = true;
      }
    }
    const out: ActionScore = { achievement, formulaAchievement: formula, diagnostics: sink.items, overridden };
    if (direction) out.direction = direction;
    return out;
  } catch (e) {
    sink.error('internal-error', `errore interno nel calcolo dell'azione: ${describeError(e)}`);
    return { achievement: null, formulaAchievement: null, diagnostics: sink.items, overridden: false };
  }
}
