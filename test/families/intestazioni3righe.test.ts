/**
 * Family intestazioni3righe — default profile «sondrio-2020»: soglie with the levels the header gives (90 % and
 * 70 % here, not the profile's 80/60): the target or better → 100, else the level of the first soglia reached
 * (boundaries included), worse than the last → 0; soglie above the target mean lower is better. Objectives =
 * weighted sums with the sheet's peso; strategic % raggiungimento = min(100, result / 80 × 100); perspective =
 * mean of its strategic results; ente = mean of the strategic % raggiungimento. The user's «% raggiungimento»
 * formulas agree with the hand figures, so nothing is listed for checking.
 */
import { intestazioni3righe } from '../fixtures/families/intestazioni3righe';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2020',
  nodes: {
    '1.1.1': { level: 'action', parent: '1.1', achievement: 90 }, // target 12, soglie 10 / 8: 11 ≥ 10 → 90
    '1.1.2': { level: 'action', parent: '1.1', achievement: 100 }, // 130 ≥ 100
    '1.1': { level: 'operational', parent: '1', achievement: 95 }, // 0,5×90 + 0,5×100 = 95
    '1.2.1': { level: 'action', parent: '1.2', achievement: 70 }, // target 15%, soglie 12% / 10%: 11% ≥ 10% → 70
    '1.2': { level: 'operational', parent: '1', achievement: 70 },
    '1': { level: 'strategic', parent: 'Sviluppo economico', achievement: 80, targetAchievement: 100 }, // 0,4×95 + 0,6×70 = 38 + 42 = 80 → 80/80 = 100
    '2.1.1': { level: 'action', parent: '2.1', achievement: 0 }, // 85 < soglia 90 → 0
    '2.1.2': { level: 'action', parent: '2.1', achievement: 90 }, // target 50%, soglie 40% / 30%: 45% → 90
    '2.1': { level: 'operational', parent: '2', achievement: 36 }, // 0,6×0 + 0,4×90 = 36
    '2': { level: 'strategic', parent: 'Sviluppo economico', achievement: 36, targetAchievement: 45 }, // 36/80×100 = 45
    'Sviluppo economico': { level: 'perspective', parent: null, achievement: 58 }, // (80 + 36) / 2
    '3.1.1': { level: 'action', parent: '3.1', achievement: 70 }, // target 20, soglie 25 / 29 (lower is better): 26 ≤ 29 → 70
    '3.1': { level: 'operational', parent: '3', achievement: 70 },
    '3.2.1': { level: 'action', parent: '3.2', achievement: 100 }, // 3,8 ≤ 4
    '3.2.2': { level: 'action', parent: '3.2', achievement: 90 }, // target 28%, soglie 30% / 32%: 29% ≤ 30% → 90
    '3.2': { level: 'operational', parent: '3', achievement: 95 }, // 0,5×100 + 0,5×90
    '3': { level: 'strategic', parent: 'Processi interni', achievement: 87.5, targetAchievement: 100 }, // 0,3×70 + 0,7×95 = 21 + 66,5 = 87,5 → 109,4 capped
    'Processi interni': { level: 'perspective', parent: null, achievement: 87.5 },
  },
  // ente = (100 + 45 + 100) / 3 = 81,67
  ente: 245 / 3,
  checks: [],
};

describeFamily(intestazioni3righe, TABLE);
