/**
 * Family indicatori3livelli — default profile «sondrio-2020». The sheet has no soglie: all-or-nothing, 100 when
 * the target is met (boundary included), else 0; «≤» on a target means lower is better. No Peso: every level is
 * the plain mean of its children. Strategic % raggiungimento = min(100, result / 80 × 100); perspective = mean
 * of its strategic results; ente = mean of the strategic % raggiungimento.
 */
import { indicatori3livelli } from '../fixtures/families/indicatori3livelli';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2020',
  nodes: {
    '1.1.1': { level: 'action', parent: '1.1', achievement: 100 }, // 120 ≥ 100
    '1.1.2': { level: 'action', parent: '1.1', achievement: 0 }, // ≤ 30: 35 > 30
    '1.1.3': { level: 'action', parent: '1.1', achievement: 100 }, // 4 ≥ 4 (boundary)
    '1.1': { level: 'operational', parent: '1', achievement: 200 / 3 }, // (100 + 0 + 100) / 3 = 66,67
    '1.2.1': { level: 'action', parent: '1.2', achievement: 100 }, // 95% ≥ 90%
    '1.2.2': { level: 'action', parent: '1.2', achievement: 90, formula: 0 }, // 450 < 500 → 0; % assegnata 90 «sentito l'OIV»
    '1.2': { level: 'operational', parent: '1', achievement: 95, formula: 50 }, // (100 + 90) / 2 = 95; without: (100 + 0) / 2 = 50
    // OS 1 = (66,67 + 95) / 2 = 80,83 → min(100, 80,83/80×100) = 100; without: (66,67 + 50) / 2 = 58,33
    '1': { level: 'strategic', parent: 'Crescita', achievement: (200 / 3 + 95) / 2, formula: (200 / 3 + 50) / 2, targetAchievement: 100 },
    '2.1.1': { level: 'action', parent: '2.1', achievement: 0 }, // 130 < 150
    '2.1.2': { level: 'action', parent: '2.1', achievement: 100 }, // 8 ≥ 6
    '2.1': { level: 'operational', parent: '2', achievement: 50 }, // (0 + 100) / 2
    '2': { level: 'strategic', parent: 'Crescita', achievement: 50, targetAchievement: 62.5 }, // 50 / 80 × 100 = 62,5
    // Crescita = (80,83 + 50) / 2 = 65,42; without: (58,33 + 50) / 2 = 54,17
    Crescita: { level: 'perspective', parent: null, achievement: ((200 / 3 + 95) / 2 + 50) / 2, formula: ((200 / 3 + 50) / 2 + 50) / 2 },
    '3.1.1': { level: 'action', parent: '3.1', achievement: 0 }, // 70% < 80%
    '3.1.2': { level: 'action', parent: '3.1', achievement: 100 }, // ≤ 10: 8
    '3.1.3': { level: 'action', parent: '3.1', achievement: 100 }, // ≤ 5: 5 (boundary)
    '3.1': { level: 'operational', parent: '3', achievement: 200 / 3 }, // (0 + 100 + 100) / 3 = 66,67
    '3.2.1': { level: 'action', parent: '3.2', achievement: 100 }, // 100% ≥ 100%
    '3.2': { level: 'operational', parent: '3', achievement: 100 },
    '3': { level: 'strategic', parent: 'Efficienza', achievement: (200 / 3 + 100) / 2, targetAchievement: 100 }, // 83,33 → 104,17 capped at 100
    Efficienza: { level: 'perspective', parent: null, achievement: (200 / 3 + 100) / 2 }, // 83,33
  },
  // ente = (100 + 62,5 + 100) / 3 = 87,5; without the assigned %: OS 1 58,33/80×100 = 72,92 → (72,92 + 62,5 + 100) / 3 = 78,47
  ente: 87.5,
  enteWithoutOverrides: (((200 / 3 + 50) / 2 / 80) * 100 + 62.5 + 100) / 3,
};

describeFamily(indicatori3livelli, TABLE);
