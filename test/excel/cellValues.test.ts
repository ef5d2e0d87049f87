import { toCellInput, toExcelInput } from '../../src/excel/cellValues';
import { coalesceBlocks, splitByBytes } from '../../src/excel/writeValues';
import { columnWidthPoints } from '../../src/excel/writeStyles';

describe('values between Excel and the layout', () => {
  it('reads empty cells as null and keeps the number format', () => {
    expect(toCellInput('', 'General')).toEqual({ value: null, numberFormat: 'General' });
    expect(toCellInput(0.5, '0.00%')).toEqual({ value: 0.5, numberFormat: '0.00%' });
    expect(toCellInput('testo', undefined)).toEqual({ value: 'testo', numberFormat: 'General' });
  });

  it('writes every string as text and null as a cleared cell', () => {
    expect(toExcelInput('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(toExcelInput('2022')).toBe("'2022");
    expect(toExcelInput('')).toBe('');
    expect(toExcelInput(null)).toBe('');
    expect(toExcelInput(0.9667)).toBe(0.9667);
    expect(toExcelInput(false)).toBe(false);
  });
});

describe('coalesceBlocks', () => {
  it('makes one rectangle per column group, with null (unchanged) in the gaps', () => {
    const writes = coalesceBlocks([
      { top: 4, left: 22, values: [[0.5], [1]], numberFormat: '0.00%' },
      { top: 8, left: 22, values: [[null]], numberFormat: '0.00%' },
      { top: 4, left: 23, values: [['Raggiunto'], ['Non raggiunto']] },
    ]);
    expect(writes).toEqual([
      { top: 4, left: 22, values: [[0.5], [1], [null], [null], ['']], formats: [['0.00%'], ['0.00%'], [null], [null], ['0.00%']] },
      { top: 4, left: 23, values: [["'Raggiunto"], ["'Non raggiunto"]], formats: null },
    ]);
  });

  it('writes a string as it is where the cell is formatted as Text when the value lands', () => {
    const [write] = coalesceBlocks(
      [{ top: 2, left: 1, values: [['Raggiunto'], ['=1+1'], ['Neutralizzato']], numberFormat: [[null], [null], ['General']] as unknown as string[][] }],
      (row, col) => (col === 1 && row >= 2 ? '@' : 'General'),
    );
    expect(write.values).toEqual([['Raggiunto'], ['=1+1'], ["'Neutralizzato"]]);
    expect(toExcelInput('x', true)).toBe('x');
  });

  it('refuses a non-finite number instead of writing it', () => {
    expect(() => coalesceBlocks([{ top: 0, left: 0, values: [[Number.NaN]] }])).toThrow(/numero non valido/);
  });

  it('splits a rectangle into bands under a byte budget', () => {
    const [write] = coalesceBlocks([{ top: 0, left: 0, values: Array.from({ length: 100 }, (_, i) => [i]) }]);
    const parts = splitByBytes(write, 60);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.values)).toEqual(write.values);
    expect(parts[1].top).toBe(parts[0].values.length);
  });
});

describe('column widths', () => {
  it("converts the file's column width to points like Excel (the default 9.140625 = 64 px = 48 points)", () => {
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(16)).toBe(84);
  });
});
