import type { KpiValue, TargetSpec } from '../../../src/engine/types';
import { parseTargetSpec } from '../../../src/engine/values';
import { ctx2020, expectOk, expectProblem } from './helpers';

const LEVELS = [80, 60];

/** A compact view of a KpiValue for table comparisons. */
function brief(v: KpiValue): string {
  switch (v.kind) {
    case 'number':
      return `${v.value.toString()}${v.unit === 'none' ? '' : ` ${v.unit}`}`;
    case 'date':
      return `${v.date.year}-${v.date.month}-${v.date.day}${v.date.precision === 'month' ? ' (mese)' : ''}`;
    case 'boolean':
      return v.value ? 'sì' : 'no';
    case 'qualitative':
      return v.label;
    default:
      return v.kind;
  }
}

function view(spec: TargetSpec): { target: string; thresholds: string[]; direction?: string } {
  const out: { target: string; thresholds: string[]; direction?: string } = {
    target: brief(spec.target),
    thresholds: spec.thresholds.map((t) => `${brief(t.value)} @${t.level.toString()}`),
  };
  if (spec.statedDirection) out.direction = spec.statedDirection;
  return out;
}

describe('parseTargetSpec: the 2018 combined form (RP 2018 §2.1)', () => {
  test.each([
    ['67=100% - soglia minima 40=60%', '67', ['40 @60']],
    ['1=100% - 0,8=60%', '1', ['0.8 @60']],
    ['2=100% - 1=60%', '2', ['1 @60']],
    ['254=100% - 203=80%', '254', ['203 @80']],
    ['28 =100% - soglia minima 30 = 80%', '28', ['30 @80']],
    ['1.500=100% - soglia minima 800=60%', '1500', ['800 @60']],
    ['0,88=100% - soglia minima 0,80=60%', '0.88', ['0.8 @60']],
    ['100% - soglia minima 60%', '100 percent', ['60 percent @60']],
    ['1=100%', '1', []],
    ['Si=100%', 'sì', []],
    ['2017+10%=0,56=100% - 2017+5%=0,54=60%', '0.56', ['0.54 @60']],
    ['100%=entro novembre - 80%=entro dicembre', '2020-11-30 (mese)', ['2020-12-31 (mese) @80']],
    ['12=100% \u2013 10=80% \u2013 8=60%', '12', ['10 @80', '8 @60']],
    ['12=100% - soglia 10 - soglia minima 8', '12', ['10 @80', '8 @60']],
    ['8=60% - 12=100% - 10=80%', '12', ['10 @80', '8 @60']],
    ['Soglia massima: 0,9=100%; Soglia minima: 0,6=60%', '0.9', ['0.6 @60']],
  ])('%s', (text, target, thresholds) => {
    const { target: t, thresholds: th } = view(expectOk(parseTargetSpec({ value: text }, ctx2020, LEVELS)));
    expect({ target: t, thresholds: th }).toEqual({ target, thresholds });
  });

  test('Entro 3 mesi=100% - Entro 5 mesi=60%: months, lower is better', () => {
    const spec = expectOk(parseTargetSpec({ value: 'Entro 3 mesi=100% - Entro 5 mesi=60%' }, ctx2020, LEVELS));
    expect(view(spec)).toEqual({ target: '3 months', thresholds: ['5 months @60'], direction: 'lower' });
  });

  test('month deadlines state the lower direction', () => {
    const spec = expectOk(parseTargetSpec({ value: '100%=entro novembre - 80%=entro dicembre' }, ctx2020, LEVELS));
    expect(spec.statedDirection).toBe('lower');
  });

  test('the soglia minima without a level takes the last default level', () => {
    const spec = expectOk(parseTargetSpec({ value: '100% - soglia minima 60%' }, ctx2020, [90, 75, 50]));
    expect(view(spec).thresholds).toEqual(['60 percent @50']);
  });

  test('each value keeps its own piece of text as raw', () => {
    const spec = expectOk(parseTargetSpec({ value: '1.500=100% - soglia minima 800=60%' }, ctx2020, LEVELS));
    expect(spec.target.raw).toBe('1.500');
    expect(spec.thresholds[0].value.raw).toBe('800');
  });

  test('no stated direction in the plain combined form', () => {
    expect(expectOk(parseTargetSpec({ value: '28 =100% - soglia minima 30 = 80%' }, ctx2020, LEVELS)).statedDirection).toBeUndefined();
  });
});

