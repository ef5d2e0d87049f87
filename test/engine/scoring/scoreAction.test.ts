import Decimal from 'decimal.js';
import { getProfile, scoreAction } from '../../../src/engine';
import type { ActionSpec, EngineDiagnostic } from '../../../src/engine';
import { D, EMPTY, NOT_DONE, NOT_MEASURED, day, month, no, num, qual, spec, th, yes } from '../helpers';

const profile = getProfile('sondrio-2020')!;
const run = (s: ActionSpec, p = profile) => scoreAction(s, p);
const codes = (ds: EngineDiagnostic[]) => ds.map((d) => d.code);

describe('kinds of KPI', () => {
  it('takes the hand-entered percentage of a qualitative KPI (RP 2020 1.3.2 "eccellente" -> 100)', () => {
    const r = run(spec(qual('qualitativo'), qual('eccellente'), [], { manualAchievement: D(100) }));
    expect(r.achievement!.toString()).toBe('100');
    expect(r.formulaAchievement!.toString()).toBe('100');
    expect(r.diagnostics).toEqual([]);
  });

  it('leaves a qualitative KPI without percentage unmeasured with a warning, not 0', () => {
    const r = run(spec(qual('valutazione quali-quantitativa'), month(2021, 5)));
    expect(r.achievement).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'qualitative-without-achievement', field: 'result' })]);
    expect(r.diagnostics[0].message).toContain('«valutazione quali-quantitativa»');
  });

  it('needs a percentage when the result is a word against a numeric target', () => {
    expect(run(spec(num(4), qual('buono'))).achievement).toBeNull();
    expect(run(spec(num(4), qual('buono'), [], { manualAchievement: D(80) })).achievement!.toString()).toBe('80');
  });

  it('ignores a hand-entered percentage on a quantitative KPI, with a warning', () => {
    const r = run(spec(num(4), num(6), [], { manualAchievement: D(50) }));
    expect(r.achievement!.toString()).toBe('100');
    expect(codes(r.diagnostics)).toEqual(['manual-ignored']);
  });

  it('rejects a hand-entered percentage outside 0..100', () => {
    const r = run(spec(qual('qualitativo'), qual('ok'), [], { manualAchievement: D(120) }));
    expect(r.achievement).toBeNull();
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'bad-manual-achievement' }));
  });

  it('scores yes/no: yes = 100, no = 0 when the target is yes (RP 2018 2.7c "Si=100%")', () => {
    expect(run(spec(yes, yes)).achievement!.toString()).toBe('100');
    expect(run(spec(yes, no)).achievement!.toString()).toBe('0');
    expect(run(spec(no, no)).achievement!.toString()).toBe('100');
    const r = run(spec(yes, num(3)));
    expect(r.achievement).toBeNull();
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'result-type', field: 'result' }));
  });

  it('scores a missing or not-measured result null with a warning, and "=" (not done) 0', () => {
    for (const result of [EMPTY, NOT_MEASURED]) {
      const r = run(spec(num(4), result));
      expect(r.achievement).toBeNull();
      expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', field: 'result' })]);
    }
    const done = run(spec(num(4), NOT_DONE));
    expect(done.achievement!.toString()).toBe('0');
    expect(done.diagnostics).toEqual([]);
  });

  it('reports a missing target as an error', () => {
    const r = run({ targetSpec: null, result: num(3) });
    expect(r.achievement).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'missing-target', field: 'target' })]);
    expect(run({ targetSpec: { target: EMPTY, thresholds: [] }, result: num(3) }).diagnostics[0].code).toBe('missing-target');
  });

  it('reports a result that cannot be compared with the target', () => {
    const r = run(spec(month(2020, 7), num(12)));
    expect(r.achievement).toBeNull();
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'result-type', field: 'result' }));
    expect(r.diagnostics[0].message).toContain('«12»');
  });
});

