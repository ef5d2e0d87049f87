/**
 * The rules used, in one short Italian paragraph for the Riepilogo (issue 11: "name, date saved, and the rules
 * in one short paragraph"). Pure: the date is the one saved in the profile, written dd/mm/yyyy without locale.
 */
import { DEFAULT_TOLERANCE, DEFAULT_VERBAL_SCALE } from '../profiles';
import type { AggregationRule, Profile } from '../types';

const AGGREGATION: Record<AggregationRule, string> = {
  weighted: 'somma ponderata',
  mean: 'media',
  'flat-mean': 'media di tutte le righe',
};

function pct(n: number): string {
  return `${String(n).replace('.', ',')}%`;
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}

/** "2026-12-03T10:00:00Z" -> "03/12/2026"; null when it is not such a date. */
export function savedDate(iso: string | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : null;
}

function methodText(p: Profile): string {
  const levels = p.defaultThresholdLevels.length > 0 ? ` (soglie ${list(p.defaultThresholdLevels.map(pct))} se il foglio non le indica)` : '';
  const without = p.noThresholdRule === 'pro-rata' ? 'senza soglie in proporzione al target' : 'senza soglie tutto o niente';
  switch (p.method) {
    case 'soglie':
      return `metodo a soglie${levels}, ${without}`;
    case 'lineare':
      return `interpolazione lineare tra soglia e target${levels}, ${without}`;
    case 'proporzionale':
      return 'risultato / target, al massimo 100%';
    case 'binario':
      return '100% se il target è raggiunto, altrimenti 0';
    case 'scala':
      return `scala verbale (${(p.verbalScale ?? DEFAULT_VERBAL_SCALE).map((s) => `${s.label} ${pct(s.score)}`).join(', ')})`;
    case 'tolleranza': {
      const t = p.tolerance ?? DEFAULT_TOLERANCE;
      return `target raggiunto con una tolleranza del ${pct(t.percent)}${t.days > 0 ? ` (${t.days} giorni per le scadenze)` : ''}, poi soglie${levels}`;
    }
    case 'progresso':
      return `progresso dal valore storico (0%) al target (100%), in proporzione; con il target uguale al valore storico metodo a soglie${levels}, ${without}`;
  }
}

function roundingText(p: Profile): string[] {
  const out: string[] = [];
  if (p.kpiRoundingDecimals !== null) out.push(`valori arrotondati a ${p.kpiRoundingDecimals} decimali`);
  if (p.actionRoundingDecimals !== null) out.push(p.actionRoundingDecimals === 0 ? 'percentuali delle righe arrotondate all\'unità' : `percentuali delle righe arrotondate a ${p.actionRoundingDecimals} decimali`);
  return out;
}

function organisationText(p: Profile): string {
  const a = p.aggregation;
  const from = a.organisationFrom === 'strategic' ? 'degli obiettivi strategici' : 'delle prospettive';
  const figure = a.organisationFrom === 'strategic' && a.organisationFigure === 'targetAchievement' ? ' rapportati al loro target' : '';
  const target = p.defaultStrategicTarget !== null ? ` (target strategico ${pct(p.defaultStrategicTarget)} se non indicato)` : '';
  return `ente: ${AGGREGATION[a.organisation]} ${from}${figure}${target}`;
}

/** One paragraph: which profile, when it was saved, and its rules. */
export function profileSummaryText(p: Profile): string {
  const a = p.aggregation;
  const date = savedDate(p.savedAt);
  const origin = p.basedOn && p.basedOn !== p.name ? `, ricavato da «${p.basedOn}»` : '';
  const head = date ? `Regole di calcolo: «${p.label}» (${p.name}${origin}), salvate il ${date}.` : `Regole di calcolo: «${p.label}» (${p.name}${origin}${p.savedAt === undefined && !p.basedOn ? ', profilo predefinito' : ''}).`;
  const levels = [
    `obiettivi operativi: ${AGGREGATION[a.operational]}`,
    `obiettivi strategici: ${AGGREGATION[a.strategic]}`,
    `prospettive: ${AGGREGATION[a.perspective]}${a.perspectiveFrom === 'targetAchievement' ? ' dei valori rapportati al target' : ''}`,
    organisationText(p),
  ];
  const s = p.status;
  const reached = `raggiunto da ${pct(s.actionReached)} per le righe, ${pct(s.operationalReached)} per gli obiettivi operativi, ${pct(s.aggregateReached)} per obiettivi strategici, prospettive ed ente`;
  const rules = [methodText(p), ...roundingText(p), ...levels, reached];
  return `${head} ${rules.join('; ').replace(/^./, (c) => c.toUpperCase())}.`;
}
