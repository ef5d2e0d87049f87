/**
 * Family lineeDiMandato — default profile «sondrio-2020»: Linea di mandato = perspective, Programma = strategic,
 * Progetto = operational, Attività = the scored rows. Soglie with no level in the header take the profile's
 * 80 % (Soglia) and 60 % (Soglia minima); target → 100, worse than the last soglia → 0; soglie above the target
 * mean lower is better. Weighted sums with the sheet's Peso; strategic % raggiungimento = min(100, result / 80
 * × 100); perspective = mean of its strategic results; ente = mean of the strategic % raggiungimento.
 */
import { lineeDiMandato } from '../fixtures/families/lineeDiMandato';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2020',
  nodes: {
    'Raccolta differenziata': { level: 'action', parent: 'Rifiuti', achievement: 80 }, // target 65%, soglie 60% / 55%: 62% → 80
    'Controlli ambientali': { level: 'action', parent: 'Rifiuti', achievement: 60 }, // target 120, soglie 100 / 80: 90 → 60
    Rifiuti: { level: 'operational', parent: 'Ambiente', achievement: 72 }, // 0,6×80 + 0,4×60 = 48 + 24
    'Alberi piantati': { level: 'action', parent: 'Verde pubblico', achievement: 100 }, // 520 ≥ 500
    'Verde pubblico': { level: 'operational', parent: 'Ambiente', achievement: 100 },
    Ambiente: { level: 'strategic', parent: 'Città sostenibile', achievement: 80.4, targetAchievement: 100 }, // 0,7×72 + 0,3×100 = 50,4 + 30 = 80,4 → capped 100
    'Corse garantite': { level: 'action', parent: 'Trasporto pubblico', achievement: 60 }, // target 98%, soglie 95% / 90%: 93% → 60
    'Piste ciclabili (km)': { level: 'action', parent: 'Trasporto pubblico', achievement: 0 }, // target 10, soglie 8 / 6: 5 → 0
    'Trasporto pubblico': { level: 'operational', parent: 'Mobilità', achievement: 30 }, // 0,5×60 + 0,5×0
    Mobilità: { level: 'strategic', parent: 'Città sostenibile', achievement: 30, targetAchievement: 37.5 }, // 30/80×100
    'Città sostenibile': { level: 'perspective', parent: null, achievement: 55.2 }, // (80,4 + 30) / 2
    'Servizi attivati online': { level: 'action', parent: 'Sportello digitale', achievement: 80 }, // target 20, soglie 18 / 15: 19 → 80
    'Tempo medio di risposta (gg)': { level: 'action', parent: 'Sportello digitale', achievement: 80 }, // target 10, soglie 15 / 20 (lower is better): 12 ≤ 15 → 80
    'Sportello digitale': { level: 'operational', parent: 'Servizi online', achievement: 80 }, // 0,5×80 + 0,5×80
    'Servizi online': { level: 'strategic', parent: 'Città digitale', achievement: 80, targetAchievement: 100 },
    'Città digitale': { level: 'perspective', parent: null, achievement: 80 },
  },
  // ente = (100 + 37,5 + 100) / 3 = 79,17
  ente: 237.5 / 3,
};

describeFamily(lineeDiMandato, TABLE);