describe('units', () => {
  it('warns when units differ and compares on the number (RP 2020 5.2.1: target 20, result 27,78%)', () => {
    const r = run(spec(num(20), num('27.78', 'percent')));
    expect(r.achievement!.toString()).toBe('100');
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'unit-mismatch', field: 'result' })]);
    expect(r.diagnostics[0].message).toMatch(/percentuale.*numero/);
  });

  it('divides a percent result by 100 against a ratio target (RP 2018 3.1b: 0,88 vs 97,2%)', () => {
    const r = run(spec(num('0.88'), num('97.2', 'percent'), [th(num('0.8'), 60)]));
    expect(r.achievement!.toString()).toBe('100');
    expect(codes(r.diagnostics)).toEqual(['unit-ratio']);
    expect(r.diagnostics[0].message).toContain('0,972');
    // 79% against 0,88 with soglia 0,80: 0,79 is below the soglia
    expect(run(spec(num('0.88'), num('79', 'percent'), [th(num('0.8'), 60)])).achievement!.toString()).toBe('0');
  });

  it('does not divide when the target is too large to be a ratio', () => {
    const r = run(spec(num(2), num('150', 'percent')));
    expect(r.achievement!.toString()).toBe('100');
    expect(codes(r.diagnostics)).toEqual(['unit-mismatch']);
  });

  it('warns about days against percent', () => {
    expect(codes(run(spec(num(30, 'days'), num(25, 'percent'), [], { direction: 'lower' })).diagnostics)).toEqual(['unit-mismatch']);
  });
});

describe('direction', () => {
  it('uses the direction stated on the row or by a sign on the target', () => {
    // RP 2020 8.1.2: incidence 14,72% against at most 30%
    expect(run(spec(num(30, 'percent'), num('14.72', 'percent'), [], { direction: 'lower' })).achievement!.toString()).toBe('100');
    const signed: ActionSpec = { targetSpec: { target: num(30, 'percent'), thresholds: [], statedDirection: 'lower' }, result: num(35, 'percent') };
    const r = run(signed);
    expect(r.achievement!.toString()).toBe('0');
    expect(r.direction).toBe('lower');
  });

  it('treats a date target as a deadline and a days target without soglie as lower-is-better, with a warning', () => {
    expect(run(spec(month(2020, 7), day(2020, 6, 30))).direction).toBe('lower');
    expect(run(spec(month(2020, 9), month(2020, 10))).achievement!.toString()).toBe('0'); // RP 2020 3.5.2 by formula
    const r = run(spec(num(4, 'days'), num('2.8', 'days'))); // RP 2020 3.2.1
    expect(r.achievement!.toString()).toBe('100');
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'direction-assumed', field: 'direction' })]);
  });

  it('defaults a plain number to higher-is-better silently', () => {
    const r = run(spec(num(4), num(6)));
    expect(r.direction).toBe('higher');
    expect(r.diagnostics).toEqual([]);
  });

  it('reports a stated direction that contradicts the soglie', () => {
    const r = run(spec(num(28), num(27), [th(num(30), 80)], { direction: 'higher' }));
    expect(r.achievement).toBeNull();
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'direction-conflict', field: 'direction' }));
  });
});

describe('bad soglie', () => {
  const bad = (s: ActionSpec, code: string) => {
    const r = run(s);
    expect(r.achievement).toBeNull();
    expect(r.formulaAchievement).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code, field: 'thresholds' })]);
  };

  it('reports soglie on both sides of the target', () => bad(spec(num(28), num(27), [th(num(30), 80), th(num(20), 60)]), 'thresholds-both-sides'));
  it('reports a soglia level that is not between 0 and 100', () => {
    bad(spec(num(28), num(27), [th(num(30), 120)]), 'threshold-level');
    bad(spec(num(28), num(27), [th(num(30), -5)]), 'threshold-level');
    bad(spec(num(28), num(27), [th(num(30), 100)]), 'threshold-level');
  });
  it('reports a soglia equal to the target', () => bad(spec(num(28), num(27), [th(num(28), 80)]), 'threshold-equals-target'));
  it('reports levels that do not fall away from the target', () => bad(spec(num(100), num(90), [th(num(80), 60), th(num(60), 80)]), 'threshold-levels'));
  it('reports a soglia of another kind than the target', () => bad(spec(num(100), num(90), [th(month(2020, 5), 80)]), 'threshold-type'));
  it('skips empty soglia cells', () => {
    expect(run(spec(num(100), num(90), [th(EMPTY, 80), th(num(80), 60)])).achievement!.toString()).toBe('60');
  });
});

