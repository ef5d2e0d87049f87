import type { CellInput } from '../../../src/engine/types';
import { parsePercentage, unitLabel } from '../../../src/engine/values';
import { expectOk, expectProblem } from './helpers';

describe('parsePercentage: percent points', () => {
  test.each<[CellInput, string]>([
    [{ value: '80%' }, '80'],
    [{ value: '80 %' }, '80'],
    [{ value: '26,32%' }, '26.32'],
    [{ value: '66,7%' }, '66.7'],
    [{ value: '100%' }, '100'],
    [{ value: '80' }, '80'],
    [{ value: 80 }, '80'],
    [{ value: 0.8, numberFormat: '0%' }, '80'],
    [{ value: 0.2632, numberFormat: '0.00%' }, '26.32'],
    [{ value: 0.25 }, '0.25'], // no percent format: read as it stands (the layout's sum check reports it)
    [{ value: '0%' }, '0'],
    // RP 2018 action 3.4a: the re-parametrised weight is the one in force
    [{ value: '(40%) - riparametrato 0%' }, '0'],
    [{ value: '(40%) riparametrato a 20%' }, '20'],
  ])('%p', (cell, expected) => {
    expect(expectOk(parsePercentage(cell)).toString()).toBe(expected);
  });

  test.each<[CellInput, string, string]>([
    [{ value: 'ottanta' }, 'bad-percentage', 'il valore «ottanta» non è una percentuale'],
    [{ value: '80 gg' }, 'bad-percentage', 'il valore «80 gg» non è una percentuale'],
    [{ value: '€ 80' }, 'bad-percentage', 'il valore «€ 80» non è una percentuale'],
    [{ value: 'Soglie 80%' }, 'bad-percentage', 'il valore «Soglie 80%» non è una percentuale'],
    [{ value: '-5%' }, 'bad-percentage', 'il valore «-5%» non è una percentuale (non può essere negativa)'],
    [{ value: -0.1, numberFormat: '0%' }, 'bad-percentage', 'il valore «-0,1» non è una percentuale (non può essere negativa)'],
    [{ value: Number.NaN }, 'bad-percentage', 'il valore «NaN» non è una percentuale'],
    [{ value: '' }, 'missing-percentage', 'manca la percentuale: la cella è vuota'],
    [{ value: null }, 'missing-percentage', 'manca la percentuale: la cella è vuota'],
    [{ value: true }, 'bad-percentage', 'il valore «true» non è una percentuale'],
    [{ value: '#DIV/0!' }, 'excel-error', "la cella contiene l'errore di Excel «#DIV/0!»: correggere la formula"],
  ])('%p is a problem', (cell, code, message) => {
    const p = expectProblem(parsePercentage(cell));
    expect({ code: p.code, message: p.message }).toEqual({ code, message });
  });
});

describe('unitLabel', () => {
  test.each([
    ['days', 'giorni'],
    ['percent', 'percentuale'],
    ['months', 'mesi'],
    ['euro', 'euro'],
    ['none', 'numero'],
  ] as const)('%s', (unit, label) => {
    expect(unitLabel(unit)).toBe(label);
  });
});
