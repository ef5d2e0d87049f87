/**
 * A small hand-built read + score pair (independent of the reader and the engine) for the plan tests.
 * Sheet "Cruscotto", header rows 0-1, data rows 2-5:
 *   P "Processi interni" > strategic 1 (target 80) > op 1.1 (peso 60) > actions 1.1.1 (100), 1.1.2 (overridden 60, formula 0)
 *                                                  > op 1.2 (peso 40) > action 1.2.1 (0), 1.2.2 (neutralised)
 */
import Decimal from 'decimal.js';
import type { NodeStatus, PerformanceNode, ScoredNode, ScoreResult } from '../../../src/engine/types';
import type { ColumnInfo, NodeLocation, ReadResult, SheetGrid, SheetLayout } from '../../../src/layout/types';
import type { Profile } from '../../../src/engine/types';
import { getProfile } from '../../../src/engine';

export const D = (n: number | string) => new Decimal(n);

export const COLS = {
  perspective: 0,
  strategicTitle: 1,
  opCode: 2,
  opTitle: 3,
  opWeight: 4,
  actionCode: 5,
  actionTitle: 6,
  actionWeight: 7,
  target: 8,
  result: 9,
  override: 10,
  motivation: 11,
};

/** The default profile with recognisable colours and three bands, so tests can tell them apart. */
export const testProfile: Profile = {
  ...getProfile('sondrio-2020')!,
  name: 'prova',
  label: 'Profilo di prova',
  colours: { raggiunto: '#00FF00', parzialmente: '#FFA500', 'non-raggiunto': '#FF0000', neutralizzato: '#808080' },
  bands: [
    { min: 90, label: 'Eccellente' },
    { min: 60, label: 'Adeguata' },
    { min: 0, label: 'Insufficiente' },
  ],
};

function node(id: string, level: PerformanceNode['level'], title: string, extra: Partial<PerformanceNode> = {}, children: PerformanceNode[] = []): PerformanceNode {
  return { id, level, code: level === 'perspective' ? null : id, title, children, ...extra };
}

function scored(n: PerformanceNode, achievement: number | null, status: NodeStatus, extra: Partial<ScoredNode> = {}, children: ScoredNode[] = []): ScoredNode {
  const a = achievement === null ? null : D(achievement);
  return {
    node: n,
    achievement: a,
    formulaAchievement: a,
    targetAchievement: null,
    targetAchievementWithoutOverrides: null,
    effectiveWeight: n.weight ?? null,
    status,
    band: null,
    overridden: false,
    children,
    ...extra,
  };
}

export interface HandBuilt {
  read: ReadResult;
  score: ScoreResult;
  grid: SheetGrid;
  layout: SheetLayout;
}

export const MOTIVATION = "Sentito l'OIV: aumento delle domande";

