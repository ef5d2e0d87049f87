/**
 * parseTargetSpec: a target cell. Three forms:
 *  1. a plain value: `4`, `3,25%`, `luglio`, `28 gg.` (no stated direction);
 *  2. a value with a comparison sign or word: `≥ 4,6`, `almeno 5` (higher), `≤ -11,00`, `max 30`,
 *     `entro il 30/04/2019` (lower) — see comparison.ts;
 *  3. the combined form of the Sondrio 2018 report (RP 2018, "Target" column; analysis §2.1):
 *     parts separated by " - " (or ";"), each `value=level%` or reversed `level%=value`:
 *       `67=100% - soglia minima 40=60%`, `100%=entro novembre - 80%=entro dicembre`,
 *       `2017+10%=0,56=100% - 2017+5%=0,54=60%` (a baseline formula: the resolved value, the one next
 *       to the level, is used), `Entro 3 mesi=100% - Entro 5 mesi=60%`, `1=100%`, `Si=100%`;
 *     a part without a level is the target when it comes first (`100% - soglia minima 60%`); a soglia
 *     without a level takes the profile's default levels: `soglia minima` the last (the minimum), any
 *     other the first default level not already used.
 * Soglie come out ordered from the closest to the target (highest level) to the minimum.
 * Soglie typed in separate columns are not read here: the layout calls parseKpiValue on each.
 */
import Decimal from 'decimal.js';
import { formatItalianNumber } from '../format';
import type { CellInput, Direction, ParseResult, TargetSpec, Threshold, ValueContext } from '../types';
import { parseKpiValue, readKpiText, TextReading } from './kpiValue';
import { readNumberText } from './numbers';
import { badTargetSpec } from './problems';
import { normaliseText, quote } from './text';

/** An "=" that is not part of ">=", "<=", "=>" or "=<". */
const LEVEL_EQUALS = /(?<![<>≤≥])=(?![<>])/;
const PART_SEPARATOR = /\s+[-—]\s+|\s*;\s*/;
const SOGLIA_LABEL = /^soglia(?:\s+(?<kind>minima|min\.?|massima|max\.?))?\s*:?\s*/i;
const TARGET_LABEL = /^target\s*:?\s*/i;
const LEVEL_RE = /^\d+(?:[.,]\d+)?\s*%$/;

interface Part {
  text: string;
  reading: TextReading;
  level?: Decimal;
  minimum: boolean;
}

type Step<T> = { ok: true; value: T } | { ok: false; detail: string };

function isCombined(text: string): boolean {
  return text !== '=' && (/soglia/i.test(text) || LEVEL_EQUALS.test(text));
}

function readLevel(text: string): Decimal | null {
  if (!LEVEL_RE.test(text)) return null;
  const n = readNumberText(text);
  return n ? n.value : null;
}

function readPart(partText: string, ctx: ValueContext): Step<Part> {
  let text = partText;
  let minimum = false;
  const soglia = SOGLIA_LABEL.exec(text);
  if (soglia) {
    minimum = /^min/i.test(soglia.groups?.kind ?? '');
    text = text.slice(soglia[0].length);
  } else {
    text = text.replace(TARGET_LABEL, '');
  }
  const pieces = text.split(LEVEL_EQUALS).map((p) => p.trim());
  if (pieces.some((p) => p === '')) return { ok: false, detail: `manca un valore accanto a «=» in ${quote(partText)}` };
  let valueText: string;
  let level: Decimal | undefined;
  const last = pieces.length > 1 ? readLevel(pieces[pieces.length - 1]) : null;
  const first = pieces.length === 2 ? readLevel(pieces[0]) : null;
  if (pieces.length === 1) {
    valueText = pieces[0];
  } else if (last) {
    level = last;
    valueText = pieces[pieces.length - 2]; // the resolved value next to the level
  } else if (first) {
    level = first; // reversed order: "100%=entro novembre"
    valueText = pieces[1];
  } else {
    return { ok: false, detail: `in ${quote(partText)} manca la percentuale di raggiungimento (es. «=100%»)` };
  }
  const read = readKpiText(valueText, ctx);
  if (!read.ok) return { ok: false, detail: read.problem.message };
  return { ok: true, value: { text: valueText, reading: read.value, level, minimum } };
}

