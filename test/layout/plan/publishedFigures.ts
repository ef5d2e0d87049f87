/** Compares a JSON report with the figures a Relazione sulla Performance published. */
import type { JsonReport } from '../../../src/layout/types';

export interface Published {
  actions: Record<string, number | null>;
  operational: Record<string, number>;
  strategic: Record<string, { achievement: number; targetAchievement: number; target: number }>;
  perspectives: Record<string, number>;
  ente: number;
  enteDecimals: number;
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals + 1e-9) / 10 ** decimals;

/**
 * Published figures the rebuilt sheet cannot give, with the figure it gives instead and why.
 * RP 2018 OO2.2: the report computed 93,69 with the renormalised weights it printed rounded to 2 decimals
 * (26,32 / 15,79 / 36,85 / 21,04); the sheet keeps the original 25/15/5/35/20 with 2.2c annulled, and the
 * exact redistribution gives 93,684 -> 93,68 (analysis 2018 §3.1).
 */
export const KNOWN_DEVIATIONS_2018: Record<string, string> = { 'operativo 2.2': '93.68' };

/** Everything the report prints, as "what: value" lines, so a mismatch names the node. */
export function publishedLines(p: Published, deviations: Record<string, string> = {}): string[] {
  return publishedLinesRaw(p).map((line) => {
    const key = line.slice(0, line.indexOf(': '));
    return key in deviations ? `${key}: ${deviations[key]}` : line;
  });
}

function publishedLinesRaw(p: Published): string[] {
  const lines = [`ente: ${p.ente.toFixed(p.enteDecimals)}`];
  for (const [code, v] of Object.entries(p.strategic)) lines.push(`strategico ${code}: ${v.achievement.toFixed(2)} / ${v.targetAchievement.toFixed(2)}`);
  for (const [title, v] of Object.entries(p.perspectives)) lines.push(`prospettiva ${title}: ${v.toFixed(2)}`);
  for (const [code, v] of Object.entries(p.operational)) lines.push(`operativo ${code}: ${v.toFixed(2)}`);
  for (const [code, v] of Object.entries(p.actions)) lines.push(`azione ${code}: ${v === null ? 'annullata' : v.toFixed(2)}`);
  return lines;
}

/** The same lines computed by the product; strategic objectives without a code are matched in sheet order. */
export function reportLines(report: JsonReport, p: Published): string[] {
  const ente = report.organisation.achievement;
  const lines = [`ente: ${ente === null ? 'null' : round(ente, p.enteDecimals).toFixed(p.enteDecimals)}`];
  const fmt = (x: number | null) => (x === null ? 'null' : round(x, 2).toFixed(2));
  const strategic = report.nodes.filter((n) => n.level === 'strategic');
  Object.keys(p.strategic).forEach((code, i) => {
    const n = strategic.find((s) => s.code === code) ?? strategic[i];
    lines.push(`strategico ${code}: ${n ? `${fmt(n.achievement)} / ${fmt(n.targetAchievement ?? n.achievement)}` : 'assente'}`);
  });
  for (const title of Object.keys(p.perspectives)) {
    const n = report.nodes.find((x) => x.level === 'perspective' && x.title === title);
    lines.push(`prospettiva ${title}: ${n ? fmt(n.achievement) : 'assente'}`);
  }
  for (const code of Object.keys(p.operational)) {
    const n = report.nodes.find((x) => x.level === 'operational' && x.code === code);
    lines.push(`operativo ${code}: ${n ? fmt(n.achievement) : 'assente'}`);
  }
  for (const [code, v] of Object.entries(p.actions)) {
    const n = report.nodes.find((x) => x.level === 'action' && x.code === code);
    lines.push(`azione ${code}: ${!n ? 'assente' : v === null ? (n.status === 'neutralizzato' ? 'annullata' : n.status) : fmt(n.achievement)}`);
  }
  return lines;
}
