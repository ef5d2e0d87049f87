/**
 * The PA vocabulary (issue "Any body's cruscotto", item 3): a hand-written sample of every new entry, then
 * every entry of the table recognised as itself (no entry shadowed by another).
 */
import { COLUMN_WORDS, LEVEL_WORDS, matchHeader, vocabularyRows } from '../../../src/layout/reader';

function kind(text: string): string | null {
  const m = matchHeader(text);
  if (!m) return null;
  if (m.type === 'group') return `group:${m.level}${m.tier ? `/${m.tier}` : ''}`;
  if (m.type === 'column') return `${m.column}${m.level ? `@${m.level}` : ''}${m.tier ? `/${m.tier}` : ''}`;
  return m.type;
}

describe('level words from PA documents', () => {
  test.each([
    ['Linea strategica', 'group:perspective/Linea strategica'],
    ['Linee strategiche', 'group:perspective/Linea strategica'],
    ['Area strategica', 'group:perspective/Area strategica'],
    ['Linee di mandato', 'group:perspective/Linea di mandato'],
    ['Obiettivo di mandato', 'group:perspective/Obiettivo di mandato'],
    ['Obiettivi strategici', 'group:strategic/Obiettivo strategico'],
    ['Obiettivo', 'group:operational/Obiettivo'],
    ['Programma', 'group:operational/Programma'],
    ['Progetti', 'group:operational/Progetto'],
    ['Attività', 'group:operational/Attività'],
    ['Fasi', 'group:operational/Fase'],
    ['Azioni', 'group:action/Azione'],
    // "Indicatore" is the KPI column's word too: a level only where it heads columns (levelSlots.ts)
    ['Indicatore', 'kpi/Indicatore'],
    ['Indicatori operativi', 'kpi/Indicatore'],
    ['Indicatori di risultato', 'kpi/Indicatore'],
    ['cod. indicatore', 'code@action/Indicatore'],
    ['Peso programma', 'weight@operational/Programma'],
  ])('%s', (text, expected) => expect(kind(text)).toBe(expected));
});

describe('column words from PA documents', () => {
  test.each([
    ['Risultato atteso', 'target'],
    ['Risultato atteso 2019', 'target'],
    ['Valore atteso', 'target'],
    ['Valore obiettivo', 'target'],
    ['Target al 31/12', 'target'],
    ['Actual', 'result'],
    ['Actual 2019', 'result'],
    ['Consuntivo', 'result'],
    ['Valore a consuntivo', 'result'],
    ['Baseline', 'baseline'],
    ['Baseline 2018', 'baseline'],
    ['Target storico', 'baseline'],
    ['Valore storico', 'baseline'],
    ['% raggiung.', 'output'],
    ['Grado di raggiungimento', 'output'],
    ['Scostamento', 'deviation'],
    ['Scostamento dal target', 'deviation'],
    ['Note', 'note'],
    ['Nota', 'note'],
  ])('%s', (text, expected) => expect(kind(text)).toBe(expected));

  test('the measured-value words say so; "Risultato atteso" is a target, not a result', () => {
    expect(matchHeader('Actual')?.strongResult).toBe(true);
    expect(matchHeader('Valore a consuntivo')?.strongResult).toBe(true);
    expect(matchHeader('Risultato atteso')?.strongResult).toBeFalsy();
  });
});

describe('the table', () => {
  test('every example of every level word is recognised as that level word', () => {
    for (const w of LEVEL_WORDS) {
      for (const example of w.examples) {
        const m = matchHeader(example);
        if (w.own) expect([example, m?.type, m?.level]).toEqual([example, 'group', 'own']);
        else if (w.alsoColumn) expect([example, m?.type, m?.column, m?.tier]).toEqual([example, 'column', w.alsoColumn, w.name]);
        else expect([example, m?.type, m?.level, m?.tier]).toEqual([example, 'group', w.slots[0], w.name]);
      }
    }
  });

  test('every example of every column word is recognised as that column kind', () => {
    for (const w of COLUMN_WORDS) {
      for (const example of w.examples) {
        expect([example, matchHeader(example)?.column]).toEqual([example, w.kind]);
      }
    }
  });

  test('it can be listed (README): one row per entry, with its source', () => {
    const rows = vocabularyRows();
    // plus one row per scoring method: the words of a Metodo cell (issue 11; progresso: issue 9)
    expect(rows).toHaveLength(LEVEL_WORDS.length + COLUMN_WORDS.length + 7);
    expect(rows).toContainEqual(expect.objectContaining({ meaning: 'cella Metodo: progresso', examples: expect.arrayContaining(['progresso']) }));
    expect(rows).toContainEqual(expect.objectContaining({ meaning: 'cella Metodo: scala', examples: ['scala', 'scala verbale', 'giudizio', 'giudizio verbale'] }));
    expect(rows.every((r) => r.examples.length > 0 && r.source !== '' && r.meaning !== '')).toBe(true);
    expect(rows).toContainEqual({ examples: ['Programma', 'Programmi'], meaning: 'livello: Programma (operational, strategic)', source: 'DUP, CCIAA' });
    expect(rows).toContainEqual({ examples: ['Scostamento', 'Scostamento dal target'], meaning: 'colonna: deviation', source: 'DFP' });
  });
});
