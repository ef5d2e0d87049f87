/**
 * Family cinqueLivelli — default profile «sondrio-2020», extended to a fifth level the natural way: each action
 * = weighted sum of its indicators (their peso), each operational objective = weighted sum of its actions (their
 * peso), and so on up. Soglie 80/60 from the header; target → 100; worse than the last soglia → 0; soglie above
 * the target = lower is better. Strategic % raggiungimento = min(100, result / 80 × 100); perspective (Linea di
 * mandato) = mean of its strategic results; ente = mean of the strategic % raggiungimento.
 *
 * The actions, between the operational objectives and the scored indicators, are the report's level
 * 'leafGroup' (the level above the scored rows: src/engine/types.ts Level) — the level name is the product's
 * to choose; the figures are not.
 */
import { cinqueLivelli } from '../fixtures/families/cinqueLivelli';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2020',
  nodes: {
    '1.1.1.1': { level: 'action', parent: '1.1.1', achievement: 80 }, // target 100, soglie 80 / 60: 90 → 80
    '1.1.1.2': { level: 'action', parent: '1.1.1', achievement: 100 }, // 95% ≥ 90%
    '1.1.1': { level: 'leafGroup', parent: '1.1', achievement: 90 }, // azione: 0,5×80 + 0,5×100
    '1.1.2.1': { level: 'action', parent: '1.1.2', achievement: 60 }, // target 50, soglie 40 / 30: 35 → 60
    '1.1.2': { level: 'leafGroup', parent: '1.1', achievement: 60 }, // azione: 1×60
    '1.1': { level: 'operational', parent: '1', achievement: 78 }, // 0,6×90 + 0,4×60 = 54 + 24
    '1': { level: 'strategic', parent: 'Sviluppo', achievement: 78, targetAchievement: 97.5 }, // 1×78 → 78/80×100 = 97,5
    '2.1.1.1': { level: 'action', parent: '2.1.1', achievement: 100 }, // 210 ≥ 200
    '2.1.1.2': { level: 'action', parent: '2.1.1', achievement: 0 }, // target 40, soglie 35 / 30: 28 → 0
    '2.1.1': { level: 'leafGroup', parent: '2.1', achievement: 30 }, // azione: 0,3×100 + 0,7×0
    '2.1': { level: 'operational', parent: '2', achievement: 30 },
    '2': { level: 'strategic', parent: 'Sviluppo', achievement: 30, targetAchievement: 37.5 }, // 30/80×100
    Sviluppo: { level: 'perspective', parent: null, achievement: 54 }, // (78 + 30) / 2
    '3.1.1.1': { level: 'action', parent: '3.1.1', achievement: 80 }, // target 30, soglie 35 / 40 (lower is better): 33 ≤ 35 → 80
    '3.1.1': { level: 'leafGroup', parent: '3.1', achievement: 80 },
    '3.1': { level: 'operational', parent: '3', achievement: 80 },
    '3.2.1.1': { level: 'action', parent: '3.2.1', achievement: 100 }, // 12 ≥ 12
    '3.2.1': { level: 'leafGroup', parent: '3.2', achievement: 100 },
    '3.2.2.1': { level: 'action', parent: '3.2.2', achievement: 60 }, // target 100%, soglie 95% / 90%: 92% → 60
    '3.2.2': { level: 'leafGroup', parent: '3.2', achievement: 60 },
    '3.2': { level: 'operational', parent: '3', achievement: 80 }, // 0,5×100 + 0,5×60
    '3': { level: 'strategic', parent: 'Amministrazione', achievement: 80, targetAchievement: 100 }, // 0,6×80 + 0,4×80
    Amministrazione: { level: 'perspective', parent: null, achievement: 80 },
  },
  // ente = (97,5 + 37,5 + 100) / 3 = 78,33
  ente: 235 / 3,
};

describeFamily(cinqueLivelli, TABLE);
