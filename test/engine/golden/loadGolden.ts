/**
 * Builds PerformanceTrees from the golden data of the Sondrio reports (test/fixtures/sondrio/*.jsonl).
 * RP 2020: target and result are read from raw_target / raw_result by the value reader, soglie from the
 * `thresholds` field. RP 2018: the numeric target / result / thresholds fields; no perspectives.
 * Only inputs are taken from the fixtures; every published figure is left for the engine to compute.
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { parseKpiValue } from '../../../src/engine/values';
import type { ActionSpec, Direction, KpiValue, PerformanceNode, PerformanceTree, Threshold } from '../../../src/engine/types';

export interface GoldenThreshold {
  value: number | string;
  pct: number;
}

export interface GoldenRecord {
  level: 'azione' | 'obiettivo_operativo' | 'obiettivo_strategico' | 'prospettiva' | 'ente' | 'obiettivo_individuale';
  code: string;
  title: string;
  direction: string;
  target: number | string | null;
  thresholds: GoldenThreshold[];
  weight_pct: number | null;
  result: number | string | null;
  reported_pct: number | null;
  formula_pct: number | null;
  override: boolean;
  notes: string;
  parent?: string;
  raw_target?: string;
  raw_result?: string | null;
  raw_pct?: string | null;
  annulled?: boolean;
  table_pct?: number | null;
}

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'sondrio');

export function readGolden(file: 'sondrio-rp2018.jsonl' | 'sondrio-rp2020.jsonl'): GoldenRecord[] {
  return fs
    .readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldenRecord);
}

export interface BuildOptions {
  /** enter the report's documented overrides (override: true) with the record's notes as motivation; default true */
  documentedOverrides?: boolean;
  /** actions whose published percentage is entered as an override, code -> motivation */
  publishedAsOverride?: Map<string, string>;
  /** what-ifs: change an action's spec after it is built */
  edit?: (code: string, spec: ActionSpec) => ActionSpec;
  /** replace action weights, code -> weight */
  weights?: Map<string, number>;
}

export function statedDirection(r: GoldenRecord): Direction | undefined {
  return r.direction === 'higher' || r.direction === 'lower' ? r.direction : undefined;
}

function mustParse(raw: string | null | undefined, planYear: number, what: string): KpiValue {
  const p = parseKpiValue({ value: raw ?? null }, { planYear });
  if (!p.ok) throw new Error(`fixture: ${what} «${raw}»: ${p.problem.message}`);
  return p.value;
}

function italian(n: number): string {
  return String(n).replace('.', ',');
}

/** A value of the RP 2018 fixture: number, ISO date, Si/No; other text is a result the report did not measure. */
export function value2018(v: number | string | null): KpiValue {
  if (v === null || v === undefined) return { kind: 'empty', raw: '' };
  if (typeof v === 'number') return { kind: 'number', value: new Decimal(v), unit: 'none', raw: italian(v) };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (iso) {
    return { kind: 'date', date: { year: +iso[1], month: +iso[2], day: +iso[3], precision: 'day' }, raw: `${iso[3]}/${iso[2]}/${iso[1]}` };
  }
  if (/^s[iì]$/i.test(v.trim())) return { kind: 'boolean', value: true, raw: v };
  if (/^no$/i.test(v.trim())) return { kind: 'boolean', value: false, raw: v };
  return { kind: 'not-measured', raw: v };
}

function finishAction(r: GoldenRecord, spec: ActionSpec, options: BuildOptions): ActionSpec {
  const published = options.publishedAsOverride?.get(r.code);
  if (published !== undefined && r.reported_pct !== null) {
    spec.override = { achievement: new Decimal(r.reported_pct), motivation: published };
  } else if ((options.documentedOverrides ?? true) && r.override && !r.annulled && r.reported_pct !== null) {
    spec.override = { achievement: new Decimal(r.reported_pct), motivation: r.notes };
  }
  return options.edit ? options.edit(r.code, spec) : spec;
}

function actionNode(r: GoldenRecord, spec: ActionSpec, options: BuildOptions): PerformanceNode {
  const w = options.weights?.get(r.code) ?? r.weight_pct;
  const node: PerformanceNode = { id: r.code, level: 'action', code: r.code, title: r.title, action: spec, children: [] };
  if (w !== null && w !== undefined) node.weight = new Decimal(w);
  return node;
}

