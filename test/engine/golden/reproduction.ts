/**
 * Which published figures of the Sondrio reports the engine reproduces, and why the others are not.
 * The engine computes every figure from the fixtures' inputs; the published figures are only compared.
 *
 * Procedure per report:
 *  1. build the tree with the report's documented overrides (override: true, motivation = the notes) and
 *     the hand-entered percentage of qualitative KPIs; score it;
 *  2. an action whose formula figure differs from the published one and that is neither a documented
 *     override nor qualitative is a gap (reason from GAP_REASONS, else "non spiegato");
 *  3. rebuild with the gaps' published percentages entered as overrides (motivation = the reason) so that
 *     every aggregate can be checked against the report, and compare every objective, perspective and the ente.
 * Run `node -r ts-node/register/transpile-only test/engine/golden/printReproduction.ts` for the list.
 */
import Decimal from 'decimal.js';
import { formatDecimal, getProfile, roundHalfUp, scoreAction, scoreTree } from '../../../src/engine';
import type { PerformanceNode, ScoredNode, ScoreResult } from '../../../src/engine';
import { actionSpec2018, buildTree2018, buildTree2020, GoldenRecord, readGolden } from './loadGolden';

export type Outcome = 'formula' | 'aggregate' | 'override' | 'manual' | 'not-reproduced';

export interface ReproItem {
  level: GoldenRecord['level'];
  code: string;
  published: number;
  /** the engine's figure at the compared precision ("—" when it has none) */
  engine: string;
  decimals: number;
  outcome: Outcome;
  note?: string;
}

export interface ReproSummary {
  source: string;
  /** published figures checked */
  total: number;
  /** computed by the engine from the inputs (action formulas and aggregates) */
  reproduced: number;
  /** documented overrides reproduced when entered as overrides */
  viaOverride: number;
  /** qualitative KPIs whose percentage is entered by hand */
  viaManual: number;
  notReproduced: ReproItem[];
  items: ReproItem[];
}

/** Why a published action figure of RP 2020 does not follow from the data (sondrio-rp2020-analysis §2.3-2.4). */
export const GAP_REASONS_2020: Record<string, string> = {
  '1.1.2': 'soglie 2020 non pubblicate: 655 su 880 è sotto il target, il 60% pubblicato richiede una soglia 60% ≤ 655',
  '1.3.1': 'soglie 2020 non pubblicate: 2 su 4 è sotto il target, il 60% pubblicato richiede una soglia 60% ≤ 2',
  '2.4.2': 'soglie 2020 non pubblicate: 1.100 su 1.400 è sotto il target, l\'80% pubblicato richiede una soglia 80% ≤ 1.100',
  '8.1.3': 'soglie 2020 non pubblicate: 40,75% su 50% è sotto il target, il 60% pubblicato richiede una soglia 60% ≤ 40,75%',
  '3.1.1': 'risultato mancante: la riga 3.1.1 dell\'allegato è troncata (L220), pubblicato 100%',
  '3.5.2': 'non spiegato: target settembre, risultato ottobre (in ritardo), pubblicato 100% senza motivazione',
};

/** Published figures of RP 2018 that the data do not give (sondrio-rp2018-analysis §3.2). */
export const GAP_REASONS_2018: Record<string, string> = {
  'obiettivo_strategico 3':
    'nel testo 93,36% (L381), cifra non ricostruibile e superata: la tabella finale (L871) e la media di ente 98,4% usano 100,00%, come il motore',
  'obiettivo_individuale PROMOZIONE.RESP.1':
    'consegna in ritardo (16/5 per «entro aprile») punteggio 100% senza motivazione: un override senza motivazione non si applica',
};

function decimalsFor(r: GoldenRecord, year: 2018 | 2020): number {
  // RP 2018 "IN BREVE" box: OBIETTIVI STRATEGICI 98,4% (one decimal); every other figure at 2 decimals.
  return r.level === 'ente' && year === 2018 ? 1 : 2;
}

function shown(d: Decimal | null, decimals: number): string {
  return formatDecimal(d, decimals);
}

function matches(d: Decimal | null, published: number, decimals: number): boolean {
  return d !== null && roundHalfUp(d, decimals).eq(roundHalfUp(new Decimal(published), decimals));
}

/** Every scored node of a result by node id. */
export function indexScored(result: ScoreResult): Map<string, ScoredNode> {
  const map = new Map<string, ScoredNode>();
  const walk = (n: ScoredNode) => {
    map.set(n.node.id, n);
    n.children.forEach(walk);
  };
  result.roots.forEach(walk);
  return map;
}

function nodeId(r: GoldenRecord, year: 2018 | 2020, perspectiveIds: Map<string, string>): string {
  if (r.level === 'prospettiva') return perspectiveIds.get(r.code) as string;
  if (year === 2018 && r.level === 'obiettivo_strategico') return `OS${r.code}`;
  return r.code;
}

