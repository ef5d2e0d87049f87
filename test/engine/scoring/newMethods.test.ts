/** The methods issue 11 adds: binario (sì/no, fatto/non fatto), scala verbale, tolleranza; and per row via Metodo. */
import { getProfile, scoreAction } from '../../../src/engine';
import type { Profile } from '../../../src/engine';
import { day, EMPTY, no, NOT_DONE, num, qual, spec, th, yes } from '../helpers';

const base = getProfile('sondrio-2020')!;
const withMethod = (method: Profile['method'], extra: Partial<Profile> = {}): Profile => ({ ...base, method, ...extra });

function pct(p: Profile, s: ReturnType<typeof spec>): string | null {
  const r = scoreAction(s, p);
  return r.achievement === null ? null : r.achievement.toString();
}

describe('binario: reached 100, else 0', () => {
  const p = withMethod('binario');
  it('scores numbers all-or-nothing, ignoring the soglie that the step method would use', () => {
    const s = (r: number) => spec(num(250), num(r), [th(num(220), 80)]);
    expect(pct(p, s(250))).toBe('100');
    expect(pct(p, s(249))).toBe('0');
    expect(pct(base, s(249))).toBe('80'); // the same row with the soglie method
  });
  it('reads sì/no and the profile words fatto / non fatto, without a target', () => {
    expect(pct(p, spec(EMPTY, qual('Fatto')))).toBe('100');
    expect(pct(p, spec(EMPTY, qual('non fatto')))).toBe('0');
    expect(pct(p, spec(EMPTY, yes))).toBe('100');
    expect(pct(p, spec(no, no))).toBe('100'); // the target is "No": the answer equal to it
    expect(pct(p, spec(EMPTY, NOT_DONE))).toBe('0');
  });
  it('takes the done / not-done words from the profile', () => {
    const custom = withMethod('binario', { binaryWords: { yes: ['eseguito'], no: ['non eseguito'] } });
    expect(pct(custom, spec(EMPTY, qual('eseguito')))).toBe('100');
    const r = scoreAction(spec(EMPTY, qual('fatto')), custom);
    expect(r.achievement).toBeNull();
    expect(r.diagnostics[0].message).toContain('eseguito, non eseguito');
  });
});

describe('scala verbale: the judgement scores what the profile says', () => {
  const p = withMethod('scala');
  it('uses insufficiente/sufficiente/buono/ottimo -> 0/60/80/100 by default', () => {
    expect(pct(p, spec(EMPTY, qual('insufficiente')))).toBe('0');
    expect(pct(p, spec(EMPTY, qual('Sufficiente')))).toBe('60');
    expect(pct(p, spec(qual('ottimo'), qual('buono')))).toBe('80');
    expect(pct(p, spec(EMPTY, qual('ottimo')))).toBe('100');
  });
  it('follows a configured scale, and names the allowed words for an unknown one', () => {
    const custom = withMethod('scala', { verbalScale: [{ label: 'basso', score: 30 }, { label: 'alto', score: 90 }] });
    expect(pct(custom, spec(EMPTY, qual('alto')))).toBe('90');
    const r = scoreAction(spec(EMPTY, qual('buono')), custom);
    expect(r.achievement).toBeNull();
    expect(r.diagnostics.map((d) => d.message)).toEqual(['il giudizio «buono» non è nella scala verbale del profilo (basso, alto)']);
  });
  it('refuses a number as a judgement', () => {
    const r = scoreAction(spec(EMPTY, num(80)), p);
    expect(r.achievement).toBeNull();
    expect(r.diagnostics[0].code).toBe('verbal-not-a-word');
  });
});

describe('tolleranza: within the tolerance short of the target counts as reached', () => {
  it('gives 100 within 5 % of the target, the soglie beyond (higher is better)', () => {
    const p = withMethod('tolleranza');
    const s = (r: number) => spec(num(200), num(r), [th(num(180), 80), th(num(150), 60)]);
    expect(pct(p, s(190))).toBe('100'); // 5 % of 200 = 10
    expect(pct(p, s(189))).toBe('80');
    expect(pct(base, s(190))).toBe('80'); // the soglie method without tolerance
    expect(pct(p, s(140))).toBe('0');
  });
  it('works the other way when lower is better, and in days for a deadline', () => {
    const p = withMethod('tolleranza', { tolerance: { percent: 10, days: 3 } });
    expect(pct(p, spec(num(28, 'days'), num(30.8, 'days'), [th(num(40, 'days'), 60)]))).toBe('100');
    expect(pct(p, spec(num(28, 'days'), num(31, 'days'), [th(num(40, 'days'), 60)]))).toBe('60');
    expect(pct(p, spec(day(2020, 3, 31), day(2020, 4, 3)))).toBe('100');
    expect(pct(p, spec(day(2020, 3, 31), day(2020, 4, 4)))).toBe('0');
  });
});

describe('the Metodo column chooses the method per row', () => {
  it('scores a row by its own method, the others by the profile', () => {
    expect(pct(base, spec(EMPTY, qual('buono'), [], { method: 'scala' }))).toBe('80');
    expect(pct(base, spec(num(100), num(96), [], { method: 'tolleranza' }))).toBe('100');
    expect(pct(base, spec(num(100), num(96)))).toBe('0');
  });
});