/** The spec of an RP 2020 action (value reader on the raw cells; soglie in the target's unit). */
export function actionSpec2020(r: GoldenRecord, options: BuildOptions = {}): ActionSpec {
  const target = mustParse(r.raw_target, 2020, `target ${r.code}`);
  const result = mustParse(r.raw_result, 2020, `risultato ${r.code}`);
  const unit = target.kind === 'number' ? target.unit : 'none';
  const thresholds: Threshold[] = r.thresholds.map((t) => ({
    value: { kind: 'number', value: new Decimal(t.value as number), unit, raw: italian(t.value as number) },
    level: new Decimal(t.pct),
  }));
  const spec: ActionSpec = { targetSpec: { target, thresholds }, result };
  const dir = statedDirection(r);
  if (dir) spec.direction = dir;
  // A qualitative KPI takes the percentage entered by hand (RP 2020 1.3.2: "eccellente" -> 100).
  const qualitative = target.kind === 'qualitative' || result.kind === 'qualitative';
  if (qualitative && !r.override && r.reported_pct !== null) spec.manualAchievement = new Decimal(r.reported_pct);
  return finishAction(r, spec, options);
}

/** The spec of an RP 2018 action or individual objective. */
export function actionSpec2018(r: GoldenRecord, options: BuildOptions = {}): ActionSpec {
  const spec: ActionSpec = {
    targetSpec: {
      target: value2018(r.target),
      thresholds: r.thresholds.map((t) => ({ value: value2018(t.value), level: new Decimal(t.pct) })),
    },
    result: value2018(r.result),
  };
  const dir = statedDirection(r);
  if (dir) spec.direction = dir;
  if (r.annulled) spec.neutralised = true;
  return finishAction(r, spec, options);
}

/** RP 2020: 4 perspectives > 9 strategic objectives > 23 operational objectives > 49 actions. */
export function buildTree2020(records: GoldenRecord[], options: BuildOptions = {}): PerformanceTree {
  const perspectives = new Map<string, PerformanceNode>();
  const strategic = new Map<string, PerformanceNode>();
  const operational = new Map<string, PerformanceNode>();
  for (const r of records.filter((x) => x.level === 'prospettiva')) {
    perspectives.set(r.code, { id: `P:${r.title}`, level: 'perspective', code: null, title: r.title, children: [] });
  }
  for (const r of records.filter((x) => x.level === 'obiettivo_strategico')) {
    const node: PerformanceNode = { id: r.code, level: 'strategic', code: r.code, title: r.title, target: new Decimal(r.target as number), children: [] };
    strategic.set(r.code, node);
    perspectives.get(r.parent as string)!.children.push(node);
  }
  for (const r of records.filter((x) => x.level === 'obiettivo_operativo')) {
    const node: PerformanceNode = { id: r.code, level: 'operational', code: r.code, title: r.title, weight: new Decimal(r.weight_pct as number), children: [] };
    operational.set(r.code, node);
    strategic.get(r.parent as string)!.children.push(node);
  }
  for (const r of records.filter((x) => x.level === 'azione')) {
    operational.get(r.parent as string)!.children.push(actionNode(r, actionSpec2020(r, options), options));
  }
  return { roots: [...perspectives.values()] };
}

/** "2.2e e 2.2f" -> "2.2"; "2.2" -> "2" */
function parentCode2018(code: string): string {
  const m = /^(\d+)\.(\d+)/.exec(code);
  if (!m) throw new Error(`fixture: codice ${code}`);
  return /^\d+\.\d+$/.test(code) ? m[1] : `${m[1]}.${m[2]}`;
}

/** RP 2018: 3 strategic objectives (the roots, no perspectives) > 15 operational objectives > 37 actions. */
export function buildTree2018(records: GoldenRecord[], options: BuildOptions = {}): PerformanceTree {
  const strategic = new Map<string, PerformanceNode>();
  const operational = new Map<string, PerformanceNode>();
  for (const r of records.filter((x) => x.level === 'obiettivo_strategico')) {
    strategic.set(r.code, { id: `OS${r.code}`, level: 'strategic', code: r.code, title: r.title, children: [] });
  }
  for (const r of records.filter((x) => x.level === 'obiettivo_operativo')) {
    const node: PerformanceNode = { id: r.code, level: 'operational', code: r.code, title: r.title, weight: new Decimal(r.weight_pct as number), children: [] };
    operational.set(r.code, node);
    strategic.get(parentCode2018(r.code))!.children.push(node);
  }
  for (const r of records.filter((x) => x.level === 'azione')) {
    operational.get(parentCode2018(r.code))!.children.push(actionNode(r, actionSpec2018(r, options), options));
  }
  return { roots: [...strategic.values()] };
}