/** The figure the report publishes for a record (RP 2020 strategic: % raggiungimento). */
function engineFigure(r: GoldenRecord, year: 2018 | 2020, node: ScoredNode | undefined, result: ScoreResult): Decimal | null {
  if (r.level === 'ente') return result.organisation.achievement;
  if (!node) return null;
  if (r.level === 'obiettivo_strategico' && year === 2020) return node.targetAchievement;
  return node.achievement;
}

function isQualitative(node: PerformanceNode): boolean {
  const a = node.action;
  return !!a && (a.targetSpec?.target.kind === 'qualitative' || a.result.kind === 'qualitative');
}

function summarise(source: string, items: ReproItem[]): ReproSummary {
  const count = (o: Outcome) => items.filter((i) => i.outcome === o).length;
  return {
    source,
    total: items.length,
    reproduced: count('formula') + count('aggregate'),
    viaOverride: count('override'),
    viaManual: count('manual'),
    notReproduced: items.filter((i) => i.outcome === 'not-reproduced'),
    items,
  };
}

/** Remarks on figures that are reproduced but deserve a word. */
export const NOTES_2018: Record<string, string> = {
  'obiettivo_operativo 2.2':
    'riprodotto con i pesi pubblicati a 2 decimali (26,32 / 15,79 / 36,85 / 21,04); con i pesi originari 25/15/35/20 ridistribuiti dal motore dopo l\'annullamento di 2.2c si ottiene 93,68',
  'azione 1.3d': 'override documentato, ma con il KPI arrotondato a 2 decimali (0,996 -> 1,00) la formula dà già 100',
};

interface TreeRun {
  records: GoldenRecord[];
  year: 2018 | 2020;
  build: (gaps: Map<string, string>) => ReturnType<typeof buildTree2020>;
  reasons: Record<string, string>;
  notes?: Record<string, string>;
}

function reproduceTree(source: string, run: TreeRun): { summary: ReproSummary; result: ScoreResult; gaps: Map<string, string> } {
  const profile = getProfile(run.year === 2020 ? 'sondrio-2020' : 'sondrio-2018')!;
  const ctx = { planYear: run.year };
  const records = run.records;
  const perspectiveIds = new Map(records.filter((r) => r.level === 'prospettiva').map((r) => [r.code, `P:${r.title}`]));

  // Pass 1: documented overrides and hand-entered qualitative percentages only.
  const first = indexScored(scoreTree(run.build(new Map()), profile, ctx));
  const gaps = new Map<string, string>();
  for (const r of records) {
    if (r.level !== 'azione' || r.reported_pct === null || r.override) continue;
    const n = first.get(r.code);
    if (n && isQualitative(n.node)) continue;
    if (!n || !matches(n.formulaAchievement, r.reported_pct, 2)) gaps.set(r.code, run.reasons[r.code] ?? 'non spiegato');
  }

  // Pass 2: gaps entered with their published percentage, so that aggregates can be compared.
  const result = scoreTree(run.build(gaps), profile, ctx);
  const scored = indexScored(result);
  const items: ReproItem[] = [];
  for (const r of records) {
    if (r.reported_pct === null || r.level === 'obiettivo_individuale') continue;
    const decimals = decimalsFor(r, run.year);
    const node = scored.get(nodeId(r, run.year, perspectiveIds));
    const base = { level: r.level, code: r.code, published: r.reported_pct, decimals };
    if (r.level === 'azione') {
      const formula = node?.formulaAchievement ?? null;
      if (node && isQualitative(node.node) && !r.override) {
        const ok = matches(node.achievement, r.reported_pct, decimals);
        items.push({ ...base, engine: shown(node.achievement, decimals), outcome: ok ? 'manual' : 'not-reproduced', note: 'KPI qualitativo: percentuale inserita a mano' });
      } else if (matches(formula, r.reported_pct, decimals)) {
        const note = run.notes?.[`azione ${r.code}`] ?? (r.override ? 'override documentato, ma la formula dà già la cifra pubblicata' : undefined);
        items.push({ ...base, engine: shown(formula, decimals), outcome: 'formula', ...(note ? { note } : {}) });
      } else if (gaps.has(r.code)) {
        items.push({ ...base, engine: shown(formula, decimals), outcome: 'not-reproduced', note: gaps.get(r.code) });
      } else if (r.override && node?.overridden && matches(node.achievement, r.reported_pct, decimals)) {
        items.push({ ...base, engine: shown(node.achievement, decimals), outcome: 'override', note: `formula ${shown(formula, decimals)}` });
      } else {
        items.push({ ...base, engine: shown(node?.achievement ?? null, decimals), outcome: 'not-reproduced', note: 'non spiegato' });
      }
      continue;
    }
    const figure = engineFigure(r, run.year, node, result);
    if (matches(figure, r.reported_pct, decimals)) {
      const note = run.notes?.[`${r.level} ${r.code}`];
      items.push({ ...base, engine: shown(figure, decimals), outcome: 'aggregate', ...(note ? { note } : {}) });
    } else {
      const reason = run.reasons[`${r.level} ${r.code}`] ?? 'non spiegato';
      items.push({ ...base, engine: shown(figure, decimals), outcome: 'not-reproduced', note: reason });
    }
  }
  return { summary: summarise(source, items), result, gaps };
}

