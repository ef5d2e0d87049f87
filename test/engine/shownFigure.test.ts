/** The figure as displayed, taken by status and band: the shortcut for whole numbers gives what the rounding gives. */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { roundHalfUp } from '../../src/engine';
import { bandOf, bandOfShown, levelStatus, levelStatusShown, shownFigure, statusOf, statusOfShown } from '../../src/engine/status';
import { getProfile } from '../../src/engine';

const reference = (d: Decimal) => roundHalfUp(d, 2).toNumber();
const profile = getProfile('sondrio-2020')!;

describe('shownFigure', () => {
  it('is the 2-decimal half-up rounding, also on the whole-number shortcut', () => {
    for (const text of ['0', '-0', '1', '-1', '80', '100', '9999999', '10000000', '12345678', '-9999999', '99.995', '99.994999', '0.005', '-0.005', '1e-9', '1234567.891', '100.000000000000000000000001']) {
      const d = new Decimal(text);
      expect(Object.is(shownFigure(d), reference(d))).toBe(true);
    }
    expect(shownFigure(null)).toBeNull();
    expect(shownFigure(new Decimal(NaN))).toBeNull();
    expect(shownFigure(new Decimal(Infinity))).toBeNull();
  });

  it('agrees with the rounding on random values', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 9 }), (n, k) => {
        const d = new Decimal(n).div(new Decimal(10).pow(k));
        expect(Object.is(shownFigure(d), reference(d))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('status and band on the shown figure', () => {
  it('give what statusOf, levelStatus and bandOf give on the Decimal', () => {
    const values = ['0', '0.004', '0.005', '59.995', '60', '79.994', '79.995', '80', '99.995', '100'].map((t) => new Decimal(t));
    for (const v of [...values, null]) {
      const shown = shownFigure(v);
      expect(statusOfShown(shown, 80, 0)).toBe(statusOf(v, 80, 0));
      expect(statusOfShown(shown, 80, 60)).toBe(statusOf(v, 80, 60));
      expect(bandOfShown(shown, profile.bands)).toBe(bandOf(v, profile.bands));
      for (const level of ['action', 'operational', 'perspective', 'organisation'] as const) {
        expect(levelStatusShown(level, shown, false, profile)).toBe(levelStatus(level, { achievement: v }, profile));
      }
      if (v !== null) expect(levelStatusShown('strategic', shown, true, profile)).toBe(levelStatus('strategic', { achievement: new Decimal(1), targetAchievement: v }, profile));
    }
  });
});
