import { formatDecimal, formatNumber, formatPercent, roundHalfUp } from '../../src/engine';
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
});
