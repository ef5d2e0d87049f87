import { combinedTarget2018, excelSerial, formatItalian, kpiToCell, type KpiCell } from '../../../src/layout/example';

describe('kpiCell', () => {
  it('formats numbers the Italian way', () => {
    expect(formatItalian(1400, 0)).toBe('1.400');
    expect(formatItalian(35.87, 2)).toBe('35,87');
    expect(formatItalian(1487792.29, 2)).toBe('1.487.792,29');
    expect(formatItalian(-13.06, 2)).toBe('-13,06');
    expect(formatItalian(0.8, 1)).toBe('0,8');
  });

  it('gives Excel serials of the 1900 date system', () => {
    expect(excelSerial(1900, 3, 1)).toBe(61);
    expect(excelSerial(2020, 12, 14)).toBe(44179);
    expect(excelSerial(2022, 9, 12)).toBe(44816);
  });

  it('types cells as staff do', () => {
    const pct: KpiCell = { kind: 'number', value: 3.25, unit: 'percent', decimals: 2, as: 'cell' };
    expect(kpiToCell(pct)).toEqual({ value: 0.0325, numberFormat: '0.00%' });
    expect(kpiToCell({ kind: 'number', value: 28, unit: 'days', decimals: 0, as: 'text' })).toEqual({ value: '28 gg' });
    expect(kpiToCell({ kind: 'number', value: 165.8, unit: 'euro', decimals: 2, as: 'text', euroPrefix: true })).toEqual({ value: '€ 165,80' });
    expect(kpiToCell({ kind: 'number', value: 105, unit: 'euro', decimals: 0, as: 'cell' })).toEqual({ value: 105, numberFormat: '#,##0 "€"' });
    expect(kpiToCell({ kind: 'month', month: 7 })).toEqual({ value: 'luglio' });
    expect(kpiToCell({ kind: 'month', month: 5, year: 2021 })).toEqual({ value: 'maggio 2021' });
    expect(kpiToCell({ kind: 'date', year: 2020, month: 12, day: 14, as: 'cell' })).toEqual({ value: 44179, numberFormat: 'dd/mm/yyyy' });
    expect(kpiToCell({ kind: 'date', year: 2020, month: 7, day: 22, as: 'text' })).toEqual({ value: '22/07/2020' });
    expect(kpiToCell({ kind: 'text', text: '1.400' })).toEqual({ value: '1.400' });
    expect(kpiToCell(null)).toEqual({ value: null });
  });

  it('writes the 2018 one-cell target (Relazione 2018 §2.1)', () => {
    const n = (value: number, decimals = 0): KpiCell => ({ kind: 'number', value, unit: 'none', decimals, as: 'cell' });
    expect(combinedTarget2018(n(67), [{ level: 60, value: n(40) }])).toBe('67=100% - soglia minima 40=60%');
    expect(combinedTarget2018(n(1500), [{ level: 60, value: n(800) }])).toBe('1.500=100% - soglia minima 800=60%');
    expect(combinedTarget2018(n(0.8, 1), [{ level: 60, value: n(0.6, 1) }])).toBe('0,8=100% - soglia minima 0,6=60%');
    expect(combinedTarget2018(n(1), [])).toBe('1=100%');
    expect(combinedTarget2018({ kind: 'month', month: 11 }, [{ level: 80, value: { kind: 'month', month: 12 } }])).toBe('100%=entro novembre - 80%=entro dicembre');
    expect(combinedTarget2018({ kind: 'boolean', value: true }, [])).toBe('Si=100%');
    expect(combinedTarget2018({ kind: 'number', value: 3, unit: 'months', decimals: 0, as: 'text' }, [{ level: 60, value: { kind: 'number', value: 5, unit: 'months', decimals: 0, as: 'text' } }])).toBe(
      'Entro 3 mesi=100% - Entro 5 mesi=60%',
    );
    expect(combinedTarget2018(n(32), [{ level: 80, value: n(26) }, { level: 60, value: n(20) }])).toBe('32=100% - 26=80% - soglia minima 20=60%');
  });
});
