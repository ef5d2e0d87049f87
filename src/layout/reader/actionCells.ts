/**
 * Reads the input cells of one action row with the engine's value reader and reports every bad
 * cell at its address. A bad cell spoils only its own input: a bad target or soglia leaves the
 * action without targetSpec, a bad result leaves it empty, a bad weight leaves it unset. A target or soglia
 * written on the baseline ("+10% su 2017") is resolved from the row's baseline cell (../../engine/values/baseline).
 */
import Decimal from 'decimal.js';
import { formatItalianNumber } from '../../engine/format';
import type { ActionSpec, CellInput, KpiValue, ParseResult, Profile, Threshold, ValueContext } from '../../engine/types';
import { parseKpiValue, parsePercentage, parseTargetSpec, readBaseline, relativeTargetOf, resolveRelativeCell, type Baseline } from '../../engine/values';
import type { SheetGrid } from '../types';
import { cellAt, cellText, isBlank } from './cellText';
import type { ColumnMap } from './columnMap';
import { adaptValueMessage, quoted, type DiagnosticList } from './diagnostics';
import { headerKey } from './normalise';
import { readDirection, readMethod, readStatus } from './rowWords';

const EMPTY: KpiValue = { kind: 'empty', raw: '' };
const BLANK_WORDS = new Set(['-', '--', '/', '//', 'n.d.', 'n.a.']);

/** Level Decimals of the soglia columns, shared by every row (a Decimal never changes). */
const levelDecimals = new Map<number, Decimal>();

function levelDecimal(level: number): Decimal {
  let d = levelDecimals.get(level);
  if (d === undefined) {
    d = new Decimal(level);
    if (levelDecimals.size >= 100) levelDecimals.clear();
    levelDecimals.set(level, d);
  }
  return d;
}

function levelLabel(level: number): string {
  return `${formatItalianNumber(new Decimal(level), null, false)}%`;
}

export interface ActionCells {
  spec: ActionSpec;
  weight?: Decimal;
}

/** A percentage cell (weight, override, strategic target); null when blank or bad (reported). */
export function readPercentageCell(
  grid: SheetGrid,
  row: number,
  col: number | undefined,
  subject: string,
  code: string,
  diags: DiagnosticList,
): Decimal | undefined {
  if (col === undefined) return undefined;
  const cell = cellAt(grid.cells, row, col);
  if (!cell || isBlank(cell)) return undefined;
  // "ponderazione" in a weight column is the KPI word of a level weighted from its children, not a weight
  if (typeof cell.value === 'string' && headerKey(cellText(cell)) === 'ponderazione') return undefined;
  const parsed = parsePercentage(cell);
  if (parsed.ok) return parsed.value;
  diags.error(code, row, col, adaptValueMessage(subject, parsed.problem));
  return undefined;
}

/** Levels of the soglia columns: the header's, else the profile's defaults not already used. */
export function thresholdLevels(map: ColumnMap, profile: Profile): (number | null)[] {
  const used = new Set(map.thresholds.filter((t) => t.level !== null).map((t) => t.level as number));
  const free = profile.defaultThresholdLevels.filter((l) => !used.has(l));
  return map.thresholds.map((t) => (t.level !== null ? t.level : free.shift() ?? null));
}

