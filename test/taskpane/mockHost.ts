/**
 * A CruscottoHost for component tests: records every call and answers with a realistic outcome
 * modelled on the Sondrio Relazione 2020 (ente 96,67 % "eccellente", 93,33 % without the
 * override of 8.1.1), cut down to a few branches.
 */
import type { CruscottoHost, ProgressListener, RunOutcome } from '../../src/excel/host';
import type { CruscottoSettings, Diagnostic, JsonReport, ReportNode } from '../../src/layout/types';

type Node = Partial<ReportNode> & Pick<ReportNode, 'level' | 'title'>;

function node(n: Node): ReportNode {
  return {
    code: null,
    parent: null,
    weight: null,
    achievement: null,
    formulaAchievement: n.achievement ?? null,
    target: null,
    targetAchievement: null,
    status: 'raggiunto',
    cell: null,
    ...n,
  };
}

export function sondrioReport(): JsonReport {
  const P1 = 'P:Sviluppo del tessuto economico locale';
  const P4 = 'P:Economico finanziaria';
  return {
    profile: 'sondrio-2020',
    sheet: 'Cruscotto',
    organisation: { achievement: 96.66666666666667, achievementWithoutOverrides: 93.33333333333333, band: 'eccellente' },
    nodes: [
      node({ level: 'perspective', title: 'Sviluppo del tessuto economico locale', achievement: 93.8, cell: 'Cruscotto!A5' }),
      node({ level: 'strategic', code: '1', title: 'Competitività del territorio', parent: P1, achievement: 77.76, target: 80, targetAchievement: 97.2, status: 'raggiunto', cell: 'Cruscotto!B5' }),
      node({ level: 'operational', code: '1.1', title: 'Orientamento al lavoro', parent: '1', weight: 10, achievement: 80, status: 'raggiunto', cell: 'Cruscotto!D5' }),
      node({ level: 'action', code: '1.1.1', title: 'Progetti attivati', parent: '1.1', weight: 50, achievement: 100, status: 'raggiunto', cell: 'Cruscotto!H5' }),
      node({ level: 'action', code: '1.1.2', title: 'Soggetti coinvolti', parent: '1.1', weight: 50, achievement: 60, status: 'parzialmente', cell: 'Cruscotto!H6' }),
      node({ level: 'operational', code: '1.2', title: 'Alternanza scuola-lavoro', parent: '1', weight: 15, achievement: 0, status: 'non-raggiunto', cell: 'Cruscotto!D7' }),
      node({ level: 'action', code: '1.2.1', title: 'Percorsi finanziati', parent: '1.2', weight: 40, achievement: 0, status: 'non-raggiunto', cell: 'Cruscotto!H7' }),
      node({ level: 'action', code: '1.2.2', title: 'Evento annullato', parent: '1.2', weight: 60, achievement: null, status: 'neutralizzato', cell: 'Cruscotto!H8' }),
      node({ level: 'perspective', title: 'Economico finanziaria', achievement: 85, status: 'raggiunto', cell: 'Cruscotto!A40' }),
      node({ level: 'strategic', code: '8', title: 'Utilizzo ottimale delle risorse', parent: P4, achievement: 70, target: 100, targetAchievement: 70, status: 'parzialmente', cell: 'Cruscotto!B40' }),
      node({ level: 'operational', code: '8.1', title: 'Equilibrio economico', parent: '8', weight: 100, achievement: 70, status: 'parzialmente', cell: 'Cruscotto!D40' }),
      node({ level: 'action', code: '8.1.1', title: 'Margine di struttura', parent: '8.1', weight: 50, achievement: 60, formulaAchievement: 0, status: 'parzialmente', cell: 'Cruscotto!H40' }),
      node({ level: 'action', code: '8.1.2', title: 'Incidenza costi di struttura', parent: '8.1', weight: 25, achievement: 100, status: 'raggiunto', cell: 'Cruscotto!H41' }),
      node({ level: 'action', code: '8.1.3', title: 'Riscossione diritto annuale', parent: '8.1', weight: 25, achievement: 60, status: 'parzialmente', cell: 'Cruscotto!H42' }),
    ],
    diagnostics: [],
  };
}

