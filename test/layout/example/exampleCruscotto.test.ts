import { exampleCruscotto, examplePlan, planActions, type KpiCell } from '../../../src/layout/example';
import { findColumn, filledDown, headerPaths, text } from '../../support/gridHelpers';

const { grid, organisationName, planYear } = exampleCruscotto();
const paths = headerPaths(grid, 4);
const col = {
  opCode: findColumn(paths, 'Obiettivi operativi', 'cod.'),
  opWeight: findColumn(paths, 'Obiettivi operativi', 'peso'),
  code: findColumn(paths, 'Azioni', 'cod.'),
  weight: findColumn(paths, 'Azioni', 'Peso'),
  target: findColumn(paths, 'Azioni', 'target'),
  s80: findColumn(paths, 'Azioni', 2022, 'Soglie', '80%'),
  s60: findColumn(paths, 'Azioni', 2022, 'Soglie', '60%'),
  result: findColumn(paths, 'Azioni', 'Risultato'),
  status: findColumn(paths, 'Azioni', 'Stato'),
  assigned: findColumn(paths, 'Azioni', '% assegnata'),
  motivation: findColumn(paths, 'Azioni', 'Motivazione'),
  strategicTarget: findColumn(paths, 'Obiettivi strategici', 'Target', 2022),
};
const rowOf = (code: string) => {
  const r = grid.cells.findIndex((row) => text(row[col.code]) === code);
  if (r < 0) throw new Error(`no row ${code}`);
  return r;
};

describe('exampleCruscotto', () => {
  it('is the Sondrio plan 2022 (example)', () => {
    expect(organisationName).toBe('Camera di commercio di Sondrio (esempio)');
    expect(planYear).toBe(2022);
    expect(grid.cells.length - 4).toBe(48);
    expect(text(grid.cells[4][0])).toBe('Sviluppo del tessuto economico locale');
  });

  it('fixes the extraction slips: 3.2 present with peso 20 %, 2.1.4 under 2.1', () => {
    const r32 = grid.cells.findIndex((row) => text(row[col.opCode]) === '3.2');
    expect(r32).toBeGreaterThan(0);
    expect(grid.cells[r32][col.opWeight]).toEqual({ value: 0.2, numberFormat: '0%' });
    expect(text(grid.cells[r32][col.code])).toBe('3.2.1');
    expect(filledDown(grid, rowOf('2.1.4'), col.opCode, 4)).toBe('2.1');
  });

  it('keeps the plan figures: weights, targets, soglie, strategic targets', () => {
    const c111 = grid.cells[rowOf('1.1.1')];
    expect(c111[col.weight]).toEqual({ value: 0.25, numberFormat: '0%' });
    expect(c111[col.target]).toEqual({ value: 0.0325, numberFormat: '0.00%' });
    expect(c111[col.s80]).toEqual({ value: 0.03, numberFormat: '0.00%' });
    expect(c111[col.s60]).toEqual({ value: 0.0285, numberFormat: '0.00%' });
    expect(text(grid.cells[rowOf('1.1.4')][col.target])).toBe('luglio');
    expect(grid.cells[rowOf('3.2.1')][col.target]).toEqual({ value: 4, numberFormat: '0.0' });
    expect(grid.cells[rowOf('8.1.3')][col.target]).toEqual({ value: 105, numberFormat: '#,##0 "€"' });
    expect(text(grid.cells[rowOf('4.3.1')][col.target])).toBe('qualitativa');
    expect(grid.cells[rowOf('1.1.1')][col.strategicTarget].value).toBe(0.8);
    expect(grid.cells[rowOf('7.1.1')][col.strategicTarget].value).toBe(1);
  });

  it('weights sum to 100 in every operational and strategic objective', () => {
    const plan = examplePlan();
    for (const s of plan.perspectives.flatMap((p) => p.strategics)) {
      expect([s.code, s.operationals.reduce((t, o) => t + (o.weight ?? 0), 0)]).toEqual([s.code, 100]);
      for (const o of s.operationals) expect([o.code, o.actions.reduce((t, a) => t + (a.weight ?? 0), 0)]).toEqual([o.code, 100]);
    }
  });

  it('has one neutralised action and one override "sentito l\'OIV" at 60 %', () => {
    const annulled = grid.cells.filter((r) => text(r[col.status]) === 'annullata');
    expect(annulled.map((r) => text(r[col.code]))).toEqual(['3.4.6']);
    const overridden = grid.cells.slice(4).filter((r) => r[col.assigned].value !== null);
    expect(overridden.map((r) => [text(r[col.code]), r[col.assigned].value])).toEqual([['8.1.1', 60]]);
    expect(text(overridden[0][col.motivation])).toMatch(/^Sentito l'OIV, /);
  });

  it('results: most at or above target, a handful between the soglie, one or two below the minimum', () => {
    const place = (k: KpiCell | null): number => {
      if (!k) throw new Error('missing');
      if (k.kind === 'number') return k.value;
      if (k.kind === 'month') return k.month * 31 + 31;
      if (k.kind === 'date') return k.month * 31 + k.day;
      throw new Error(k.kind);
    };
    const bands = { reached: 0, between: 0, below: 0 };
    for (const a of planActions(examplePlan())) {
      if (a.status === 'annullata' || a.target?.kind === 'text') continue;
      const t = place(a.target);
      const s80 = place(a.thresholds[0].value);
      const s60 = place(a.thresholds[1].value);
      const x = place(a.result);
      const higher = s80 < t;
      const beats = (v: number) => (higher ? x >= v : x <= v);
      bands[beats(t) ? 'reached' : beats(s60) ? 'between' : 'below']++;
    }
    expect(bands.reached).toBeGreaterThanOrEqual(35);
    expect(bands.between).toBeGreaterThanOrEqual(3);
    expect(bands.between).toBeLessThanOrEqual(8);
    expect(bands.below).toBeGreaterThanOrEqual(1);
    expect(bands.below).toBeLessThanOrEqual(2);
  });

  it('types the qualitative 4.3.1 result as a percentage and a date result as an Excel date', () => {
    expect(grid.cells[rowOf('4.3.1')][col.result]).toEqual({ value: 1, numberFormat: '0%' });
    expect(grid.cells[rowOf('1.1.4')][col.result]).toEqual({ value: 44816, numberFormat: 'dd/mm/yyyy' });
  });
});
