import { parseKpiValue } from '../../../src/engine/values';
import { analyseNumberFormat } from '../../../src/engine/values/numberFormat';
import { readNumberCell } from '../../../src/engine/values/excelCell';
import { ctx2020, expectOk, expectProblem, numberOf } from './helpers';

describe('parseKpiValue: numbers as Excel hands them over', () => {
  test.each([
    // value, number format, expected value, unit, raw (Italian display text)
    [0.0325, '0.00%', '3.25', 'percent', '3,25%'],
    [0.972, '0.00%', '97.2', 'percent', '97,20%'],
    [0.03, '0%', '3', 'percent', '3%'],
    [0.0325, '0%', '3.25', 'percent', '3%'], // shown rounded, kept whole
    [1.0534, '0.0%', '105.34', 'percent', '105,3%'],
    [1400, undefined, '1400', 'none', '1400'],
    [1400, 'General', '1400', 'none', '1400'],
    [1400, '#,##0', '1400', 'none', '1.400'],
    [0.8462, '0.0000', '0.8462', 'none', '0,8462'],
    [-13.06, '0.00', '-13.06', 'none', '-13,06'],
    [0.1 + 0.2, 'General', '0.3', 'none', '0,3'],
    [1487792.29, '€ #,##0.00', '1487792.29', 'euro', '€ 1.487.792,29'],
    [165.8, '#,##0.00 "€"', '165.8', 'euro', '165,80 €'],
    [165.8, '[$€-410] #,##0.00', '165.8', 'euro', '€ 165,80'],
    [4804, '#,##0.00\\ [$€-1]', '4804', 'euro', '4.804,00 €'],
    [28, '0 "gg"', '28', 'days', '28 gg'],
    [10, '0 "mesi"', '10', 'months', '10 mesi'],
    [0.5, 'h:mm', '0.5', 'none', '0,5'],
  ])('%p with %p', (value, format, expected, unit, raw) => {
    const v = expectOk(parseKpiValue({ value, numberFormat: format }, ctx2020));
    expect(numberOf(v)).toEqual({ value: expected, unit });
    expect(v.raw).toBe(raw);
  });

  test('a number with a percent format and the text "3,25%" are the same value', () => {
    const fromNumber = expectOk(parseKpiValue({ value: 0.0325, numberFormat: '0.00%' }, ctx2020));
    const fromText = expectOk(parseKpiValue({ value: '3,25%' }, ctx2020));
    expect(numberOf(fromNumber)).toEqual(numberOf(fromText));
  });

  test.each(['dd/mm/yyyy', 'd-mmm-yy', 'm/d/yyyy', '[$-410]d mmmm yyyy', 'mmmm yyyy', 'dd/mm/yyyy hh:mm', 'gg/mm/aaaa'])(
    'a date serial with format %s',
    (format) => {
      const v = expectOk(parseKpiValue({ value: 44179, numberFormat: format }, ctx2020));
      expect(v).toEqual({ kind: 'date', date: { year: 2020, month: 12, day: 14, precision: 'day' }, raw: '14/12/2020' });
    },
  );

  test('a date serial out of range is a problem', () => {
    expect(expectProblem(parseKpiValue({ value: -5, numberFormat: 'dd/mm/yyyy' }, ctx2020)).code).toBe('bad-date');
    expect(expectProblem(parseKpiValue({ value: 60, numberFormat: 'dd/mm/yyyy' }, ctx2020)).code).toBe('bad-date');
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY])('%p is not a number', (value) => {
    const p = expectProblem(parseKpiValue({ value }, ctx2020));
    expect(p.code).toBe('not-a-number');
  });
});

