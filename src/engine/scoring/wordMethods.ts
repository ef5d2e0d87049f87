/**
 * The methods that score words (issue 11): 'binario' for sì/no and fatto/non fatto, 'scala' for a verbal
 * judgement (insufficiente/sufficiente/buono/ottimo -> 0/60/80/100, the profile's own scale).
 */
import Decimal from 'decimal.js';
import { DEFAULT_BINARY_WORDS, DEFAULT_VERBAL_SCALE } from '../profiles';
import type { ActionSpec, KpiValue, Profile } from '../types';
import { DiagnosticSink, quote } from './diagnostics';

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

export interface WordFormula {
  value: Decimal | null;
}

/** A word as compared: lower case, single spaces, no final full stop. */
export function wordKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.;:!]+$/, '');
}

/** true / false for a sì/no cell or one of the profile's done / not-done words; null for anything else. */
export function yesNoOf(v: KpiValue, profile: Profile): boolean | null {
  if (v.kind === 'boolean') return v.value;
  if (v.kind !== 'qualitative') return null;
  const words = profile.binaryWords ?? DEFAULT_BINARY_WORDS;
  const key = wordKey(v.raw);
  if (words.yes.some((w) => wordKey(w) === key)) return true;
  if (words.no.some((w) => wordKey(w) === key)) return false;
  return null;
}

function missing(result: KpiValue, sink: DiagnosticSink): WordFormula {
  if (result.kind === 'empty') sink.warning('missing-result', 'manca il risultato: azione non misurata', 'result');
  else sink.warning('not-measured', `risultato ${quote(result)}: azione non misurata`, 'result');
  return { value: null };
}

function manualIgnored(spec: ActionSpec, sink: DiagnosticSink): void {
  if (spec.manualAchievement === undefined) return;
  sink.warning('manual-ignored', 'la percentuale inserita a mano non si usa con questo metodo: per assegnare un valore diverso usare un override con motivazione', 'result');
}

/**
 * 'binario' on words: the result sì / fatto scores 100 and no / non fatto 0 (against a target "No", the other
 * way round). Returns null when the result is a number or a date: the caller scores it against the target.
 */
export function scoreYesNo(spec: ActionSpec, profile: Profile, sink: DiagnosticSink): WordFormula | null {
  const result = spec.result;
  if (result.kind === 'number' || result.kind === 'date') return null;
  manualIgnored(spec, sink);
  if (result.kind === 'empty' || result.kind === 'not-measured') return missing(result, sink);
  if (result.kind === 'not-done') return { value: ZERO };
  const answer = yesNoOf(result, profile);
  if (answer === null) {
    const words = profile.binaryWords ?? DEFAULT_BINARY_WORDS;
    sink.error('binary-word', `con il metodo sì/no il risultato ${quote(result)} deve essere sì/no oppure una di queste parole: ${[...words.yes, ...words.no].join(', ')}`, 'result');
    return { value: null };
  }
  const target = spec.targetSpec?.target;
  const wanted = target ? yesNoOf(target, profile) : null;
  if (target && target.kind !== 'empty' && target.kind !== 'qualitative' && target.kind !== 'boolean') {
    sink.error('result-type', `il risultato ${quote(result)} è sì/no, il target ${quote(target)} no`, 'result');
    return { value: null };
  }
  return { value: answer === (wanted ?? true) ? HUNDRED : ZERO };
}

/** 'scala': the judgement in the result cell scores what the profile's verbal scale says; the target is not used. */
export function scoreVerbal(spec: ActionSpec, profile: Profile, sink: DiagnosticSink): WordFormula {
  const result = spec.result;
  manualIgnored(spec, sink);
  if (result.kind === 'empty' || result.kind === 'not-measured') return missing(result, sink);
  if (result.kind === 'not-done') return { value: ZERO };
  const scale = profile.verbalScale ?? DEFAULT_VERBAL_SCALE;
  const allowed = scale.map((s) => s.label).join(', ');
  if (result.kind !== 'qualitative' && result.kind !== 'boolean') {
    sink.error('verbal-not-a-word', `con il metodo «scala verbale» il risultato deve essere un giudizio (${allowed}): trovato ${quote(result)}`, 'result');
    return { value: null };
  }
  const key = wordKey(result.raw);
  const step = scale.find((s) => wordKey(s.label) === key);
  if (!step) {
    sink.error('verbal-unknown', `il giudizio ${quote(result)} non è nella scala verbale del profilo (${allowed})`, 'result');
    return { value: null };
  }
  return { value: new Decimal(step.score) };
}
