import { operationalPrefix, parseCode, strategicPrefix } from '../../../src/layout/reader';

describe('codes', () => {
  test.each([
    ['3.4.1', '3.4', '3'],
    ['1.1.2', '1.1', '1'],
    ['1.1a', '1.1', '1'],
    ['2.1c bis', '2.1', '2'],
    ['2.2e e 2.2f', '2.2', '2'],
    ['2.7a bis', '2.7', '2'],
    ['1.1.', '1', '1'],
  ])('%s belongs to %s and %s', (code, op, strategic) => {
    expect(operationalPrefix(code)).toBe(op);
    expect(strategicPrefix(code)).toBe(strategic);
  });

  test('a single number has no operational prefix', () => {
    expect(operationalPrefix('3')).toBeNull();
    expect(strategicPrefix('3')).toBe('3');
  });

  test('codes that are not dotted numbers have no structure', () => {
    expect(parseCode('A1')).toBeNull();
    expect(parseCode('OS-1')).toBeNull();
    expect(operationalPrefix('riga 5')).toBeNull();
  });

  test('parseCode', () => {
    expect(parseCode('2.1c bis')).toEqual({ numbers: [2, 1], letter: 'c' });
    expect(parseCode('1.10.3')).toEqual({ numbers: [1, 10, 3], letter: null });
  });
});
