import { parseKpiValue } from '../../../src/engine/values';
import { ctx2020, expectOk, expectProblem } from './helpers';

describe('parseKpiValue: yes/no', () => {
  test.each([
    ['Si', true],
    ['Sì', true],
    ['SI', true],
    ['sì', true],
    ["si'", true],
    ['No', false],
    ['NO', false],
    [' no ', false],
  ])('%s', (text, value) => {
    expect(expectOk(parseKpiValue({ value: text }, ctx2020))).toEqual({ kind: 'boolean', value, raw: text });
  });
});

describe('parseKpiValue: qualitative words', () => {
  test.each([
    ['qualitativo', 'qualitativo'],
    ['qualitativa', 'qualitativa'],
    ['eccellente', 'eccellente'],
    ['Eccellente', 'eccellente'],
    ['valutazione quali-quantitativa', 'valutazione quali-quantitativa'],
    ['buono', 'buono'],
    ['adeguato', 'adeguato'],
    ["  attuazione   del piano\nd'azione ", "attuazione del piano d'azione"],
    ['circa', 'circa'],
  ])('%s', (text, label) => {
    expect(expectOk(parseKpiValue({ value: text }, ctx2020))).toEqual({ kind: 'qualitative', label, raw: text });
  });

  test('a word with digits is not qualitative', () => {
    expect(expectProblem(parseKpiValue({ value: 'fase 2 completata' }, ctx2020)).code).toBe('not-a-number');
  });
});

describe('parseKpiValue: markers', () => {
  test.each(['-', '//', 'n.d.', 'nd', 'n.r.', 'N/D', 'N.D.', '\u2013', '--', 'non rilevato'])('%s is not measured', (text) => {
    expect(expectOk(parseKpiValue({ value: text }, ctx2020))).toEqual({ kind: 'not-measured', raw: text });
  });

  test('= is not done', () => {
    expect(expectOk(parseKpiValue({ value: '=' }, ctx2020))).toEqual({ kind: 'not-done', raw: '=' });
  });

  test.each([null, undefined, '', '   ', '\u00a0', '\n'])('%p is empty', (value) => {
    expect(expectOk(parseKpiValue({ value }, ctx2020))).toEqual({ kind: 'empty', raw: '' });
  });
});

describe('parseKpiValue: unreadable cells', () => {
  test.each(['?', '...', '***'])('%s', (text) => {
    const p = expectProblem(parseKpiValue({ value: text }, ctx2020));
    expect(p).toEqual({ code: 'unreadable', message: `il valore «${text}» non è leggibile`, raw: text });
  });

  test.each(['#DIV/0!', '#N/D', '#VALORE!', '#N/A', '#REF!'])('Excel error %s', (text) => {
    const p = expectProblem(parseKpiValue({ value: text }, ctx2020));
    expect(p.code).toBe('excel-error');
    expect(p.message).toContain(`«${text}»`);
  });
});

describe('parseKpiValue: comparison signs in a value cell are read, not refused', () => {
  test.each([
    ['≥ 4,6', '4.6'],
    ['>=75%', '75'],
    ['almeno 5', '5'],
    ['max 30', '30'],
    ['≤ -11,00', '-11'],
  ])('%s', (text, value) => {
    const v = expectOk(parseKpiValue({ value: text }, ctx2020));
    expect(v.kind === 'number' && v.value.toString()).toBe(value);
  });
});
