import { linesNeeded } from '../../src/xlsx/summaryLayout';

describe('linesNeeded (row heights of the Riepilogo)', () => {
  test('a short text fits on one line', () => {
    expect(linesNeeded('Target', 12)).toBe(1);
  });
  test('wraps at spaces: "% raggiungimento" takes two lines where its 16 characters alone would fit', () => {
    expect(linesNeeded('raggiungimento', 15)).toBe(1);
    expect(linesNeeded('% raggiungimento', 15)).toBe(2);
  });
  test('bold text is wider', () => {
    expect(linesNeeded('Risultato misurato xx', 20)).toBe(1);
    expect(linesNeeded('Risultato misurato xx', 20, true)).toBe(2);
  });
  test('a word longer than the line is split; explicit new lines count', () => {
    expect(linesNeeded('a'.repeat(30), 10)).toBe(3);
    expect(linesNeeded('uno\ndue', 40)).toBe(2);
  });
});
