/** RP 2018 §5.4: PO and personale cards, PUNTEGGIO TOTALE = Σ peso × punteggio assegnato (every card 100 %). */
import { getProfile } from '../../../src/engine';
import { runPipeline } from '../../../src/layout/pipeline';
import { sondrio2018Grid } from '../../fixtures/builders';
import { INDIVIDUAL_SHEET, sondrio2018Cards } from './sondrioIndividuals';

const profile = getProfile('sondrio-2018')!;
const run = runPipeline(sondrio2018Grid(), { profile, planYear: 2018, individualGrid: sondrio2018Cards() });
const persons = run.report.individuals!.persons;

test('the cards with all their weights total 100 %, with their roles', () => {
  expect(persons.map((p) => [p.role, p.objectives.length, p.score])).toEqual([
    ['po', 2, 100],
    ['personale', 3, 100],
    ['personale', 2, null],
    ['personale', 2, 100],
  ]);
});

test('«Servizio metrico»: the objective printed without Peso is reported with its cell, the card has no total', () => {
  const messages = run.diagnostics.filter((d) => d.cell?.includes(INDIVIDUAL_SHEET)).map((d) => d.message);
  expect(messages).toEqual([`'${INDIVIDUAL_SHEET}'!D7: manca il peso dell'obiettivo «Obiettivo 1 Individuale: numero di ispezioni: 5» di Responsabile U.O. "Servizio metrico"`]);
});