describe('parseTargetSpec: single values and comparison signs', () => {
  test.each([
    ['≥ 4,6', '4.6', 'higher'],
    ['>= 75%', '75 percent', 'higher'],
    ['> 5', '5', 'higher'],
    ['almeno 5', '5', 'higher'],
    ['non meno di 10', '10', 'higher'],
    ['≤ -11,00', '-11', 'lower'],
    ['<= 30', '30', 'lower'],
    ['non oltre 30 gg', '30 days', 'lower'],
    ['max 30', '30', 'lower'],
    ['massimo 30 giorni', '30 days', 'lower'],
    ['entro il 30/04/2019', '2019-4-30', 'lower'],
    ['entro luglio', '2020-7-31 (mese)', 'lower'],
  ])('%s', (text, target, direction) => {
    const spec = expectOk(parseTargetSpec({ value: text }, ctx2020, LEVELS));
    expect(view(spec)).toEqual({ target, thresholds: [], direction });
  });

  test.each([
    ['luglio', '2020-7-31 (mese)'],
    ['3,25%', '3.25 percent'],
    ['28 gg.', '28 days'],
    ['4,0', '4'],
    ['qualitativa', 'qualitativa'],
    ['-', 'not-measured'],
    ['', 'empty'],
  ])('%s has no stated direction', (text, target) => {
    const spec = expectOk(parseTargetSpec({ value: text }, ctx2020, LEVELS));
    expect(view(spec)).toEqual({ target, thresholds: [] });
  });

  test('cells that are not text are read like any KPI cell', () => {
    expect(view(expectOk(parseTargetSpec({ value: 0.0325, numberFormat: '0.00%' }, ctx2020, LEVELS)))).toEqual({
      target: '3.25 percent',
      thresholds: [],
    });
    expect(view(expectOk(parseTargetSpec({ value: 44043, numberFormat: 'dd/mm/yyyy' }, ctx2020, LEVELS)))).toEqual({
      target: '2020-7-31',
      thresholds: [],
    });
    expect(view(expectOk(parseTargetSpec({ value: null }, ctx2020, LEVELS)))).toEqual({ target: 'empty', thresholds: [] });
  });

  test('an unreadable single target keeps the value problem', () => {
    const p = expectProblem(parseTargetSpec({ value: 'circa 30' }, ctx2020, LEVELS));
    expect(p).toEqual({ code: 'not-a-number', message: 'il valore «circa 30» non è un numero', raw: 'circa 30' });
  });
});

describe('parseTargetSpec: broken combined forms', () => {
  test.each([
    ['67=100% - soglia minima circa 40=60%', 'il valore «circa 40» non è un numero'],
    ['67=100% - soglia minima eccellente=60%', 'la soglia «eccellente» non è un numero né una data'],
    ['67=80% - 40=60%', 'manca il valore che vale 100%'],
    ['67=100% - 70=100%', 'più di un valore vale 100%'],
    ['67=100% - 40=60% - 30=60%', 'due soglie valgono 60%'],
    ['67=100% - 40=160%', 'il livello 160% della soglia «40» non è tra 0% e 100%'],
    ['67=100% - 40=0%', 'il livello 0% della soglia «40» non è tra 0% e 100%'],
    ['67=100% - =60%', 'manca un valore accanto a «=» in «=60%»'],
    ['67=100% - luglio=60%', 'la soglia «luglio» non è dello stesso tipo del target'],
    ['67=100% - 40=tanto', 'in «40=tanto» manca la percentuale di raggiungimento (es. «=100%»)'],
    ['31/02/2020=100%', 'la data «31/02/2020» non esiste: febbraio 2020 non ha il giorno 31'],
  ])('%s', (text, detail) => {
    const p = expectProblem(parseTargetSpec({ value: text }, ctx2020, LEVELS));
    expect(p.code).toBe('bad-target-spec');
    expect(p.message).toBe(`il target «${text}» non è leggibile: ${detail}`);
    expect(p.raw).toBe(text);
  });

  test('a soglia without a level and a profile without levels', () => {
    const p = expectProblem(parseTargetSpec({ value: '100% - soglia minima 60%' }, ctx2020, []));
    expect(p.code).toBe('bad-target-spec');
    expect(p.message).toContain('non indica la percentuale');
  });
});
