import { formatDecimal, formatNumber, formatPercent, roundHalfUp } from '../../src/engine';
import { ENGLISH_SEPARATORS, formatItalianNumber } from '../../src/engine/format';
import { formatDisplay } from '../../src/engine/values/display';
import { formatItalian } from '../../src/layout/example';
import { groupDigits } from '../../src/cli/io';
import { D } from './helpers';

describe('format', () => {
  it('rounds half-up like Excel ROUND', () => {
    expect(roundHalfUp(D('96.665'), 2).toString()).toBe('96.67');
    expect(roundHalfUp(D('93.684'), 2).toString()).toBe('93.68');
    expect(roundHalfUp(D('98.367'), 1).toString()).toBe('98.4');
    expect(roundHalfUp(D('87.5'), 0).toString()).toBe('88');
    expect(roundHalfUp(D('-2.5'), 0).toString()).toBe('-3');
  });

  it('formats percentages the Italian way', () => {
    expect(formatPercent(D(870).div(9))).toBe('96,67%');
    expect(formatPercent(D(100))).toBe('100,00%');
    expect(formatPercent(D('93.8'))).toBe('93,80%');
    expect(formatPercent(D('98.3678'), 1)).toBe('98,4%');
    expect(formatPercent(null)).toBe('—');
  });

  it('formats decimals with thousands dots and a decimal comma', () => {
    expect(formatDecimal(D(1400), 2)).toBe('1.400,00');
    expect(formatDecimal(D('1487792.29'), 2)).toBe('1.487.792,29');
    expect(formatDecimal(D('-13.06'), 2)).toBe('-13,06');
    expect(formatDecimal(D('-0.001'), 2)).toBe('0,00');
    expect(formatDecimal(D(5), 0)).toBe('5');
    expect(formatDecimal(null, 2)).toBe('—');
  });

  it('formats numbers for messages without trailing zeros', () => {
    expect(formatNumber(D(90))).toBe('90');
    expect(formatNumber(D('0.972'))).toBe('0,972');
    expect(formatNumber(D('1400.5'))).toBe('1.400,5');
    expect(formatNumber(D('99.999'), 2)).toBe('100');
  });

  it('is the one number formatter: engine, cell display, example sheet and CLI give the same digits', () => {
    expect(formatItalianNumber(D('1234.56'), 2)).toBe('1.234,56');
    expect(formatItalianNumber(D('1234.5'), null)).toBe('1.234,5');
    expect(formatItalianNumber(D('1234.5'), null, false)).toBe('1234,5');
    expect(formatItalianNumber(D('-0.004'), 2)).toBe('0,00');
    expect(formatItalianNumber(D('1e-7'), null, false)).toBe('0,0000001');
    expect(formatItalianNumber(D('1234.56'), 2, true, ENGLISH_SEPARATORS)).toBe('1,234.56');
    expect(formatPercent(D('1234.5'), 2, ENGLISH_SEPARATORS)).toBe('1,234.50%');
    expect(formatDisplay(D('1487792.29'), { decimals: 2, grouping: true, unit: 'euro', euroFirst: true })).toBe('€ 1.487.792,29');
    expect(formatItalian(1234.56, 2)).toBe('1.234,56');
    expect(formatItalian(1.005, 2)).toBe('1,01'); // half-up on the number as written, not on its binary value
    expect(groupDigits(5000)).toBe('5.000');
    expect(groupDigits(100000)).toBe('100.000');
  });
});
