import { countLevel, countSentence } from '../../../src/layout/plan';
import { handBuilt } from './handBuilt';

describe('counts', () => {
  test('neutralised nodes are left out of the total', () => {
    const { score } = handBuilt();
    expect(countLevel(score, 'action')).toEqual({ level: 'action', reached: 1, total: 3 });
    expect(countLevel(score, 'operational')).toEqual({ level: 'operational', reached: 1, total: 2 });
  });

  test.each([
    [{ level: 'strategic', reached: 8, total: 9 }, '8 obiettivi strategici su 9 raggiunti'],
    [{ level: 'operational', reached: 22, total: 23 }, '22 obiettivi operativi su 23 raggiunti'],
    [{ level: 'operational', reached: 1, total: 1 }, '1 obiettivo operativo su 1 raggiunto'],
    [{ level: 'strategic', reached: 0, total: 3 }, '0 obiettivi strategici su 3 raggiunti'],
    [{ level: 'action', reached: 1, total: 4 }, '1 azione su 4 raggiunta'],
    [{ level: 'perspective', reached: 3, total: 4 }, '3 prospettive su 4 raggiunte'],
  ] as const)('%j -> %s', (count, text) => {
    expect(countSentence(count)).toBe(text);
  });
});
