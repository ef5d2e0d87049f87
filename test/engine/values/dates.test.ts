import Decimal from 'decimal.js';
import fc from 'fast-check';
import type { CalendarDate, KpiValue } from '../../../src/engine/types';
import { comparableValue, dayOfYear, parseKpiValue } from '../../../src/engine/values';
import { dateToSerial, serialToDate } from '../../../src/engine/values/calendar';
import { ctx2020, expectOk, expectProblem } from './helpers';

function dateOf(v: KpiValue): CalendarDate {
  if (v.kind !== 'date') throw new Error(`expected a date, got ${v.kind}`);
  return v.date;
}

describe('parseKpiValue: months (by the end of the month)', () => {
  test.each([
    ['luglio', 2020, 7, 31],
    ['Luglio', 2020, 7, 31],
    ['maggio 2021', 2021, 5, 31],
    ['entro luglio', 2020, 7, 31],
    ['entro novembre', 2020, 11, 30],
    ['Entro fine novembre', 2020, 11, 30],
    ['entro la fine di giugno', 2020, 6, 30],
    ['dicembre', 2020, 12, 31],
    ['febbraio', 2020, 2, 29],
    ['nov. 2018', 2018, 11, 30],
  ])('%s', (text, year, month, day) => {
    const v = expectOk(parseKpiValue({ value: text }, ctx2020));
    expect(dateOf(v)).toEqual({ year, month, day, precision: 'month' });
    expect(v.raw).toBe(text);
  });

  test('the plan year decides the year and the end of February', () => {
    expect(dateOf(expectOk(parseKpiValue({ value: 'febbraio' }, { planYear: 2021 })))).toEqual({
      year: 2021,
      month: 2,
      day: 28,
      precision: 'month',
    });
  });

  test('a bare abbreviation is not a month', () => {
    expect(expectOk(parseKpiValue({ value: 'set' }, ctx2020)).kind).toBe('qualitative');
  });
});

describe('parseKpiValue: days', () => {
  test.each([
    ['14/12/2020', 2020, 12, 14],
    ['31.3.2019', 2019, 3, 31],
    ['30/6/2018', 2018, 6, 30],
    ['22/07/2020', 2020, 7, 22],
    ['14-12-2020', 2020, 12, 14],
    ['14/12/20', 2020, 12, 14],
    ['29/02/2020', 2020, 2, 29],
    ['30 giugno', 2020, 6, 30],
    ['1° luglio', 2020, 7, 1],
    ['14 novembre 2018', 2018, 11, 14],
    ['14 nov 2018', 2018, 11, 14],
    ['2020-12-14', 2020, 12, 14],
    ['entro il 30/04/2019', 2019, 4, 30],
    ["entro l'1/4/2019", 2019, 4, 1],
  ])('%s', (text, year, month, day) => {
    const v = expectOk(parseKpiValue({ value: text }, ctx2020));
    expect(dateOf(v)).toEqual({ year, month, day, precision: 'day' });
    expect(v.raw).toBe(text);
  });

  test.each([
    ['31/02/2020', 'febbraio 2020 non ha il giorno 31'],
    ['45/13/2020', 'il mese 13 non esiste'],
    ['29/02/2019', 'febbraio 2019 non ha il giorno 29'],
    ['31 aprile', 'aprile 2020 non ha il giorno 31'],
    ['0/1/2020', 'gennaio 2020 non ha il giorno 0'],
    ['2020-13-01', 'il mese 13 non esiste'],
  ])('%s is a bad date', (text, detail) => {
    const p = expectProblem(parseKpiValue({ value: text }, ctx2020));
    expect(p.code).toBe('bad-date');
    expect(p.message).toBe(`la data «${text}» non esiste: ${detail}`);
    expect(p.raw).toBe(text);
  });

  test('a month with no plan year is a problem, not a guess', () => {
    const p = expectProblem(parseKpiValue({ value: 'luglio' }, { planYear: Number.NaN }));
    expect(p.code).toBe('bad-date');
  });
});

describe('dayOfYear', () => {
  test.each([
    [{ year: 2020, month: 1, day: 1 }, 1],
    [{ year: 2020, month: 3, day: 1 }, 61],
    [{ year: 2021, month: 3, day: 1 }, 60],
    [{ year: 2020, month: 12, day: 31 }, 366],
    [{ year: 2019, month: 12, day: 31 }, 365],
  ])('%o -> %d', (d, n) => {
    expect(dayOfYear({ ...d, precision: 'day' })).toBe(n);
  });
});

describe('comparableValue', () => {
  test('dates become Excel day serials', () => {
    const v = expectOk(parseKpiValue({ value: '14/12/2020' }, ctx2020));
    expect(comparableValue(v)?.toNumber()).toBe(44179);
    expect(comparableValue(expectOk(parseKpiValue({ value: '01/03/1900' }, ctx2020)))?.toNumber()).toBe(61);
  });

  test('numbers are themselves; other kinds have no comparable value', () => {
    expect(comparableValue(expectOk(parseKpiValue({ value: '3,25%' }, ctx2020)))?.eq(new Decimal('3.25'))).toBe(true);
    for (const text of ['Si', 'eccellente', '-', '=', '']) {
      expect(comparableValue(expectOk(parseKpiValue({ value: text }, ctx2020)))).toBeNull();
    }
  });

  test('"30 giugno" comes before "luglio" and "22/07/2020" before the end of July', () => {
    const c = (t: string) => comparableValue(expectOk(parseKpiValue({ value: t }, ctx2020)))!;
    expect(c('30 giugno').lt(c('luglio'))).toBe(true);
    expect(c('22/07/2020').lt(c('luglio'))).toBe(true);
    expect(c('14/12/2020').lt(c('dicembre'))).toBe(true);
    expect(c('maggio 2021').gt(c('dicembre'))).toBe(true);
  });

  test('property: serials keep calendar order and round-trip', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (a, b) => {
        const da = { year: a.getUTCFullYear(), month: a.getUTCMonth() + 1, day: a.getUTCDate(), precision: 'day' as const };
        const db = { year: b.getUTCFullYear(), month: b.getUTCMonth() + 1, day: b.getUTCDate(), precision: 'day' as const };
        const sa = dateToSerial(da);
        const sb = dateToSerial(db);
        const key = (d: CalendarDate) => d.year * 10000 + d.month * 100 + d.day;
        expect(Math.sign(sa - sb)).toBe(Math.sign(key(da) - key(db)));
        expect(serialToDate(sa)).toEqual(da);
      }),
    );
  });

  test('serials before March 1900 follow Excel (serial 1 = 1 January 1900, no 29 February 1900)', () => {
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1, precision: 'day' });
    expect(serialToDate(59)).toEqual({ year: 1900, month: 2, day: 28, precision: 'day' });
    expect(serialToDate(60)).toBeNull();
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1, precision: 'day' });
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(44179.75)).toEqual({ year: 2020, month: 12, day: 14, precision: 'day' });
  });
});
