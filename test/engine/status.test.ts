import { bandOf, getProfile, levelStatus, statusColour, statusOf } from '../../src/engine';
import { D } from './helpers';

const profile = getProfile('sondrio-2020')!;

describe('status', () => {
  it('classifies actions: 100 raggiunto, above 0 parzialmente, 0 non raggiunto, null non misurato', () => {
    expect(levelStatus('action', { achievement: D(100) }, profile)).toBe('raggiunto');
    expect(levelStatus('action', { achievement: D(60) }, profile)).toBe('parzialmente');
    expect(levelStatus('action', { achievement: D('0.5') }, profile)).toBe('parzialmente');
    expect(levelStatus('action', { achievement: D(0) }, profile)).toBe('non-raggiunto');
    expect(levelStatus('action', { achievement: null }, profile)).toBe('non-misurato');
    expect(levelStatus('action', { achievement: D(100), neutralised: true }, profile)).toBe('neutralizzato');
  });

  it('reaches an operational objective at 80, inclusive (RP 2020 L108, L140: 1.1 at 80 counts)', () => {
    expect(levelStatus('operational', { achievement: D(80) }, profile)).toBe('raggiunto');
    expect(levelStatus('operational', { achievement: D(70) }, profile)).toBe('parzialmente');
  });

  it('reaches a strategic objective when it reaches its own target', () => {
    expect(levelStatus('strategic', { achievement: D('90.4'), targetAchievement: D(100) }, profile)).toBe('raggiunto');
    expect(levelStatus('strategic', { achievement: D(70), targetAchievement: D(70) }, profile)).toBe('parzialmente');
    expect(levelStatus('perspective', { achievement: D(85) }, profile)).toBe('raggiunto');
    expect(levelStatus('organisation', { achievement: D(79) }, profile)).toBe('parzialmente');
  });

  it('compares the figure as displayed (79,996 shows as 80,00%)', () => {
    expect(statusOf(D('79.996'), 80, 0)).toBe('raggiunto');
    expect(statusOf(D('79.994'), 80, 0)).toBe('parzialmente');
  });

  it('uses a partial floor when the profile sets one', () => {
    expect(statusOf(D(50), 80, 60)).toBe('non-raggiunto');
    expect(statusOf(D(60), 80, 60)).toBe('parzialmente');
  });

  it('gives the verbal bands of RP 2020 (96,67 Eccellente, 70 Adeguata) and configurable edges', () => {
    expect(bandOf(D(870).div(9), profile.bands)).toBe('Eccellente');
    expect(bandOf(D(70), profile.bands)).toBe('Adeguata');
    expect(bandOf(D(85), profile.bands)).toBe('Buona');
    expect(bandOf(D(10), profile.bands)).toBe('Insufficiente');
    expect(bandOf(null, profile.bands)).toBeNull();
    expect(bandOf(D(50), [{ min: 60, label: 'ok' }])).toBeNull();
  });

  it('gives the colour of a status and none when not measured', () => {
    expect(statusColour('raggiunto', profile)).toBe('#C6EFCE');
    expect(statusColour('neutralizzato', profile)).toBe('#D9D9D9');
    expect(statusColour('non-misurato', profile)).toBeNull();
  });
});