export function readActionCells(
  grid: SheetGrid,
  row: number,
  map: ColumnMap,
  levels: (number | null)[],
  ctx: ValueContext,
  profile: Profile,
  diags: DiagnosticList,
): ActionCells {
  const cell = (col: number | undefined): CellInput | undefined => (col === undefined ? undefined : cellAt(grid.cells, row, col));
  const text = (col: number | undefined): string => cellText(cell(col));
  const filled = (col: number): boolean => !isBlank(cellAt(grid.cells, row, col));
  const out: ActionCells = { spec: { targetSpec: null, result: EMPTY } };

  out.weight = readPercentageCell(grid, row, map.actionWeight, 'il peso', 'bad-weight', diags);

  // last year's value (glossary: baseline), as shown: the reference of "+10% su 2017" and of method 'progresso'
  let baseline: Baseline | null = null;
  if (map.baseline !== undefined && filled(map.baseline)) {
    const read = readBaseline(cell(map.baseline), ctx, map.baselineYear);
    if (read.ok) baseline = read.value;
    else diags.error('bad-baseline', row, map.baseline, adaptValueMessage('il valore storico', read.problem));
  }
  if (baseline) out.spec.baseline = baseline.value;
  /** A target or soglia written on the baseline ("+10% su 2017"): resolved, or reported at its cell (undefined). */
  const relative = (col: number, what: string): KpiValue | null | undefined => {
    const rel = relativeTargetOf(cell(col));
    if (!rel) return null;
    const resolved = resolveRelativeCell(rel, baseline, ctx, what);
    if (!resolved.ok) {
      diags.error(resolved.problem.code, row, col, resolved.problem.message);
      return undefined;
    }
    if (resolved.warning) diags.warning('baseline-year', row, col, resolved.warning);
    return resolved.value;
  };

  // target: plain value, relative to the baseline, or the 2018 combined form "67=100% - soglia minima 40=60%"
  let spoiled = false;
  let spec = null as ActionSpec['targetSpec'];
  const relativeTarget = map.actionTarget !== undefined && filled(map.actionTarget) ? relative(map.actionTarget, 'il target') : null;
  if (relativeTarget === undefined) spoiled = true;
  else if (relativeTarget) spec = { target: relativeTarget, thresholds: [] };
  else if (map.actionTarget !== undefined && filled(map.actionTarget)) {
    const parsed = parseTargetSpec(cell(map.actionTarget)!, ctx, profile.defaultThresholdLevels);
    if (parsed.ok) spec = parsed.value;
    else {
      spoiled = true;
      diags.error('bad-target', row, map.actionTarget, adaptValueMessage('il target', parsed.problem));
    }
  }

  // soglie in their own columns
  const thresholds: Threshold[] = [];
  map.thresholds.forEach((t, i) => {
    if (!filled(t.col)) return;
    const level = levels[i];
    if (level === null) {
      diags.error('threshold-level-missing', row, t.col, 'la soglia non ha una percentuale: indicarla nell\'intestazione (es. «Soglia 60%»)');
      spoiled = true;
      return;
    }
    const rel = relative(t.col, `la soglia ${levelLabel(level)}`);
    if (rel === undefined) {
      spoiled = true;
      return;
    }
    const parsed: ParseResult<KpiValue> = rel ? { ok: true, value: rel } : parseKpiValue(cell(t.col)!, ctx);
    if (parsed.ok) thresholds.push({ value: parsed.value, level: levelDecimal(level) });
    else {
      spoiled = true;
      diags.error('bad-threshold', row, t.col, adaptValueMessage(`la soglia ${levelLabel(level)}`, parsed.problem));
    }
  });
  if (!spoiled && (spec || thresholds.length > 0)) {
    const base = spec ?? { target: EMPTY, thresholds: [] };
    if (base.thresholds.length > 0 && thresholds.length > 0) {
      diags.warning(
        'thresholds-twice',
        row,
        map.thresholds[0].col,
        'le soglie sono indicate sia nella cella del target sia nelle colonne delle soglie: valgono quelle del target',
      );
      spec = base;
    } else if (thresholds.length > 0) {
      thresholds.sort((a, b) => b.level.comparedTo(a.level));
      spec = { ...base, thresholds };
    } else spec = base;
  }
  out.spec.targetSpec = spoiled ? null : spec;

  if (map.actionResult !== undefined && filled(map.actionResult)) {
    // a result written on the baseline too (RP 2018, Dirigente obj. 2: "Performance: +10% su 2017")
    const rel = relative(map.actionResult, 'il risultato');
    // undefined: no baseline, already reported at the cell; the result stays empty
    const parsed: ParseResult<KpiValue> | null = rel === undefined ? null : rel ? { ok: true, value: rel } : parseKpiValue(cell(map.actionResult)!, ctx);
    if (parsed?.ok) out.spec.result = parsed.value;
    else if (parsed) diags.error('bad-result', row, map.actionResult, adaptValueMessage('il risultato', parsed.problem));
  }

  // manual percentage for a qualitative KPI: target qualitative and result typed as a percentage
  const target = out.spec.targetSpec?.target;
  const result = out.spec.result;
  if (target?.kind === 'qualitative' && result.kind === 'number' && result.unit === 'percent') {
    out.spec.manualAchievement = result.value;
  }

  const override = readPercentageCell(grid, row, map.override, 'la % assegnata', 'bad-override', diags);
  if (override !== undefined) out.spec.override = { achievement: override, motivation: text(map.motivation) };

  const status = text(map.status);
  if (status !== '') {
    const s = readStatus(status);
    if (s === null) {
      diags.warning('unknown-status', row, map.status!, `lo stato ${quoted(status)} non è riconosciuto (ammessi: neutralizzata, annullata, riconsiderata): l'azione resta valida`);
    } else if (s.neutralised) out.spec.neutralised = true;
  }

  const direction = text(map.direction);
  if (direction !== '' && !BLANK_WORDS.has(direction.toLowerCase())) {
    const d = readDirection(direction);
    if (d) out.spec.direction = d;
    else
      diags.warning('unknown-direction', row, map.direction!, `la direzione ${quoted(direction)} non è riconosciuta (ammesse: crescente, decrescente, maggiore è meglio, minore è meglio, ↑, ↓): si ricava da target e soglie`);
  }

  const method = text(map.method);
  if (method !== '' && !BLANK_WORDS.has(method.toLowerCase())) {
    const m = readMethod(method);
    if (m) out.spec.method = m;
    else
      diags.warning('unknown-method', row, map.method!, `il metodo ${quoted(method)} non è riconosciuto (ammessi: soglie, lineare, proporzionale, binario, scala verbale, tolleranza, progresso): si usa quello del profilo`);
  }
  return out;
}
