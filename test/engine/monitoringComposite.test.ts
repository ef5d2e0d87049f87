/**
 * Composite targets and lists of deliverables at 30/6 (Brescia 2019 semestrale, analysis §2.1-2.2: 2.1.1/2 and
 * 2.1.2/5), read only from texts that are not a single value.
 */
import { monitorCompositeTexts } from '../../src/engine/monitoringComposite';

const figures = (t: string, r: string, direction?: 'higher' | 'lower') => {
  const f = monitorCompositeTexts(t, r, direction);
  return f ? { kind: f.kind, deviations: f.deviations.map((d) => d.toNumber()), inLine: f.inLine, planned: f.planned } : null;
};

test('several counts in one text: one scostamento per count, in order (Italian thousands)', () => {
  expect(figures('≥3.500 in 2 riunioni', '3.766 e 6 riunioni')).toEqual({ kind: 'composite', deviations: [266, 4], inLine: true, planned: undefined });
  expect(figures('almeno 1.000 pratiche e 10 incontri', '900 pratiche, 12 incontri')).toEqual({ kind: 'composite', deviations: [-100, 2], inLine: false, planned: undefined });
  // lower is better (e.g. days): in line only when no count is above its target
  expect(figures('entro 5 giorni e 2 solleciti', '4 giorni e 1 sollecito', 'lower')!.inLine).toBe(true);
  expect(figures('2,5 ore e 3 passaggi', '3,5 ore e 3 passaggi', 'lower')).toMatchObject({ deviations: [1, 0], inLine: false });
});

test('a list of deliverables against the count of those done', () => {
  expect(figures("1 corso ordini; presentazione progetto presso l'Ente; coordinamento evento Milano", '2')).toEqual({ kind: 'deliverables', deviations: [-1], inLine: false, planned: 3 });
  expect(figures('bando; graduatoria', '2')).toMatchObject({ deviations: [0], inLine: true });
});

test('what is not read: dates, different numbers of counts, a result that is not a count, a single item', () => {
  expect(figures('entro il 30/06/2019 e 2 riunioni', '28/06/2019 e 3 riunioni')).toBeNull();
  expect(figures('≥3.500 in 2 riunioni', '3.766')).toBeNull();
  expect(figures('bando; graduatoria', 'due')).toBeNull();
  expect(figures('bando; graduatoria', '2 su 3')).toBeNull();
  expect(figures('predisposizione del bando', '1')).toBeNull();
  expect(figures('1,2,3 e 4', '1 e 2')).toBeNull();
  expect(figures('', '2')).toBeNull();
});