export function handBuilt(options: { titles?: Record<string, string> } = {}): HandBuilt {
  const t = (id: string, fallback: string) => options.titles?.[id] ?? fallback;
  const a111 = node('1.1.1', 'action', t('1.1.1', 'Progetti attivati'), { weight: D(50), action: { targetSpec: null, result: { kind: 'empty', raw: '' } } });
  const a112 = node('1.1.2', 'action', t('1.1.2', 'Tempi di istruttoria'), {
    weight: D(50),
    action: { targetSpec: null, result: { kind: 'empty', raw: '' }, override: { achievement: D(60), motivation: MOTIVATION } },
  });
  const a121 = node('1.2.1', 'action', t('1.2.1', 'Incontri'), { weight: D(70), action: { targetSpec: null, result: { kind: 'empty', raw: '' } } });
  const a122 = node('1.2.2', 'action', t('1.2.2', 'Sportello'), { weight: D(30), action: { targetSpec: null, result: { kind: 'empty', raw: '' }, neutralised: true } });
  const o11 = node('1.1', 'operational', t('1.1', 'Semplificazione'), { weight: D(60) }, [a111, a112]);
  const o12 = node('1.2', 'operational', t('1.2', 'Mediazione'), { weight: D(40) }, [a121, a122]);
  const s1 = node('1', 'strategic', t('1', 'Qualità dei processi'), { target: D(80) }, [o11, o12]);
  const p = node('P:Processi interni', 'perspective', t('P', 'Processi interni'), {}, [s1]);

  const sa111 = scored(a111, 100, 'raggiunto');
  const sa112 = scored(a112, 60, 'parzialmente', { formulaAchievement: D(0), overridden: true });
  const sa121 = scored(a121, 0, 'non-raggiunto');
  const sa122 = scored(a122, null, 'neutralizzato');
  const so11 = scored(o11, 80, 'raggiunto', { formulaAchievement: D(50) }, [sa111, sa112]);
  const so12 = scored(o12, 0, 'non-raggiunto', {}, [sa121, sa122]);
  // strategic 1: 0.6*80 + 0.4*0 = 48; / 80 = 60
  const ss1 = scored(s1, 48, 'parzialmente', { formulaAchievement: D(30), targetAchievement: D(60), targetAchievementWithoutOverrides: D('37.5'), band: 'Adeguata' }, [so11, so12]);
  const sp = scored(p, 48, 'parzialmente', { formulaAchievement: D(30), band: 'Insufficiente' }, [ss1]);
  const score: ScoreResult = {
    roots: [sp],
    organisation: { achievement: D(60), achievementWithoutOverrides: D('37.5'), band: 'Adeguata', status: 'parzialmente' },
    diagnostics: [],
  };

  const header: [number, string, ColumnInfo['role']][] = [
    [COLS.perspective, 'Prospettiva', 'perspective.title'],
    [COLS.strategicTitle, 'Obiettivo strategico', 'strategic.title'],
    [COLS.opCode, 'cod.', 'operational.code'],
    [COLS.opTitle, 'titolo', 'operational.title'],
    [COLS.opWeight, 'peso', 'operational.weight'],
    [COLS.actionCode, 'cod.', 'action.code'],
    [COLS.actionTitle, 'titolo', 'action.title'],
    [COLS.actionWeight, 'Peso', 'action.weight'],
    [COLS.target, 'target', 'action.target'],
    [COLS.result, 'Risultato', 'action.result'],
    [COLS.override, '% assegnata', 'action.override'],
    [COLS.motivation, 'Motivazione', 'action.motivation'],
  ];
  const layout: SheetLayout = {
    headerTop: 0,
    headerBottom: 1,
    columns: header.map(([col, h, role]) => ({ col, role, header: h })),
    repeatedHeaderRows: [],
    planYear: 2020,
  };
  const cell = (v: string | number | null) => ({ value: v });
  const cells = [
    [cell('Prospettiva'), cell('Obiettivo strategico'), cell('Obiettivi operativi'), null, null, cell('Azioni')].map((c) => c ?? cell(null)),
    header.map(([, h]) => cell(h)),
    ['Processi interni', 'Qualità dei processi', '1.1', 'Semplificazione', 0.6, '1.1.1', 'Progetti attivati', 0.5, 4, 6, null, null].map(cell),
    [null, null, null, null, null, '1.1.2', 'Tempi di istruttoria', 0.5, '28 gg', '35 gg', 0.6, MOTIVATION].map(cell),
    [null, null, '1.2', 'Mediazione', 0.4, '1.2.1', 'Incontri', 0.7, 8, 2, null, null].map(cell),
    [null, null, null, null, null, '1.2.2', 'Sportello', 0.3, 1, 'neutralizzata', null, null].map(cell),
  ];
  const grid: SheetGrid = { name: 'Cruscotto', cells, merges: [] };
  const loc = (nodeId: string, row: number, lastRow: number, columns: NodeLocation['columns']): [string, NodeLocation] => [nodeId, { nodeId, row, lastRow, columns }];
  const actionCols = { code: COLS.actionCode, title: COLS.actionTitle, weight: COLS.actionWeight, target: COLS.target, result: COLS.result, override: COLS.override, motivation: COLS.motivation };
  const locations = new Map<string, NodeLocation>([
    loc('P:Processi interni', 2, 5, { title: COLS.perspective }),
    loc('1', 2, 5, { title: COLS.strategicTitle }),
    loc('1.1', 2, 3, { code: COLS.opCode, title: COLS.opTitle, weight: COLS.opWeight }),
    loc('1.1.1', 2, 2, actionCols),
    loc('1.1.2', 3, 3, actionCols),
    loc('1.2', 4, 5, { code: COLS.opCode, title: COLS.opTitle, weight: COLS.opWeight }),
    loc('1.2.1', 4, 4, actionCols),
    loc('1.2.2', 5, 5, actionCols),
  ]);
  const read: ReadResult = { sheet: 'Cruscotto', layout, tree: { roots: [p] }, locations, diagnostics: [] };
  return { read, score, grid, layout };
}