describe('parseKpiValue: dates and booleans', () => {
  test('a JS Date at UTC midnight (exceljs)', () => {
    const v = expectOk(parseKpiValue({ value: new Date(Date.UTC(2020, 11, 14)) }, ctx2020));
    expect(v).toEqual({ kind: 'date', date: { year: 2020, month: 12, day: 14, precision: 'day' }, raw: '14/12/2020' });
  });

  test('a JS Date at local midnight', () => {
    const v = expectOk(parseKpiValue({ value: new Date(2020, 6, 22) }, ctx2020));
    expect(v).toEqual({ kind: 'date', date: { year: 2020, month: 7, day: 22, precision: 'day' }, raw: '22/07/2020' });
  });

  test('a Date outside the calendar is named the Italian way, not as an ISO text (issue 8)', () => {
    const p = expectProblem(parseKpiValue({ value: new Date(Date.UTC(1899, 11, 30)) }, ctx2020));
    expect(p.code).toBe('bad-date');
    expect(p.message).toBe('la data «30/12/1899» non esiste');
  });

  test('an invalid Date is a problem', () => {
    expect(expectProblem(parseKpiValue({ value: new Date('nonsense') }, ctx2020)).code).toBe('bad-date');
  });

  test.each([
    [true, 'VERO'],
    [false, 'FALSO'],
  ])('boolean %p', (value, raw) => {
    expect(expectOk(parseKpiValue({ value }, ctx2020))).toEqual({ kind: 'boolean', value, raw });
  });

  test('an object that was not flattened is unreadable, not a crash', () => {
    const cell = { value: { richText: [] } as unknown as string };
    const p = expectProblem(parseKpiValue(cell, ctx2020));
    expect(p.code).toBe('unreadable');
    expect(p.message).toBe('il valore «valore di tipo object» non è leggibile');
  });
});

describe('analyseNumberFormat', () => {
  test.each([
    ['General', 'number', null, false, 'none'],
    ['0', 'number', 0, false, 'none'],
    ['#,##0.00', 'number', 2, true, 'none'],
    ['0.00%', 'percent', 2, false, 'none'],
    ['0%;[Red]-0%', 'percent', 0, false, 'none'],
    ['"Totale: "0', 'number', 0, false, 'none'],
    ['[h]:mm', 'number', null, false, 'none'],
    ['dd/mm/yyyy', 'date', null, false, 'none'],
    ['#,##0.00 "€";[Red]-#,##0.00 "€"', 'number', 2, true, 'euro'],
    ['0.0 "giorni"', 'number', 1, false, 'days'],
  ])('%s', (code, kind, decimals, grouping, unit) => {
    const f = analyseNumberFormat(code);
    expect(f.kind).toBe(kind);
    if (kind !== 'date') {
      expect({ decimals: f.decimals, grouping: f.grouping, unit: f.unit }).toEqual({ decimals, grouping, unit });
    }
  });
});

// Excel on the web returns format codes in the account's locale (office-js issue #2824): an Italian account
// reads "0,00%" and "#.##0,00" where desktop reads "0.00%" and "#,##0.00"; both must be understood alike
describe('analyseNumberFormat in any locale', () => {
  test.each([
    ['0.00%', '0,00%'],
    ['0.0%', '0,0%'],
    ['#,##0.00', '#.##0,00'],
    ['#,##0', '#.##0'],
    ['#,##0.00 "€"', '#.##0,00 "€"'],
    ['€ #,##0.00', '€ #.##0,00'],
    ['0.0 "giorni"', '0,0 "giorni"'],
    ['#,##0.000', '#.##0,000'],
    ['#,##0.00', '# ##0,00'],
  ])('%s reads as %s', (desktop, web) => {
    const a = analyseNumberFormat(desktop);
    const b = analyseNumberFormat(web);
    expect({ kind: b.kind, decimals: b.decimals, grouping: b.grouping, unit: b.unit }).toEqual({ kind: a.kind, decimals: a.decimals, grouping: a.grouping, unit: a.unit });
  });

  test.each([
    ['0,00%', 'percent', 2, false],
    ['#.##0,00', 'number', 2, true],
    ['#.##0', 'number', 0, true],
    ['0,000', 'number', 3, false],
    ['#,##0,', 'number', 0, true],
  ])('%s', (code, kind, decimals, grouping) => {
    const f = analyseNumberFormat(code);
    expect({ kind: f.kind, decimals: f.decimals, grouping: f.grouping }).toEqual({ kind, decimals, grouping });
  });
});

describe('readNumberCell with a web-locale format', () => {
  test.each([
    [0.8525, '0.00%', '0,00%'],
    [1234.5, '#,##0.00 "€"', '#.##0,00 "€"'],
    [1234567, '#,##0', '#.##0'],
  ])('%s as %s and %s shows the same', (n, desktop, web) => {
    const a = readNumberCell(n, desktop);
    const b = readNumberCell(n, web);
    expect(b).toEqual(a);
    expect(a.ok && a.value.raw).toBeTruthy();
  });
});