export function sondrioDiagnostics(): Diagnostic[] {
  return [
    { severity: 'warning', cell: 'Cruscotto!F5', message: "Cruscotto!F5: i pesi delle azioni dell'obiettivo 1.1 sommano a 90%", code: 'weights-sum' },
    { severity: 'error', cell: 'Cruscotto!P14', message: 'Cruscotto!P14: il risultato «circa 30» non è un numero', code: 'not-a-number' },
    { severity: 'warning', cell: null, message: 'Cruscotto: anno del piano non indicato, uso il 2020', code: 'plan-year' },
  ];
}

export function sondrioOutcome(): RunOutcome {
  const diagnostics = sondrioDiagnostics();
  const report = sondrioReport();
  report.diagnostics = diagnostics.map(({ severity, cell, message }) => ({ severity, cell, message }));
  return { report, diagnostics, syncs: 4, summaryWritten: false };
}

export interface MockHostOptions {
  outcome?: RunOutcome;
  language?: string;
  settings?: CruscottoSettings;
  sheets?: string[];
  /** make ricalcola fail with this message */
  failWith?: string;
  /** hold ricalcola until release() is called */
  manual?: boolean;
}

export interface MockHost extends CruscottoHost {
  ricalcola: jest.Mock<Promise<RunOutcome>, [{ summary: boolean; onProgress?: ProgressListener }]>;
  selectCell: jest.Mock<Promise<void>, [string]>;
  loadSettings: jest.Mock<Promise<CruscottoSettings>, []>;
  saveSettings: jest.Mock<Promise<void>, [CruscottoSettings]>;
  listSheets: jest.Mock<Promise<string[]>, []>;
  writeOverride: jest.Mock<Promise<void>, [string, number, string]>;
  createIndividualSheet: jest.Mock<Promise<{ sheet: string; created: boolean }>, []>;
  displayLanguage: jest.Mock<string, []>;
  /** with `manual`: finish the pending run */
  release: () => void;
}

export function createMockHost(options: MockHostOptions = {}): MockHost {
  let pending: (() => void) | null = null;
  const host: MockHost = {
    ricalcola: jest.fn(async ({ summary, onProgress }) => {
      onProgress?.('lettura');
      onProgress?.('calcolo');
      if (options.manual) await new Promise<void>((resolve) => (pending = resolve));
      if (options.failWith) throw new Error(options.failWith);
      onProgress?.('scrittura');
      if (summary) onProgress?.('riepilogo');
      onProgress?.('fatto');
      const outcome = options.outcome ?? sondrioOutcome();
      return { ...outcome, summaryWritten: summary };
    }),
    selectCell: jest.fn(async (_reference: string): Promise<void> => undefined),
    loadSettings: jest.fn(async () => options.settings ?? { profile: 'sondrio-2020', planYear: 2020, sheetName: null }),
    saveSettings: jest.fn(async (_settings: CruscottoSettings): Promise<void> => undefined),
    listSheets: jest.fn(async () => options.sheets ?? ['Cruscotto', 'Riepilogo', 'Note']),
    writeOverride: jest.fn(async (_cell: string, _achievement: number, _motivation: string): Promise<void> => undefined),
    createIndividualSheet: jest.fn(async () => ({ sheet: 'Obiettivi individuali', created: true })),
    displayLanguage: jest.fn(() => options.language ?? 'it-IT'),
    release: () => {
      const p = pending;
      pending = null;
      p?.();
    },
  };
  return host;
}

export const PROFILE_OPTIONS = [
  { name: 'sondrio-2020', label: 'Sondrio 2020-2022 (soglie a gradini)', colours: { raggiunto: '#C6EFCE', parzialmente: '#FFD966', 'non-raggiunto': '#FFC7CE', neutralizzato: '#D9D9D9' } },
  { name: 'sondrio-2018', label: 'Sondrio 2018 (interpolazione lineare)' },
  { name: 'pavia', label: 'Pavia (proporzionale)' },
];
