/** Sheet names in references: quoted whenever Excel could read them as something else. */
import { cellRef, parseA1, sheetPrefix } from '../../src/layout/address';

describe('sheetPrefix', () => {
  it('leaves plain names as they are', () => {
    expect(sheetPrefix('Cruscotto')).toBe('Cruscotto');
    expect(sheetPrefix('Piano_2022')).toBe('Piano_2022');
  });

  it('quotes names with spaces or punctuation, doubling apostrophes', () => {
    expect(sheetPrefix('Piano 2022')).toBe("'Piano 2022'");
    expect(sheetPrefix("Piano dell'ente")).toBe("'Piano dell''ente'");
  });

  it('quotes names that look like a cell or an R1C1 reference', () => {
    for (const name of ['PEG2024', 'PDO2023', 'A1', 'XFD1048576', 'R1C1', 'R', 'C', 'r12c3', 'C12']) expect(sheetPrefix(name)).toBe(`'${name}'`);
    expect(sheetPrefix('PIAO2024x')).toBe('PIAO2024x');
  });

  it('round-trips through parseA1', () => {
    expect(parseA1(cellRef('PEG2024', 13, 15))).toEqual({ sheet: 'PEG2024', row: 13, col: 15 });
  });
});
