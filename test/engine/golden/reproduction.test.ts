/** How many published Sondrio figures the engine reproduces, and the reasons for the others. */
import { formatReproduction, reproduce2018, reproduce2018Individual, reproduce2020 } from './reproduction';

describe('reproduction of the published figures', () => {
  it('RP 2020: 76 of 86 by formula or aggregation, 3 documented overrides, 1 qualitative, 6 explained gaps', () => {
    const s = reproduce2020().summary;
    expect([s.total, s.reproduced, s.viaOverride, s.viaManual]).toEqual([86, 76, 3, 1]);
    expect(s.notReproduced.map((i) => i.code).sort()).toEqual(['1.1.2', '1.3.1', '2.4.2', '3.1.1', '3.5.2', '8.1.3']);
    expect(s.notReproduced.every((i) => i.note && i.note !== 'non spiegato')).toBe(true);
  });

  it('RP 2018: 47 of 54, 6 documented overrides, OS3 (body 93,36) not reproduced', () => {
    const s = reproduce2018().summary;
    expect([s.total, s.reproduced, s.viaOverride, s.viaManual]).toEqual([54, 47, 6, 0]);
    expect(s.notReproduced.map((i) => `${i.level} ${i.code}`)).toEqual(['obiettivo_strategico 3']);
  });

  it('RP 2018 individual objectives: 11 of 12 (the late one scored 100 without motivation is not)', () => {
    const s = reproduce2018Individual();
    expect([s.total, s.reproduced]).toEqual([12, 11]);
    expect(s.notReproduced.map((i) => i.code)).toEqual(['PROMOZIONE.RESP.1']);
  });

  it('prints a Markdown list with the counts and the reasons', () => {
    const md = formatReproduction([reproduce2020().summary, reproduce2018().summary, reproduce2018Individual()]);
    expect(md).toContain('76 of 86');
    expect(md).toContain('| azione | 3.5.2 | 100,00 | 0,00 |');
    expect(md).toContain('93,36');
  });
});
