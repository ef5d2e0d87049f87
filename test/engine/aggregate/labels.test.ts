/** Italian articles in engine messages: «la voce di raggruppamento», «la prospettiva», «l'obiettivo». */
import { theNode, ofNode } from '../../../src/engine/aggregate/labels';
import type { PerformanceNode } from '../../../src/engine/types';

const node = (level: PerformanceNode['level'], code: string | null, title = 'Titolo'): PerformanceNode => ({ id: code ?? title, level, code, title, children: [] });

it('uses the article of each level’s noun', () => {
  expect(theNode(node('leafGroup', '1.1.1'))).toBe('la voce di raggruppamento 1.1.1');
  expect(theNode(node('perspective', null, 'Processi interni'))).toBe('la prospettiva «Processi interni»');
  expect(theNode(node('operational', '1.1'))).toBe("l'obiettivo 1.1");
  expect(ofNode(node('leafGroup', '1.1.1'))).toBe('della voce di raggruppamento 1.1.1');
});
