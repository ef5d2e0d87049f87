/**
 * Reports for the pane's issue 9 views. The individuals are modelled on Sondrio RP 2020 §3.4 (the Segretario
 * Generale's 4 objectives, each a cruscotto action, weights 50/25/5/20: 100 %, 75 % had the OIV not assigned
 * 3.4.1) and on an RP 2018 §5.4-like PO card with a linked objective below target; the monitoring rows on
 * Brescia 2019 semestrale (1.1.1.2: 11 − 15 = −4 al 30/6; 1.1.1.3: no 30/6 target, 38 − 20 = +18 on the 31/12 one).
 */
import type { RunOutcome } from '../../src/excel/host';
import type { MonitoringReportRow } from '../../src/layout/monitoring';
import type { IndividualsReport } from '../../src/layout/types';
import { sondrioOutcome } from './mockHost';

export function rp2020Individuals(): IndividualsReport {
  const objective = (cell: string, title: string, weight: number, achievement: number, without = achievement, belowTarget = false) => ({
    cell,
    title,
    weight,
    source: 'linked' as const,
    achievement,
    achievementWithoutOverrides: without,
    belowTarget,
  });
  return {
    sheet: 'Obiettivi individuali',
    persons: [
      {
        person: 'Segretario Generale',
        role: 'dirigente',
        score: 100,
        scoreWithoutOverrides: 75,
        weightSum: 100,
        belowTarget: 0,
        objectives: [
          objective('Obiettivi individuali!D5', 'Grado di utilizzo delle risorse promozionali', 50, 100),
          objective('Obiettivi individuali!D6', 'Ristrutturazione sede', 25, 100, 0),
          objective('Obiettivi individuali!D7', 'Attuazione piano Pari Opportunità', 5, 100),
          objective('Obiettivi individuali!D8', 'Programma Formativo per i Segretari Generali', 20, 100),
        ],
      },
      {
        person: 'U.O. Promozione',
        role: 'po',
        score: 81.5,
        scoreWithoutOverrides: 81.5,
        weightSum: 100,
        belowTarget: 1,
        objectives: [
          objective('Obiettivi individuali!D9', 'Livello di raggiungimento degli obiettivi dell\'U.O.', 70, 95),
          { ...objective('Obiettivi individuali!D10', 'Tempi medi di liquidazione', 30, 50, 50, true), source: 'own' as const },
        ],
      },
      {
        person: '<b>Team</b> =SUM(A1)',
        role: null,
        score: null,
        scoreWithoutOverrides: null,
        weightSum: 100,
        belowTarget: 0,
        objectives: [{ cell: 'Obiettivi individuali!D11', title: 'Obiettivo senza risultato', weight: 100, source: 'none', achievement: null, achievementWithoutOverrides: null, belowTarget: false }],
      },
    ],
  };
}

export function monitoringRows(): MonitoringReportRow[] {
  return [
    {
      cell: 'Obiettivi!K7',
      code: '1.1.1.1',
      title: 'Imprese assistite',
      target: '5',
      targetPeriod: 'al 30/6',
      result: '6',
      deviation: 1,
      unit: 'none',
      state: 'in-linea',
      stateLabel: 'in linea',
      note: null,
    },
    {
      cell: 'Obiettivi!K8',
      code: '1.1.1.2',
      title: 'Incontri con le associazioni',
      target: '15',
      targetPeriod: 'al 30/6',
      result: '11',
      deviation: -4,
      unit: 'none',
      state: 'in-ritardo',
      stateLabel: 'in ritardo',
      note: null,
    },
    {
      cell: 'Obiettivi!K9',
      code: '1.1.1.3',
      title: 'Eventi organizzati',
      target: '20',
      targetPeriod: 'al 31/12',
      result: '38',
      deviation: 18,
      unit: 'none',
      state: 'in-linea',
      stateLabel: 'in linea',
      note: 'nessun target al 30/6: scostamento calcolato sul target al 31/12',
    },
    {
      cell: 'Obiettivi!K10',
      code: '3.1.4.5',
      title: 'Variazione dei costi',
      target: '-7,00%',
      targetPeriod: 'al 30/6',
      result: '-9,01',
      deviation: -2.01,
      unit: 'percent',
      state: 'in-linea',
      stateLabel: 'in linea',
      note: null,
    },
    {
      cell: null,
      code: '4.1.1',
      title: 'Qualità percepita',
      target: 'qualitativo',
      targetPeriod: 'al 31/12',
      result: null,
      deviation: null,
      unit: null,
      state: 'non-rilevabile',
      stateLabel: 'non rilevabile',
      note: 'nessun target al 30/6: scostamento calcolato sul target al 31/12; manca il risultato',
    },
  ];
}

export function issue9Outcome(parts: { individuals?: IndividualsReport; monitoring?: MonitoringReportRow[] }): RunOutcome {
  const outcome = sondrioOutcome();
  if (parts.individuals) outcome.report.individuals = parts.individuals;
  if (parts.monitoring) outcome.report.monitoring = { period: 'monitoraggio', rows: parts.monitoring };
  return outcome;
}
