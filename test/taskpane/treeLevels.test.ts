/** The task pane tree on a five-level sheet: the level above the scored rows, and the sheet's own level words. */
import type { JsonReport, ReportNode } from '../../src/layout/types';
import { IT as italian } from '../../src/taskpane/i18n/strings';
import { levelLabel, levelNamesOf } from '../../src/taskpane/tree/levelLabel';
import { buildTree } from '../../src/taskpane/tree/reportTree';

const n = (level: ReportNode['level'], code: string | null, title: string, parent: string | null): ReportNode => ({
  level,
  code,
  title,
  parent,
  weight: null,
  achievement: 80,
  formulaAchievement: 80,
  target: null,
  targetAchievement: null,
  status: 'raggiunto',
  cell: null,
});

test('leafGroup nodes sit between the operational objective and the scored rows', () => {
  const roots = buildTree([
    n('strategic', '1', 'Imprese', null),
    n('operational', '1.1', 'Credito', '1'),
    n('leafGroup', '1.1.1', 'Bando', '1.1'),
    n('action', '1.1.1.1', 'domande', '1.1.1'),
    n('action', '1.1.1.2', 'liquidazioni', '1.1.1'),
  ]);
  const op = roots[0].children[0];
  expect(op.children.map((c) => c.node.code)).toEqual(['1.1.1']);
  expect(op.children[0].children.map((c) => c.node.code)).toEqual(['1.1.1.1', '1.1.1.2']);
});

test("the sheet's own words name the levels where they differ from the usual ones", () => {
  const report = {
    layout: { levelNames: { operational: 'Obiettivo operativo', leafGroup: 'Azione', action: 'Indicatore', strategic: 7 } },
  } as unknown as JsonReport;
  const names = levelNamesOf(report);
  expect(names).toEqual({ operational: 'Obiettivo operativo', leafGroup: 'Azione', action: 'Indicatore' });
  expect(levelLabel('leafGroup', italian, names)).toBe('Azione');
  expect(levelLabel('action', italian, names)).toBe('Indicatore');
  // the usual word keeps the pane's short label
  expect(levelLabel('operational', italian, names)).toBe('Ob. operativo');
  expect(levelLabel('leafGroup', italian, {})).toBe('Raggruppamento');
});
