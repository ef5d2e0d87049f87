import { readCruscotto } from '../../../src/layout/reader';
import { grid, TEST_PROFILE, type Cell } from './fixtures';
import { COLUMNS, GROUPS } from './sampleSheet';
import { allNodes } from './treeHelpers';

/** 4 perspectives x 5 strategic x 5 operational x 50 actions = 5 000 action rows. */
function bigSheet(): Cell[][] {
  const rows: Cell[][] = [GROUPS, COLUMNS];
  for (let p = 1; p <= 4; p++) {
    for (let s = 1; s <= 5; s++) {
      const sc = (p - 1) * 5 + s;
      for (let o = 1; o <= 5; o++) {
        for (let a = 1; a <= 50; a++) {
          const first = o === 1 && a === 1;
          rows.push([
            first && s === 1 ? `Prospettiva ${p}` : '',
            first ? String(sc) : '',
            first ? `Obiettivo strategico ${sc}` : '',
            a === 1 ? `${sc}.${o}` : '',
            a === 1 ? `Operativo ${sc}.${o}` : '',
            a === 1 ? '20%' : '',
            `${sc}.${o}.${a}`,
            `Azione ${a}`,
            '2%',
            'numero',
            `${100 + a}`,
            `${90 + a}`,
            `${80 + a}`,
            `${95 + a},5`,
          ]);
        }
      }
    }
  }
  return rows;
}

test('5 000 actions are read in one pass (tree size)', () => {
  const g = grid(bigSheet());
  const r = readCruscotto(g, { profile: TEST_PROFILE, planYear: 2022 });
  const nodes = allNodes(r.tree);
  expect(r.diagnostics).toEqual([]);
  expect(nodes.filter((n) => n.level === 'action')).toHaveLength(5000);
  expect(nodes.filter((n) => n.level === 'operational')).toHaveLength(100);
  expect(nodes.filter((n) => n.level === 'strategic')).toHaveLength(20);
  expect(r.tree.roots).toHaveLength(4);
  expect(nodes).toHaveLength(5000 + 100 + 20 + 4);
  expect(r.locations.size).toBe(nodes.length);
  expect(r.locations.get('20.5.50')!.row).toBe(5001);
});
