/**
 * Family comune2livelli — default profile «sondrio-2020». No soglie: all-or-nothing (100 when the target is met,
 * else 0); «≤» means lower is better. Each objective = weighted sum of its indicators with the sheet's Peso.
 * The sheet has no strategic objectives and no perspectives, so there is no strategic target (80) to apply: the
 * ente is the mean of the body's own objectives (the engine's rule "without strategic objectives or
 * perspectives, the roots stand in").
 */
import { comune2livelli } from '../fixtures/families/comune2livelli';
import { describeFamily, type HandTable } from './harness';

const TABLE: HandTable = {
  profile: 'sondrio-2020',
  nodes: {
    'giorni medi di rilascio dei permessi edilizi': { level: 'action', parent: 'Riduzione dei tempi di risposta', achievement: 100 }, // ≤ 60: 55
    'pratiche evase entro i termini': { level: 'action', parent: 'Riduzione dei tempi di risposta', achievement: 0 }, // 85% < 90%
    'reclami ricevuti': { level: 'action', parent: 'Riduzione dei tempi di risposta', achievement: 0 }, // ≤ 10: 12
    // 0,5×100 + 0,3×0 + 0,2×0 = 50
    'Riduzione dei tempi di risposta': { level: 'operational', parent: null, achievement: 50 },
    'servizi online attivati': { level: 'action', parent: 'Digitalizzazione dei servizi', achievement: 100 }, // 12 ≥ 10
    'accessi con SPID': { level: 'action', parent: 'Digitalizzazione dei servizi', achievement: 100 }, // 5200 ≥ 5000
    // 0,6×100 + 0,4×100 = 100
    'Digitalizzazione dei servizi': { level: 'operational', parent: null, achievement: 100 },
    'interventi eseguiti': { level: 'action', parent: 'Manutenzione del verde', achievement: 0 }, // 100 < 120
    'segnalazioni chiuse entro 30 giorni': { level: 'action', parent: 'Manutenzione del verde', achievement: 100 }, // 82% ≥ 80%
    // 0,7×0 + 0,3×100 = 30
    'Manutenzione del verde': { level: 'operational', parent: null, achievement: 30 },
  },
  // ente = (50 + 100 + 30) / 3 = 60
  ente: 60,
};

describeFamily(comune2livelli, TABLE);
