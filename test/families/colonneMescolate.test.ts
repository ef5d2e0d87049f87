/**
 * Family colonneMescolate — default profile «sondrio-2020». No soglie: all-or-nothing (100 when the target is
 * met, boundary included, else 0); «≤ 15» means lower is better. The Baseline (last year's value) and the Note
 * take no part. Weighted sums with the sheet's Peso; strategic % raggiungimento = min(100, result / 80 × 100);
 * ente = mean of those.
 */
import { colonneMescolate } from '../fixtures/families/colonneMescolate';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2020',
  nodes: {
    'A1.1.1': { level: 'action', parent: 'OO1.1', achievement: 100 }, // consuntivo 11 ≥ target 10 (baseline 8 not used)
    'A1.1.2': { level: 'action', parent: 'OO1.1', achievement: 0 }, // 38 < 45
    'OO1.1': { level: 'operational', parent: 'OS1', achievement: 50 }, // 0,5×100 + 0,5×0
    'A1.2.1': { level: 'action', parent: 'OO1.2', achievement: 100 }, // 4 ≥ 4
    'OO1.2': { level: 'operational', parent: 'OS1', achievement: 100 },
    OS1: { level: 'strategic', parent: null, achievement: 70, targetAchievement: 87.5 }, // 0,6×50 + 0,4×100 = 70 → 70/80×100 = 87,5
    'A2.1.1': { level: 'action', parent: 'OO2.1', achievement: 100 }, // 92% ≥ 90%
    'A2.1.2': { level: 'action', parent: 'OO2.1', achievement: 100 }, // ≤ 15: 15 (boundary)
    'A2.1.3': { level: 'action', parent: 'OO2.1', achievement: 0 }, // 33 < 35
    'OO2.1': { level: 'operational', parent: 'OS2', achievement: 70 }, // 0,4×100 + 0,3×100 + 0,3×0
    OS2: { level: 'strategic', parent: null, achievement: 70, targetAchievement: 87.5 }, // 1×70 → 87,5
  },
  // ente = (87,5 + 87,5) / 2 = 87,5
  ente: 87.5,
};

describeFamily(colonneMescolate, TABLE);
