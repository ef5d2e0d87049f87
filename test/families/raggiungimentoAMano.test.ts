/**
 * Family raggiungimentoAMano — default profile «sondrio-2020»: soglie 80/60 from the header («Soglia 80%»,
 * «Soglia 60%»), target → 100, worse than the last soglia → 0, soglie above the target = lower is better;
 * weighted sums; strategic % raggiungimento = min(100, result / 80 × 100); ente = mean of those. The user typed
 * «% raggiungimento» by hand: the typed values stay as they are, and the two wrong ones are listed for checking.
 */
import { raggiungimentoAMano } from '../fixtures/families/raggiungimentoAMano';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2020',
  nodes: {
    '1.1.1': { level: 'action', parent: '1.1', achievement: 80 }, // target 10, soglie 8 / 6: 9 → 80 (typed 80%: right)
    '1.1.2': { level: 'action', parent: '1.1', achievement: 60 }, // target 200, soglie 180 / 150: 160 → 60 (typed 65%: wrong)
    '1.1': { level: 'operational', parent: '1', achievement: 70 }, // 0,5×80 + 0,5×60
    '1.2.1': { level: 'action', parent: '1.2', achievement: 100 }, // 97% ≥ 95% (typed 100%: right)
    '1.2': { level: 'operational', parent: '1', achievement: 100 },
    '1': { level: 'strategic', parent: null, achievement: 85, targetAchievement: 100 }, // 0,5×70 + 0,5×100 = 85 → 106,25 capped
    '2.1.1': { level: 'action', parent: '2.1', achievement: 60 }, // target 30, soglie 35 / 40 (lower is better): 38 ≤ 40 → 60 (typed 60%: right)
    '2.1.2': { level: 'action', parent: '2.1', achievement: 100 }, // 520 ≥ 500 (typed 97%: wrong)
    '2.1.3': { level: 'action', parent: '2.1', achievement: 0 }, // target 12, soglie 10 / 8: 7 < 8 → 0 (typed 0%: right)
    '2.1': { level: 'operational', parent: '2', achievement: 54 }, // 0,4×60 + 0,3×100 + 0,3×0 = 24 + 30 = 54
    '2': { level: 'strategic', parent: null, achievement: 54, targetAchievement: 67.5 }, // 54/80×100 = 67,5
  },
  // ente = (100 + 67,5) / 2 = 83,75
  ente: 83.75,
  checks: ['Cruscotto!N4', 'Cruscotto!N7'],
};

describeFamily(raggiungimentoAMano, TABLE);
