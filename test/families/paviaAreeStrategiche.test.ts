/**
 * Family paviaAreeStrategiche — profile «pavia» (proportional, as the Camera di commercio di Pavia scores):
 * each indicator = result / target × 100 capped at 100 (lower is better: target / result), rounded to a whole
 * percent; objectives = plain means (no weights); perspective (Area strategica) = flat mean of all its rows;
 * ente = mean of the perspectives. No strategic target.
 */
import { paviaAreeStrategiche } from '../fixtures/families/paviaAreeStrategiche';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'pavia',
  nodes: {
    'imprese finanziate': { level: 'action', parent: '1.1', achievement: 75 }, // 150 / 200 = 75
    'contributi liquidati (€)': { level: 'action', parent: '1.1', achievement: 100 }, // 1 200 000 / 1 000 000 capped at 100
    '1.1': { level: 'operational', parent: '1', achievement: 87.5 }, // (75 + 100) / 2
    'corsi organizzati': { level: 'action', parent: '1.2', achievement: 83 }, // 10 / 12 = 83,33 → 83
    '1.2': { level: 'operational', parent: '1', achievement: 83 },
    '1': { level: 'strategic', parent: 'Competitività delle imprese', achievement: 85.25 }, // (87,5 + 83) / 2
    'imprese assistite': { level: 'action', parent: '2.1', achievement: 65 }, // 52 / 80 = 65
    "missioni all'estero": { level: 'action', parent: '2.1', achievement: 67 }, // 2 / 3 = 66,67 → 67
    '2.1': { level: 'operational', parent: '2', achievement: 66 }, // (65 + 67) / 2
    '2': { level: 'strategic', parent: 'Competitività delle imprese', achievement: 66 },
    // flat mean of the rows: (75 + 100 + 83 + 65 + 67) / 5 = 390 / 5 = 78
    'Competitività delle imprese': { level: 'perspective', parent: null, achievement: 78 },
    'tempo medio di evasione (gg)': { level: 'action', parent: '3.1', achievement: 83 }, // ≤ 5, result 6: 5 / 6 = 83,33 → 83
    'pratiche evase entro 5 giorni': { level: 'action', parent: '3.1', achievement: 90 }, // 81% / 90% = 90
    '3.1': { level: 'operational', parent: '3', achievement: 86.5 }, // (83 + 90) / 2
    'tempo medio di pagamento (gg)': { level: 'action', parent: '3.2', achievement: 100 }, // ≤ 30: 24
    '3.2': { level: 'operational', parent: '3', achievement: 100 },
    '3': { level: 'strategic', parent: 'Efficienza', achievement: 93.25 }, // (86,5 + 100) / 2
    Efficienza: { level: 'perspective', parent: null, achievement: 91 }, // (83 + 90 + 100) / 3 = 273 / 3
  },
  // ente = (78 + 91) / 2 = 84,5
  ente: 84.5,
};

describeFamily(paviaAreeStrategiche, TABLE);