export function reproduce2020() {
  const records = readGolden('sondrio-rp2020.jsonl');
  return reproduceTree('RP 2020 (cruscotto)', {
    records,
    year: 2020,
    build: (gaps) => buildTree2020(records, { publishedAsOverride: gaps }),
    reasons: GAP_REASONS_2020,
  });
}

export function reproduce2018() {
  const records = readGolden('sondrio-rp2018.jsonl');
  return reproduceTree('RP 2018 (obiettivi strategici, operativi, azioni)', {
    records,
    year: 2018,
    build: (gaps) => buildTree2018(records, { publishedAsOverride: gaps }),
    reasons: GAP_REASONS_2018,
    notes: NOTES_2018,
  });
}

/** RP 2018 individual objectives: each scored as an action (lineare); the dirigente total as a weighted objective. */
export function reproduce2018Individual(): ReproSummary {
  const profile = getProfile('sondrio-2018')!;
  const ctx = { planYear: 2018 };
  const records = readGolden('sondrio-rp2018.jsonl').filter((r) => r.level === 'obiettivo_individuale');
  const items: ReproItem[] = [];
  const dirParts = records.filter((r) => /^DIR\./.test(r.code));
  for (const r of records) {
    if (r.reported_pct === null) continue;
    const base = { level: r.level, code: r.code, published: r.reported_pct, decimals: 2 };
    let figure: Decimal | null;
    if (r.code === 'DIR') {
      // RP 2018 L458-461, L502: 60 / 20 / (50 % + 50 % of 20) -> weights 60/20/10/10.
      const node: PerformanceNode = {
        id: 'DIR',
        level: 'operational',
        code: 'DIR',
        title: 'Obiettivi del dirigente',
        children: dirParts.map((p) => ({
          id: p.code,
          level: 'action' as const,
          code: p.code,
          title: p.title,
          weight: new Decimal(p.weight_pct as number),
          action: actionSpec2018(p, { documentedOverrides: false }),
          children: [],
        })),
      };
      figure = scoreTree({ roots: [node] }, profile, ctx).roots[0].achievement;
    } else {
      figure = scoreAction(actionSpec2018(r, { documentedOverrides: false }), profile).formulaAchievement;
    }
    if (matches(figure, r.reported_pct, 2)) items.push({ ...base, engine: shown(figure, 2), outcome: r.code === 'DIR' ? 'aggregate' : 'formula' });
    else items.push({ ...base, engine: shown(figure, 2), outcome: 'not-reproduced', note: GAP_REASONS_2018[`${r.level} ${r.code}`] ?? 'non spiegato' });
  }
  return summarise('RP 2018 (obiettivi individuali)', items);
}

const LEVEL_NAMES: Record<GoldenRecord['level'], string> = {
  azione: 'azione',
  obiettivo_operativo: 'ob. operativo',
  obiettivo_strategico: 'ob. strategico',
  prospettiva: 'prospettiva',
  ente: 'ente',
  obiettivo_individuale: 'ob. individuale',
};

/** Markdown: counts per report and the published figures not reproduced, with the reason. */
export function formatReproduction(summaries: ReproSummary[]): string {
  const lines: string[] = [];
  for (const s of summaries) {
    lines.push(`### ${s.source}`);
    lines.push('');
    lines.push(
      `${s.reproduced} of ${s.total} published figures computed by the engine from the data; ` +
        `${s.viaOverride} documented overrides reproduced when entered as overrides; ` +
        `${s.viaManual} qualitative percentage(s) entered by hand; ${s.notReproduced.length} not reproduced.`,
    );
    const overrides = s.items.filter((i) => i.outcome === 'override');
    if (overrides.length > 0) {
      lines.push('');
      lines.push(`Overrides: ${overrides.map((i) => `${i.code} (${i.note} → ${i.engine})`).join('; ')}.`);
    }
    const remarks = s.items.filter((i) => i.outcome !== 'not-reproduced' && i.outcome !== 'override' && i.note);
    if (remarks.length > 0) {
      lines.push('');
      for (const i of remarks) lines.push(`- ${LEVEL_NAMES[i.level]} ${i.code}: ${i.note}.`);
    }
    if (s.notReproduced.length > 0) {
      lines.push('');
      lines.push('| livello | codice | pubblicato | motore (formula) | perché |');
      lines.push('|---|---|---|---|---|');
      for (const i of s.notReproduced) {
        lines.push(`| ${LEVEL_NAMES[i.level]} | ${i.code} | ${formatDecimal(new Decimal(i.published), i.decimals)} | ${i.engine} | ${i.note ?? ''} |`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function reproductionReport(): string {
  return formatReproduction([reproduce2020().summary, reproduce2018().summary, reproduce2018Individual()]);
}
