import { DEFAULT_PROFILE_NAME, getProfile, PROFILES, profileNames, withColours } from '../../src/engine';

describe('profiles', () => {
  it('lists the built-in profiles with the default first', () => {
    expect(DEFAULT_PROFILE_NAME).toBe('sondrio-2020');
    expect(profileNames()[0]).toBe('sondrio-2020');
    expect(profileNames().sort()).toEqual(['pavia', 'sondrio-2018', 'sondrio-2020']);
  });

  it('are plain JSON-serialisable data', () => {
    for (const name of profileNames()) {
      const p = getProfile(name)!;
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
      expect(p.name).toBe(name);
      expect(p.label).toMatch(/\S/);
    }
  });

  it('carry each body\'s rules', () => {
    const s20 = getProfile('sondrio-2020')!;
    expect(s20.method).toBe('soglie');
    expect(s20.defaultStrategicTarget).toBe(80);
    expect(s20.aggregation).toMatchObject({ operational: 'weighted', strategic: 'weighted', perspective: 'mean', perspectiveFrom: 'achievement', organisationFrom: 'strategic', organisationFigure: 'targetAchievement' });
    const s18 = getProfile('sondrio-2018')!;
    expect(s18).toMatchObject({ method: 'lineare', kpiRoundingDecimals: 2, defaultStrategicTarget: 100 });
    expect(s18.aggregation).toMatchObject({ organisationFrom: 'strategic', organisationFigure: 'achievement' });
    const pv = getProfile('pavia')!;
    expect(pv).toMatchObject({ method: 'proporzionale', actionRoundingDecimals: 0 });
    expect(pv.aggregation).toMatchObject({ operational: 'mean', strategic: 'mean', perspective: 'flat-mean', organisationFrom: 'perspective' });
  });

  it('returns copies, so changing one does not change the built-in profile', () => {
    const p = getProfile('sondrio-2020')!;
    p.aggregation.organisation = 'weighted';
    p.bands[0].label = 'x';
    expect(getProfile('sondrio-2020')!.aggregation.organisation).toBe('mean');
    expect(PROFILES['sondrio-2020'].bands[0].label).toBe('Eccellente');
    expect(getProfile('nessuno')).toBeNull();
    expect(getProfile('toString')).toBeNull();
  });

  it('replaces colours with valid hex codes only', () => {
    const base = getProfile('sondrio-2020')!;
    const p = withColours(base, { raggiunto: '#00ff00', 'non-raggiunto': 'red' });
    expect(p.colours.raggiunto).toBe('#00FF00');
    expect(p.colours['non-raggiunto']).toBe(base.colours['non-raggiunto']);
    expect(base.colours.raggiunto).toBe('#C6EFCE');
    expect(withColours(base, undefined)).toEqual(base);
  });
});
