import Decimal from 'decimal.js';
import fc from 'fast-check';
import { parseKpiValue } from '../../../src/engine/values';
import { readDigits, readNumberText } from '../../../src/engine/values/numbers';
import { ctx2020, expectOk, expectProblem, numberOf } from './helpers';

describe('parseKpiValue: numbers typed the Italian way', () => {
  test.each([
    ['1.400', '1400', 'none'],
    ['1.500.000,50', '1500000.5', 'none'],
    ['3,25%', '3.25', 'percent'],
    ['97,20 %', '97.2', 'percent'],
    ['€ 165,80', '165.8', 'euro'],
    ['105 €', '105', 'euro'],
    ['€ 1.487.792,29', '1487792.29', 'euro'],
    ['1.338.706,91 €', '1338706.91', 'euro'],
    ['€ 4804,00', '4804', 'euro'],
    ['€4804,00', '4804', 'euro'],
    ['80 euro', '80', 'euro'],
    ['28 gg.', '28', 'days'],
    ['2,8 gg', '2.8', 'days'],
    ['3gg.', '3', 'days'],
    ['28 giorni', '28', 'days'],
    ['5 gg lavorativi', '5', 'days'],
    ['1 giorno', '1', 'days'],
    ['10 mesi', '10', 'months'],
    ['1 mese', '1', 'months'],
    ['- 13,06', '-13.06', 'none'],
    ['-13,06', '-13.06', 'none'],
    ['\u221213,06', '-13.06', 'none'],
    ['+5', '5', 'none'],
    ['- € 5,50', '-5.5', 'euro'],
    ['4,0', '4', 'none'],
    ['0,8462', '0.8462', 'none'],
    ['38,52', '38.52', 'none'],
    ['  38,52\u00a0', '38.52', 'none'],
    ['100,00\u00a0%', '100', 'percent'],
    ['0', '0', 'none'],
    // a single dot not followed by exactly three digits is an English decimal point
    ['2.8', '2.8', 'none'],
    ['2.85', '2.85', 'none'],
    ['0.875', '0.875', 'none'],
    ['1234.5', '1234.5', 'none'],
    ['10.000', '10000', 'none'],
  ])('%s', (text, value, unit) => {
    const v = expectOk(parseKpiValue({ value: text }, ctx2020));
    expect(numberOf(v)).toEqual({ value, unit });
    expect(v.raw).toBe(text);
  });

  test.each([
    'circa 30',
    '30 o 31',
    '12/2020/5',
    '1,500.50',
    '1.50.000',
    '1,2,3',
    '1.400,',
    '€ 5 €',
    '€ 5%',
    '30 imprese',
    '5 ore',
    '3/4',
  ])('%s is not a number', (text) => {
    const p = expectProblem(parseKpiValue({ value: text }, ctx2020));
    expect(p.code).toBe('not-a-number');
    expect(p.message).toBe(`il valore «${text}» non è un numero`);
    expect(p.raw).toBe(text);
  });

  test('the message of the brief', () => {
    expect(expectProblem(parseKpiValue({ value: 'circa 30' }, ctx2020)).message).toBe('il valore «circa 30» non è un numero');
  });

  test('a long text is shortened in the message but kept whole in raw', () => {
    const text = `${'molto '.repeat(30)}30`;
    const p = expectProblem(parseKpiValue({ value: text }, ctx2020));
    expect(p.raw).toBe(text);
    expect(p.message.length).toBeLessThan(130);
    expect(p.message).toContain('…»');
  });
});

describe('readDigits: separator rule', () => {
  test.each([
    ['1400', '1400'],
    ['1.400', '1400'],
    ['1.400,5', '1400.5'],
    ['999.999.999,999', '999999999.999'],
    ['0,5', '0.5'],
    ['0.500', '0.5'], // a thousands group cannot start with 0
    ['2.8', '2.8'],
  ])('%s -> %s', (digits, expected) => {
    expect(readDigits(digits)?.toString()).toBe(expected);
  });

  test.each(['1.4.5', '1,5,0', '1.400.5', ',5', '1.', '1,', '1.000.00', '1,000.5'])('%s is refused', (digits) => {
    expect(readDigits(digits)).toBeNull();
  });
});

describe('property: an Italian-formatted decimal reads back to itself', () => {
  const units = [
    { fmt: (n: string) => n, unit: 'none' },
    { fmt: (n: string) => `${n}%`, unit: 'percent' },
    { fmt: (n: string) => `${n} %`, unit: 'percent' },
    { fmt: (n: string) => `€ ${n}`, unit: 'euro' },
    { fmt: (n: string) => `${n} €`, unit: 'euro' },
    { fmt: (n: string) => `${n} gg.`, unit: 'days' },
    { fmt: (n: string) => `${n} giorni`, unit: 'days' },
    { fmt: (n: string) => `${n} mesi`, unit: 'months' },
  ];

  function italian(intDigits: bigint, frac: string, grouping: boolean): string {
    const int = intDigits.toString();
    const shown = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
    return frac ? `${shown},${frac}` : shown;
  }

  test('parse(format(x)) = x', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 999_999_999_999n }),
        fc.stringMatching(/^\d{0,6}$/),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: units.length - 1 }),
        (intDigits, frac, negative, grouping, unitIndex) => {
          const x = new Decimal(`${negative ? '-' : ''}${intDigits}${frac ? `.${frac}` : ''}`);
          const body = italian(intDigits, frac, grouping);
          const text = units[unitIndex].fmt(`${negative ? '-' : ''}${body}`);
          const v = expectOk(parseKpiValue({ value: text }, ctx2020));
          const read = numberOf(v);
          expect(new Decimal(read.value).eq(x)).toBe(true);
          expect(read.unit).toBe(units[unitIndex].unit);
          expect(v.raw).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('readNumberText never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = readNumberText(s);
        if (r) expect(r.value.isFinite()).toBe(true);
      }),
    );
  });
});