/** Gives a level to every part: explicit, the first part as target, or the profile's defaults. */
function assignLevels(parts: Part[], defaultLevels: number[]): Step<Array<Part & { level: Decimal }>> {
  const hundred = new Decimal(100);
  const used = new Set(parts.filter((p) => p.level).map((p) => p.level!.toString()));
  const defaults = defaultLevels.map((l) => new Decimal(l));
  const out: Array<Part & { level: Decimal }> = [];
  for (const [i, part] of parts.entries()) {
    let level = part.level;
    if (!level && i === 0 && !used.has('100') && !part.minimum) level = hundred;
    if (!level && part.minimum) level = defaults[defaults.length - 1];
    if (!level) level = defaults.find((d) => !used.has(d.toString()));
    if (!level) {
      return { ok: false, detail: `la soglia ${quote(part.text)} non indica la percentuale e il profilo non ha livelli di soglia` };
    }
    used.add(level.toString());
    out.push({ ...part, level });
  }
  return { ok: true, value: out };
}

function buildSpec(parts: Array<Part & { level: Decimal }>): Step<TargetSpec> {
  const targets = parts.filter((p) => p.level.eq(100));
  if (targets.length === 0) return { ok: false, detail: 'manca il valore che vale 100%' };
  if (targets.length > 1) return { ok: false, detail: 'più di un valore vale 100%' };
  const target = targets[0].reading.value;
  const thresholds: Threshold[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    if (part === targets[0]) continue;
    const { level } = part;
    if (level.lte(0) || level.gt(100)) {
      return { ok: false, detail: `il livello ${formatItalianNumber(level, null, false)}% della soglia ${quote(part.text)} non è tra 0% e 100%` };
    }
    if (seen.has(level.toString())) return { ok: false, detail: `due soglie valgono ${formatItalianNumber(level, null, false)}%` };
    seen.add(level.toString());
    const value = part.reading.value;
    if (value.kind !== 'number' && value.kind !== 'date') {
      return { ok: false, detail: `la soglia ${quote(part.text)} non è un numero né una data` };
    }
    if (value.kind !== target.kind) {
      return { ok: false, detail: `la soglia ${quote(part.text)} non è dello stesso tipo del target` };
    }
    thresholds.push({ value, level });
  }
  thresholds.sort((a, b) => b.level.comparedTo(a.level));
  const statedDirection: Direction | undefined =
    targets[0].reading.direction ?? parts.find((p) => p.reading.direction)?.reading.direction;
  return { ok: true, value: statedDirection ? { target, thresholds, statedDirection } : { target, thresholds } };
}

function readCombined(text: string, ctx: ValueContext, defaultLevels: number[]): Step<TargetSpec> {
  const parts: Part[] = [];
  for (const partText of text.split(PART_SEPARATOR)) {
    if (partText.trim() === '') return { ok: false, detail: 'una parte è vuota' };
    const part = readPart(partText.trim(), ctx);
    if (!part.ok) return part;
    parts.push(part.value);
  }
  const levelled = assignLevels(parts, defaultLevels);
  return levelled.ok ? buildSpec(levelled.value) : levelled;
}

export function parseTargetSpec(cell: CellInput, ctx: ValueContext, defaultLevels: number[]): ParseResult<TargetSpec> {
  if (typeof cell.value !== 'string') {
    const value = parseKpiValue(cell, ctx);
    return value.ok ? { ok: true, value: { target: value.value, thresholds: [] } } : value;
  }
  const raw = cell.value;
  const text = normaliseText(raw);
  if (!isCombined(text)) {
    const single = readKpiText(raw, ctx);
    if (!single.ok) return single;
    const { value, direction } = single.value;
    return { ok: true, value: direction ? { target: value, thresholds: [], statedDirection: direction } : { target: value, thresholds: [] } };
  }
  const spec = readCombined(text, ctx, defaultLevels);
  if (!spec.ok) return { ok: false, problem: badTargetSpec(raw, spec.detail) };
  // each value's raw is its own piece of the cell text ("67", "entro novembre")
  return { ok: true, value: spec.value };
}
