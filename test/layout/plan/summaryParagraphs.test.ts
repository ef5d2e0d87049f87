/**
 * A long text alone in its row (the rules used, the legend's rule, the note under the partial-figures warning)
 * overflows to the right: on the printed Riepilogo ("one page wide") it widened the page so much that the whole
 * summary shrank to an unreadable size. Such texts are cut at spaces into rows of at most PARAGRAPH_CHARS.
 */
import { getProfile } from '../../../src/engine';
import { findHeader } from '../../../src/layout/reader';
import { runPipeline } from '../../../src/layout/pipeline';
import { PARAGRAPH_CHARS, splitLines } from '../../../src/layout/plan/sheetBuilder';
import { exampleCruscotto } from '../../support/generate';
import { planCells } from './planCells';

test('splitLines cuts at spaces, keeps every word, never exceeds the width but for a longer word', () => {
  const text = 'uno due tre quattro cinque sei sette otto nove dieci parolamoltolungaoltreilmassimo fine';
  const lines = splitLines(text, 12);
  expect(lines.join(' ')).toBe(text);
  for (const line of lines) expect(line.length <= 12 || !line.includes(' ')).toBe(true);
  expect(splitLines('', 10)).toEqual(['']);
});

test('no text alone in a Riepilogo row is longer than a paragraph line, errors and all', () => {
  const { grid } = exampleCruscotto();
  const layout = findHeader(grid)!;
  const col = layout.columns.find((c) => c.role === 'action.result')!.col;
  grid.cells[layout.headerBottom + 2][col] = { value: 'circa 30' };
  const r = runPipeline(grid, { profile: getProfile('sondrio-2020')!, summary: true, generatedAt: new Date(2026, 11, 3) });
  const cells = planCells(r.plan.summary!);
  const byRow = new Map<number, string[]>();
  for (const [key, cell] of cells) {
    if (cell.value === null || cell.value === '') continue;
    const row = Number(key.split(',')[0]);
    byRow.set(row, [...(byRow.get(row) ?? []), String(cell.value)]);
  }
  const lone = [...byRow.values()].filter((v) => v.length === 1).map((v) => v[0]);
  // the rules paragraph, the legend's rule and the note under the warning are all there, in several rows
  expect(lone.some((t) => t.startsWith('Regole di calcolo'))).toBe(true);
  expect(lone.some((t) => t.startsWith('La valutazione sintetica è la fascia'))).toBe(true);
  expect(lone.some((t) => t.startsWith('Le azioni interessate restano senza valore'))).toBe(true);
  const titles = new Set([...cells.values()].filter((c) => c.style === 'title' || c.style === 'subtitle').map((c) => c.value));
  for (const text of lone.filter((t) => !titles.has(t))) expect(text.length).toBeLessThanOrEqual(PARAGRAPH_CHARS);
});
