/**
 * Family sondrio2018 — profile «sondrio-2018» (the body's own 2018 rules): linear scoring between the soglia
 * (at its level, here 60) and the target (100), KPI values rounded to 2 decimals first; a target «n=100%» with
 * no soglia is all-or-nothing; objectives = weighted sums with the sheet's Peso; an «annullata» action is left
 * out and its weight shared among its siblings in proportion; % assegnata with a Motivazione replaces the
 * formula; no perspectives; ente = mean of the strategic objectives' results (strategic target 100).
 */
import { sondrio2018 } from '../fixtures/families/sondrio2018';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2018',
  nodes: {
    // 1.1a «67=100% - soglia minima 40=60%», result 184 ≥ 67 → 100
    '1.1a': { level: 'action', parent: '1.1', achievement: 100 },
    // 1.1b «1=100%», result 4 ≥ 1 → 100
    '1.1b': { level: 'action', parent: '1.1', achievement: 100 },
    // OO 1.1 = 0,5×100 + 0,5×100 = 100
    '1.1': { level: 'operational', parent: '1', achievement: 100 },
    // 1.2a «90%=100% - soglia minima 80%=60%», result 100% → 100
    '1.2a': { level: 'action', parent: '1.2', achievement: 100 },
    // 1.2b «90%=100% - soglia minima 70%=60%», result 85%: 60 + (85−70)/(90−70)×(100−60) = 60 + 0,75×40 = 90
    '1.2b': { level: 'action', parent: '1.2', achievement: 90 },
    // 1.2c «10=100% - soglia minima 6=60%», result 5 < 6 → 0
    '1.2c': { level: 'action', parent: '1.2', achievement: 0 },
    // OO 1.2 = 0,4×100 + 0,3×90 + 0,3×0 = 40 + 27 = 67
    '1.2': { level: 'operational', parent: '1', achievement: 67 },
    // OS 1 = 0,4×100 + 0,6×67 = 40 + 40,2 = 80,2 (target 100: % raggiungimento = 80,2)
    '1': { level: 'strategic', parent: null, achievement: 80.2, targetAchievement: 80.2 },
    // 2.1a «30=100% - soglia minima 40=60%» (soglia above the target: lower is better), result 34:
    //      60 + (40−34)/(40−30)×40 = 60 + 0,6×40 = 84
    '2.1a': { level: 'action', parent: '2.1', achievement: 84 },
    // 2.1b «0,95=100% - soglia minima 0,90=60%», result 0,9333 rounded to 0,93: 60 + (0,93−0,90)/(0,95−0,90)×40 = 60 + 0,6×40 = 84
    '2.1b': { level: 'action', parent: '2.1', achievement: 84 },
    // OO 2.1 = 0,5×84 + 0,5×84 = 84
    '2.1': { level: 'operational', parent: '2', achievement: 84 },
    // 2.2a «12=100% - soglia minima 8=60%», result 10: 60 + (10−8)/(12−8)×40 = 80
    '2.2a': { level: 'action', parent: '2.2', achievement: 80 },
    // 2.2b annullata: no figure, its 30 % shared between 2.2a (40) and 2.2c (30)
    '2.2b': { level: 'action', parent: '2.2', achievement: null },
    // 2.2c «95%=100% - soglia minima 85%=60%», result 80% < 85% → 0 by formula; % assegnata 50 with motivation → 50
    '2.2c': { level: 'action', parent: '2.2', achievement: 50, formula: 0 },
    // OO 2.2 = (40×80 + 30×50) / 70 = 4700/70 = 67,142857; without the assigned %: (40×80 + 30×0)/70 = 3200/70 = 45,714286
    '2.2': { level: 'operational', parent: '2', achievement: 4700 / 70, formula: 3200 / 70 },
    // OS 2 = 0,5×84 + 0,5×67,142857 = 75,571429; without: 0,5×84 + 0,5×45,714286 = 64,857143
    '2': { level: 'strategic', parent: null, achievement: 42 + 4700 / 140, formula: 42 + 3200 / 140, targetAchievement: 42 + 4700 / 140 },
  },
  // ente = (80,2 + 75,571429) / 2 = 77,885714; without the assigned %: (80,2 + 64,857143) / 2 = 72,528571
  ente: (80.2 + 42 + 4700 / 140) / 2,
  enteWithoutOverrides: (80.2 + 42 + 3200 / 140) / 2,
};

describeFamily(sondrio2018, TABLE);
