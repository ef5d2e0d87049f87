/** The pane's issue 9 helpers: scostamento display, monitoring rows (on the product's own Brescia run), person entries. */
import { getProfile } from '../../src/engine';
import { runPipeline } from '../../src/layout/pipeline';
import { EN, IT } from '../../src/taskpane/i18n/strings';
import { personEntries } from '../../src/taskpane/individuals/personEntries';
import { formatDeviation } from '../../src/taskpane/monitoring/formatDeviation';
import { monitoringCounts, monitoringItems } from '../../src/taskpane/monitoring/monitoringItems';
import { bresciaSemestraleGrid } from '../fixtures/brescia2019/semestrale';
import { rp2020Individuals } from './issue9Fixtures';

describe('formatDeviation', () => {
  test.each([
    [1, 'none', '+1'],
    [-4, 'none', '-4'],
    [1027, 'none', '+1.027'],
    [-2.01, 'percent', '-2,01 p.p.'],
    [4, 'percent', '+4 p.p.'],
    [-6.934, 'percent', '-6,93 p.p.'],
    [0.004, 'percent', '0 p.p.'],
    [-0.004, 'none', '0'],
    [1250.5, 'euro', '+1.250,50 €'],
    [-3, 'days', '-3 giorni'],
    [1, 'date-days', '+1 giorno'],
    [-1, 'months', '-1 mese'],
    [2.5, 'months', '+2,5 mesi'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(formatDeviation(value, unit, IT, 'it')).toBe(text);
  });

  test('English separators and words; nothing to show', () => {
    expect(formatDeviation(1027.5, 'none', EN, 'en')).toBe('+1,027.5');
    expect(formatDeviation(-1250.5, 'euro', EN, 'en')).toBe('-€1,250.50');
    expect(formatDeviation(-2.01, 'percent', EN, 'en')).toBe('-2.01 pp');
    expect(formatDeviation(12, 'date-days', EN, 'en')).toBe('+12 days');
    expect(formatDeviation(null, null, IT, 'it')).toBe('n.d.');
    expect(formatDeviation(Number.NaN, 'none', EN, 'en')).toBe('n/a');
  });
});

describe('monitoringItems on the product\'s own Brescia 2019 run', () => {
  const report = runPipeline(bresciaSemestraleGrid(), { profile: getProfile('sondrio-2020')!, planYear: 2019, period: 'monitoraggio' }).report;
  const rows = report.monitoring!.rows;
  const items = monitoringItems(rows, IT, 'it');
  const byCode = new Map(items.map((i) => [i.code, i]));

  test('the published scostamenti, shown in their unit', () => {
    expect(byCode.get('1.1.1.2')!.deviationText).toBe('Scostamento: -4');
    expect(byCode.get('2.1.1.1')!.deviationText).toBe('Scostamento: +1.027');
    expect(byCode.get('3.1.4.5')!.deviationText).toBe('Scostamento: -2,01 p.p.');
    expect(byCode.get('1.1.1.5')!.deviationText).toBe('Scostamento: +4 p.p.');
    // a composite target and a list of deliverables (2.1.1/2, 2.1.2/5)
    expect(byCode.get('2.1.1.2')!.deviationText).toBe('Scostamento: +266 e +4');
    expect(byCode.get('2.1.2.5')!.deviationText).toBe('Scostamento: -1');
    expect(monitoringItems(rows, EN, 'en').find((i) => i.code === '2.1.1.2')!.deviationText).toMatch(/\+266 and \+4$/);
  });

  test('a composite target\'s note stays one note (its scostamenti are listed with «; »)', () => {
    expect(byCode.get('2.1.1.2')!.notes).toEqual([rows.find((r) => r.code === '2.1.1.2')!.note]);
    expect(byCode.get('2.1.1.2')!.notes[0]).toMatch(/\(\+266; \+4\)$/);
  });

  test('the year-end fallback is said once, in the pane\'s words (the layout\'s sentence is not repeated)', () => {
    const fallback = rows.filter((r) => r.targetPeriod === 'al 31/12');
    expect(fallback.length).toBeGreaterThan(0);
    // the layout's own note is there: the pane replaces it, it does not add a second one
    expect(fallback.every((r) => (r.note ?? '').includes('nessun target al 30/6'))).toBe(true);
    for (const r of fallback) {
      const item = items[rows.indexOf(r)];
      expect(item.notes.filter((n) => /30\/6/.test(n))).toEqual(['nessun target al 30/6: usato quello al 31/12']);
    }
    const english = monitoringItems(rows, EN, 'en');
    for (const r of fallback) expect(english[rows.indexOf(r)].notes[0]).toBe('no 30/6 target: the 31/12 one is used');
    // an interim target: no fallback note
    expect(byCode.get('1.1.1.2')!.notes).toEqual([]);
  });

  test('every row is counted once, by its state', () => {
    const counts = monitoringCounts(items);
    expect(counts['in-linea'] + counts['in-ritardo'] + counts['non-rilevabile']).toBe(rows.length);
    expect(counts['in-ritardo']).toBe(rows.filter((r) => r.state === 'in-ritardo').length);
  });
});

describe('personEntries', () => {
  test('roles, scores and counts; the score without assigned values only when it differs or only it is missing', () => {
    const individuals = rp2020Individuals();
    individuals.persons[1].scoreWithoutOverrides = null;
    const [sg, po, team] = personEntries(individuals, IT, 'it');
    expect([sg.roleText, sg.scoreText, sg.withoutOverridesText, sg.belowTargetText]).toEqual(['Dirigente', '100,00%', 'senza assegnazioni: 75,00%', null]);
    expect(sg.objectives.map((o) => o.weightText)).toEqual(['peso 50%', 'peso 25%', 'peso 5%', 'peso 20%']);
    expect(po.withoutOverridesText).toBe('senza assegnazioni: n.d.');
    expect(po.belowTargetText).toBe('1 obiettivo sotto il target');
    expect([team.roleText, team.scoreText, team.scoreMissing, team.withoutOverridesText]).toEqual([null, 'n.d.', true, null]);
    expect(personEntries(undefined, IT, 'it')).toEqual([]);
  });

  test('figures equal once rounded: one figure only', () => {
    const individuals = rp2020Individuals();
    individuals.persons[0].scoreWithoutOverrides = 99.999;
    expect(personEntries(individuals, IT, 'it')[0].withoutOverridesText).toBeNull();
  });
});
