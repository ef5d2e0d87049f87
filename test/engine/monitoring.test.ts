/**
 * monitorRow (issue 9 item 3): the scostamento of a scored row from the target of the period, in the KPI's unit,
 * and its state; the year-end target when there is no interim one (Brescia 2019 semestrale, "Scostamenti").
 */
import Decimal from 'decimal.js';
import { monitorRow, type KpiValue, type TargetSpec } from '../../src/engine';
import { parseKpiValue, parseTargetSpec } from '../../src/engine/values';

const ctx = { planYear: 2019 };
const value = (v: string | number | null): KpiValue => {
  const r = parseKpiValue({ value: v }, ctx);
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
};
const target = (v: string | number | null): TargetSpec => {
  const r = parseTargetSpec({ value: v }, ctx, [80, 60]);
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
};

describe('monitorRow', () => {
  test('numbers: result − interim target, in the unit; the sign gives the state', () => {
    const up = monitorRow({ result: value(6), interimTarget: target(5), yearEndTarget: target(10) });
    expect([up.deviation!.toString(), up.unit, up.state, up.targetFromYearEnd]).toEqual(['1', 'none', 'in-linea', false]);
    const down = monitorRow({ result: value('11'), interimTarget: target('15'), yearEndTarget: target('20') });
    expect([down.deviation!.toString(), down.state]).toEqual(['-4', 'in-ritardo']);
    const zero = monitorRow({ result: value('2'), interimTarget: target('2'), yearEndTarget: target('4') });
    expect([zero.deviation!.toString(), zero.state]).toEqual(['0', 'in-linea']);
  });

  test('thousands and percentages: 2.527 − ≥1.500 = 1.027; 81,00% − 75,00% = 6 points', () => {
    expect(monitorRow({ result: value('2.527'), interimTarget: target('≥1.500'), yearEndTarget: null }).deviation!.toString()).toBe('1027');
    const pct = monitorRow({ result: value('81,00%'), interimTarget: target('75,00%'), yearEndTarget: null });
    expect([pct.deviation!.toString(), pct.unit]).toEqual(['6', 'percent']);
    // an Excel percentage cell (0.81 shown 81%) is in points too
    const cell = parseKpiValue({ value: 0.81, numberFormat: '0.00%' }, ctx);
    expect(cell.ok && monitorRow({ result: cell.value, interimTarget: target('75%'), yearEndTarget: null }).deviation!.toString()).toBe('6');
  });

  test('no interim target ("-", empty): the year-end one, flagged', () => {
    for (const none of [target('-'), target('//'), target('-----'), null]) {
      const f = monitorRow({ result: value(38), interimTarget: none, yearEndTarget: target(20) });
      expect([f.deviation!.toString(), f.targetFromYearEnd, f.targetUsed?.raw]).toEqual(['18', true, '20']);
    }
  });

  test('lower is better: a stated direction on the target, or the scoring direction', () => {
    const f = monitorRow({ result: value('-9,01'), interimTarget: target('≤ -7,00%'), yearEndTarget: target('≤ -15,00%') });
    expect([f.deviation!.toString(), f.unit, f.state, f.direction]).toEqual(['-2.01', 'percent', 'in-linea', 'lower']);
    const late = monitorRow({ result: value(35), interimTarget: target(30), yearEndTarget: null, direction: 'lower' });
    expect([late.deviation!.toString(), late.state]).toEqual(['5', 'in-ritardo']);
  });

  test('dates: days between result and deadline; earlier is in linea', () => {
    const early = monitorRow({ result: value('26/06/2019'), interimTarget: target('entro il 30/06/2019'), yearEndTarget: null });
    expect([early.deviation!.toString(), early.unit, early.state]).toEqual(['-4', 'date-days', 'in-linea']);
    const late = monitorRow({ result: value('15/07/2019'), interimTarget: target('30/06/2019'), yearEndTarget: null });
    expect([late.deviation!.toString(), late.state]).toEqual(['15', 'in-ritardo']);
  });

  test('yes/no: met or not, no numeric deviation', () => {
    expect(monitorRow({ result: value('si'), interimTarget: target('SI'), yearEndTarget: null })).toMatchObject({ deviation: null, state: 'in-linea' });
    expect(monitorRow({ result: value('no'), interimTarget: target('si'), yearEndTarget: null })).toMatchObject({ deviation: null, state: 'in-ritardo' });
  });

  test('non rilevabile: no result, no target, qualitative, units that do not compare', () => {
    const cases = [
      monitorRow({ result: value('//'), interimTarget: target(5), yearEndTarget: null }),
      monitorRow({ result: value(null), interimTarget: null, yearEndTarget: target(5) }),
      monitorRow({ result: value(5), interimTarget: null, yearEndTarget: null }),
      monitorRow({ result: value('fatto'), interimTarget: null, yearEndTarget: target('sperimentazione') }),
      monitorRow({ result: value('30 gg'), interimTarget: target('€ 500'), yearEndTarget: null }),
      monitorRow({ result: value('30/06/2019'), interimTarget: target(5), yearEndTarget: null }),
    ];
    for (const f of cases) expect([f.state, f.deviation]).toEqual(['non-rilevabile', null]);
    expect(cases.map((f) => f.reason)).toEqual([
      'manca il risultato',
      'manca il risultato',
      'manca il target del periodo e quello di fine anno',
      'valore qualitativo: scostamento non misurabile',
      'il target è in euro, il risultato in giorni',
      'il risultato e il target non sono dello stesso tipo',
    ]);
  });

  test('decimal arithmetic: no binary rounding (0,3 − 0,1)', () => {
    const f = monitorRow({ result: value('0,3'), interimTarget: target('0,1'), yearEndTarget: null });
    expect(f.deviation!.eq(new Decimal('0.2'))).toBe(true);
  });
});