describe('overrides', () => {
  // RP 2020 L146: "sentito l'OIV, l'azione 3.3.1 si considera raggiunta al 60 %"
  const base = spec(num(28, 'days'), num('35.87', 'days'), [th(num(29, 'days'), 80), th(num(30, 'days'), 60)]);

  it('applies an override with a motivation and keeps the formula value beside it', () => {
    const r = run({ ...base, override: { achievement: D(60), motivation: "sentito l'OIV" } });
    expect(r.achievement!.toString()).toBe('60');
    expect(r.formulaAchievement!.toString()).toBe('0');
    expect(r.overridden).toBe(true);
    expect(r.diagnostics).toEqual([]);
  });

  it('refuses an override without motivation with an error on the override field', () => {
    for (const motivation of ['', '   ']) {
      const r = run({ ...base, override: { achievement: D(60), motivation } });
      expect(r.achievement!.toString()).toBe('0');
      expect(r.overridden).toBe(false);
      expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'override-without-motivation', field: 'override' })]);
    }
  });

  it('refuses an override outside 0..100', () => {
    const r = run({ ...base, override: { achievement: D(150), motivation: 'x' } });
    expect(r.achievement!.toString()).toBe('0');
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ code: 'bad-override', field: 'override' }));
  });

  it('overrides an action that could not be measured (RP 2018 1.1b), warning about the missing result', () => {
    const r = run({ ...spec(num(40), NOT_MEASURED, [th(num(25), 60)]), override: { achievement: D(100), motivation: 'si propone di ritenere raggiunto' } });
    expect(r.achievement!.toString()).toBe('100');
    expect(r.formulaAchievement).toBeNull();
    expect(codes(r.diagnostics)).toEqual(['not-measured']);
  });
});

describe('rounding and robustness', () => {
  it('rounds each action half-up when the profile says so (Pavia: whole percent)', () => {
    const pavia = getProfile('pavia')!;
    expect(run(spec(num(8), num(7)), pavia).achievement!.toString()).toBe('88'); // 87,5 -> 88
  });

  it('returns null without diagnostics for a neutralised action', () => {
    expect(run({ ...spec(num(4), num(2)), neutralised: true })).toEqual({ achievement: null, formulaAchievement: null, diagnostics: [], overridden: false });
    const withOverride = run({ ...spec(num(4), num(2)), neutralised: true, override: { achievement: D(100), motivation: 'x' } });
    expect(withOverride.achievement).toBeNull();
    expect(withOverride.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'override-ignored', field: 'override' })]);
  });

  it('never throws: malformed input becomes an error diagnostic', () => {
    const broken = { targetSpec: { target: num(4), thresholds: null }, result: num(3) } as unknown as ActionSpec;
    const r = run(broken);
    expect(r.achievement).toBeNull();
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'internal-error' }));
    const nan = run(spec({ kind: 'number', value: new Decimal(NaN), unit: 'none', raw: 'x' }, num(3)));
    expect(nan.achievement).toBeNull();
    expect(nan.diagnostics[0].severity).toBe('error');
  });
});

describe('not done on a qualitative KPI', () => {
  it('scores 0 when nothing was entered by hand, the hand-entered percentage otherwise', () => {
    expect(run(spec(qual('qualitativo'), NOT_DONE)).achievement!.toString()).toBe('0');
    expect(run(spec(qual('qualitativo'), NOT_DONE, [], { manualAchievement: D(30) })).achievement!.toString()).toBe('30');
  });
});
