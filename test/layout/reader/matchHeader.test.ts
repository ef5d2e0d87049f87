import { matchHeader } from '../../../src/layout/reader';
import { OWN_COLUMN_HEADERS } from '../../../src/layout/outputColumns';

function kind(text: string): string | null {
  const m = matchHeader(text);
  if (!m) return null;
  if (m.type === 'group') return `group:${m.level}`;
  if (m.type === 'column') return m.level ? `${m.column}@${m.level}` : m.column!;
  if (m.type === 'own') return `own:${m.output}`;
  return 'attributes';
}

describe('matchHeader: group headers', () => {
  test.each([
    ['Prospettiva', 'group:perspective'],
    ['Prospettiva BSC', 'group:perspective'],
    ['Obiettivi strategici', 'group:strategic'],
    ['Obiettivo Strategico', 'group:strategic'],
    ['OBIETTIVI OPERATIVI', 'group:operational'],
    ['Obiettivi Operativi', 'group:operational'],
    ['Azioni', 'group:action'],
    ['Azione', 'group:action'],
    ['Calcolo Cruscotto', 'group:own'],
  ])('%s', (text, expected) => expect(kind(text)).toBe(expected));
});

describe('matchHeader: column headers and synonyms', () => {
  test.each([
    ['cod.', 'code'],
    ['Cod.', 'code'],
    ['cod', 'code'],
    ['Codice', 'code'],
    ['titolo / descrizione', 'title'],
    ['descrizione', 'title'],
    ['Titolo', 'title'],
    ['peso', 'weight'],
    ['Peso %', 'weight'],
    ['kpi', 'kpi'],
    ['Indicatore', 'kpi'],
    ['target', 'target'],
    ['Soglie', 'threshold'],
    ['Soglia minima', 'threshold'],
    ['Risultato', 'result'],
    ['Consuntivo', 'result'],
    ['Valore rilevato', 'result'],
    ['Dati al 31.12', 'result'],
    ['PERCENTUALE RAGGIUNGIMENTO', 'output'],
    ['% raggiungimento', 'output'],
    ['% assegnata', 'override'],
    ['Motivazione', 'motivation'],
    ['Stato', 'status'],
    ['Direzione', 'direction'],
    ['Metodo', 'method'],
    ['Relatore', 'owner'],
    ['Responsabile', 'owner'],
  ])('%s', (text, expected) => expect(kind(text)).toBe(expected));

  test('a level named in the header qualifies the column', () => {
    expect(kind('cod. azione')).toBe('code@action');
    expect(kind('Peso ob. operativo')).toBe('weight@operational');
    expect(kind('Codice obiettivo strategico')).toBe('code@strategic');
  });

  test('ponderazione is a weak weight word (it is also a KPI value)', () => {
    const m = matchHeader('Ponderazione');
    expect(m?.column).toBe('weight');
    expect(m?.weak).toBe(true);
    expect(matchHeader('peso')?.weak).toBeFalsy();
  });

  test('Consuntivo is always the measured value, plain Risultato depends on its place', () => {
    expect(matchHeader('Consuntivo')?.strongResult).toBe(true);
    expect(matchHeader('Risultato')?.strongResult).toBeFalsy();
  });
});

describe('matchHeader: tolerance', () => {
  test.each([
    ['  PESO  ', 'weight'],
    ['Descrizióne', 'title'],
    ['p o n d e r a z i o n e', 'weight'],
    ['R i s u l t a t o', 'result'],
    ['Obbiettivi strategici', 'group:strategic'],
    ['Risultao', 'result'],
    ['Risultati', 'result'],
    ['Obiettivo operativi', 'group:operational'],
    ['Soglia', 'threshold'],
    ['Ponderazone', 'weight'],
  ])('%s', (text, expected) => expect(kind(text)).toBe(expected));

  test('short words need an exact match (no typo tolerance below five letters)', () => {
    expect(kind('pseo')).toBeNull();
    expect(kind('kpo')).toBeNull();
  });
});

describe('matchHeader: years and levels', () => {
  test('Soglie 80% / 60% gives both levels', () => {
    const m = matchHeader('Soglie 80% / 60%');
    expect(m?.column).toBe('threshold');
    expect(m?.levels).toEqual([80, 60]);
  });
  test('Soglia 80%', () => {
    expect(matchHeader('Soglia 80%')?.levels).toEqual([80]);
  });
  test('Target 2022 carries its year; "Target PP 2020" too', () => {
    expect(matchHeader('Target 2022')).toMatchObject({ column: 'target', years: [2022] });
    expect(matchHeader('Target PP 2020')).toMatchObject({ column: 'target', years: [2020] });
  });
  test('bare years and levels', () => {
    expect(matchHeader('2023')).toMatchObject({ type: 'attributes', years: [2023], levels: [] });
    expect(matchHeader('80%')).toMatchObject({ type: 'attributes', years: [], levels: [80] });
  });
});

describe('matchHeader: not headers', () => {
  test.each([
    'Competitività del territorio',
    'Indice di tempestività dei pagamenti',
    'numero istanze pervenute',
    '1.1.1',
    '2.1',
    'U.O. "Digitalizzazione"',
    '',
    'IL SEGRETARIO GENERALE',
    'Cruscotto della performance 2022',
    'durata istruttoria (gg.)',
    'Tempi dei pagamenti',
  ])('%s', (text) => expect(matchHeader(text)).toBeNull());
});

describe('matchHeader: the add-in own columns', () => {
  test.each(OWN_COLUMN_HEADERS.map((h) => [h.header, h.output]))('%s', (header, output) => {
    expect(matchHeader(header)).toMatchObject({ type: 'own', output });
  });
});
