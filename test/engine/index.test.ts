/** The public API of src/engine that the layout, the CLI and the task pane import. */
import Decimal from 'decimal.js';
import * as engine from '../../src/engine';

describe('engine public API', () => {
  it('exports the scoring, profile, status, format and value-reader functions', () => {
    for (const name of [
      'scoreAction',
      'scoreTree',
      'getProfile',
      'profileNames',
      'withColours',
      'statusOf',
      'levelStatus',
      'bandOf',
      'statusColour',
      'roundHalfUp',
      'formatPercent',
      'formatDecimal',
      'formatNumber',
      'parseKpiValue',
      'parseTargetSpec',
      'parsePercentage',
      'comparableValue',
      'dayOfYear',
    ]) {
      expect(typeof (engine as Record<string, unknown>)[name]).toBe('function');
    }
    expect(engine.DEFAULT_PROFILE_NAME).toBe('sondrio-2020');
    expect(Object.keys(engine.PROFILES)).toEqual(expect.arrayContaining(['sondrio-2020', 'sondrio-2018', 'pavia']));
  });

  it('scores a cell read by the value reader end to end', () => {
    const ctx = { planYear: 2020 };
    const target = engine.parseKpiValue({ value: '28 gg' }, ctx);
    const result = engine.parseKpiValue({ value: '29,5 gg' }, ctx);
    const soglia = engine.parseKpiValue({ value: '30 gg' }, ctx);
    if (!target.ok || !result.ok || !soglia.ok) throw new Error('value reader');
    const r = engine.scoreAction({ targetSpec: { target: target.value, thresholds: [{ value: soglia.value, level: new Decimal(60) }] }, result: result.value }, engine.getProfile('sondrio-2020')!);
    expect(engine.formatPercent(r.achievement)).toBe('60,00%');
    expect(r.direction).toBe('lower');
  });
});
