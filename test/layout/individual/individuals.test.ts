/** Individual objectives read and scored in the same run as the cruscotto (issue 9, items 1-2). */
import { getProfile } from '../../../src/engine';
import { runPipeline } from '../../../src/layout/pipeline';
import { sondrio2018Grid, sondrio2020Grid } from '../../fixtures/builders';
import { gridOf, INDIVIDUAL_SHEET, sondrio2018Individuals, sondrio2020Individuals } from './sondrioIndividuals';

const sondrio2020 = getProfile('sondrio-2020')!;
const sondrio2018 = getProfile('sondrio-2018')!;

describe('RP 2020 §3.4: the Segretario Generale, 4 objectives linked to cruscotto actions', () => {
  const result = runPipeline(sondrio2020Grid(), { profile: sondrio2020, planYear: 2020, individualGrid: sondrio2020Individuals(), summary: true });
  const person = result.report.individuals!.persons[0];

  test('score = Σ weight × the action %: 100 %, and 75 % without the OIV override of 3.4.1', () => {
    expect(result.report.individuals!.persons).toHaveLength(1);
    expect(person.person).toBe('Segretario Generale');
    expect(person.role).toBe('dirigente');
    expect(person.weightSum).toBe(100);
    expect(person.objectives.map((o) => [o.weight, o.source, o.achievement])).toEqual([
      [50, 'linked', 100],
      [25, 'linked', 100],
      [5, 'linked', 100],
      [20, 'linked', 100],
    ]);
    expect(person.score).toBe(100);
    expect(person.objectives[1].achievementWithoutOverrides).toBe(0);
    expect(person.scoreWithoutOverrides).toBe(75);
    expect(person.belowTarget).toBe(0);
    expect(result.diagnostics.filter((d) => d.cell?.startsWith(`'${INDIVIDUAL_SHEET}'`))).toEqual([]);
  });

  test('the Riepilogo has the table of individual scores', () => {
    const rows = result.plan.summary!.blocks.flatMap((b) => b.values.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? JSON.stringify(c) : c))));
    const title = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Obiettivi individuali'));
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1].slice(0, 5)).toEqual(['Ruolo', 'Persona / team', 'Punteggio', 'Obiettivi', 'Sotto il target']);
    expect(rows[title + 2][0]).toBe('Dirigente');
    expect(rows[title + 2][1]).toBe('Segretario Generale');
    expect(rows[title + 2][3]).toBe(4);
    expect(rows[title + 2][5]).toBe('Con valori assegnati; dalla sola formula: 75,00%');
  });

  test('a link that points nowhere is reported with its cell; weights not summing to 100 are reported', () => {
    const grid = gridOf(INDIVIDUAL_SHEET, [
      ['Valutato', 'Ruolo', 'Obiettivo', 'Peso', 'Codice cruscotto'],
      ['Rossi Mario', 'PO', 'Azione inesistente', '60%', '99.9.9'],
      ['Rossi Mario', 'PO', 'Pari opportunità', '30%', '5.3.1'],
    ]);
    const run = runPipeline(sondrio2020Grid(), { profile: sondrio2020, planYear: 2020, individualGrid: grid });
    const messages = run.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET)).map((d) => d.message);
    expect(messages).toEqual([
      "'Obiettivi individuali'!E2: il collegamento «99.9.9» non corrisponde a nessun codice del cruscotto né a un'unità indicata come Relatore/Responsabile",
      "'Obiettivi individuali'!D2: i pesi degli obiettivi di Rossi Mario sommano a 90,00% invece di 100%: il punteggio è calcolato sui pesi riproporzionati",
      "'Obiettivi individuali'!C2: l'obiettivo «Azione inesistente» di Rossi Mario non ha una percentuale: il punteggio della persona non è calcolato",
    ]);
    const p = run.report.individuals!.persons[0];
    expect(p.role).toBe('po');
    expect(p.score).toBeNull();
    // the cruscotto itself is still computed
    expect(run.report.organisation.achievement).not.toBeNull();
  });

  test('without an individual sheet the report has no individuals', () => {
    expect(runPipeline(sondrio2020Grid(), { profile: sondrio2020, planYear: 2020 }).report.individuals).toBeUndefined();
  });
});

describe('RP 2018 §5.3: the dirigente, 3 objectives with their own KPI, linear rule', () => {
  const result = runPipeline(sondrio2018Grid(), { profile: sondrio2018, planYear: 2018, individualGrid: sondrio2018Individuals() });
  const person = result.report.individuals!.persons[0];

  test('each objective 100 % by the linear rule; 60/20/20 -> 100 %', () => {
    expect(person.objectives.map((o) => [o.source, o.weight, o.achievement])).toEqual([
      ['own', 60, 100],
      ['own', 20, 100],
      ['own', 10, 100],
      ['own', 10, 100],
    ]);
    expect(person.weightSum).toBe(100);
    expect(person.score).toBe(100);
    expect(person.scoreWithoutOverrides).toBe(100);
    expect(result.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET) && d.severity === 'error')).toEqual([]);
  });

  test('a result between the two targets is interpolated (linear rule: 60 % at the minimum, 100 % at the maximum)', () => {
    const grid = gridOf(INDIVIDUAL_SHEET, [
      ['Persona', 'Ruolo', 'Obiettivo', 'Target minimo (60%)', 'Target massimo (100%)', 'Risultato', 'Peso'],
      ['Bianchi', 'Personale', 'Pratiche', '0,6', '0,9', '0,75', '100%'],
    ]);
    const p = runPipeline(sondrio2018Grid(), { profile: sondrio2018, planYear: 2018, individualGrid: grid }).report.individuals!.persons[0];
    expect(p.score).toBe(80);
    expect(p.belowTarget).toBe(1);
  });
});
