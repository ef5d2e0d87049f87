import { parseMapping } from '../../../src/layout/mapping';

const base = () => ({
  version: 1,
  sheet: 'Cruscotto',
  headerTop: 0,
  headerBottom: 1,
  columns: [
    { col: 0, header: 'cod.', role: 'action.code' },
    { col: 1, header: 'titolo', role: 'action.title' },
    { col: 2, header: 'Target 2022', role: 'action.target', year: 2022 },
    { col: 3, header: 'Soglia 80%', role: 'action.threshold', thresholdLevel: 80 },
  ],
});

describe('parseMapping', () => {
  test('a valid mapping comes back as it is; a column may be given by its letter; unknown fields are dropped', () => {
    expect(parseMapping(base())).toEqual({ ok: true, mapping: base() });
    const json = base();
    (json.columns as unknown[])[3] = { col: 'd', header: 'Soglia 80%', role: 'action.threshold', thresholdLevel: 80, nota: 'x' };
    expect(parseMapping(JSON.parse(JSON.stringify(json)))).toEqual({ ok: true, mapping: base() });
  });

  /* eslint-disable @typescript-eslint/no-explicit-any -- each case changes the parsed JSON freely to make it wrong */
  test.each([
    [(j: any) => (j.columns[3].role = 'peso azione'), 'columns[3].role: «peso azione» non è un ruolo ammesso (forse "action.weight"?)'],
    [(j: any) => (j.columns[3].role = 'target (azione)'), 'columns[3].role: «target (azione)» non è un ruolo ammesso (forse "action.target"?)'],
    [(j: any) => (j.columns[1].role = 'boh'), 'columns[1].role: «boh» non è un ruolo ammesso'],
    [(j: any) => delete j.columns[0].role, 'columns[0].role: manca il ruolo (per esempio "action.target", oppure "ignore" per una colonna non usata)'],
    [(j: any) => (j.columns[0].col = -1), 'columns[0].col: «-1» non è una colonna: scrivere un numero da 0 (A) a 16383 (XFD) oppure la lettera, per esempio "F"'],
    [(j: any) => (j.columns[0].col = 'A1'), 'columns[0].col: «A1» non è una colonna'],
    [(j: any) => delete j.columns[2].header, 'columns[2].header: manca l\'intestazione della colonna (il suo testo nel foglio, anche vuoto: "")'],
    [(j: any) => (j.columns[2].year = 1850), 'columns[2].year: «1850» non è un anno valido (tra 2000 e 2100)'],
    [(j: any) => (j.columns[1].year = 2022), 'columns[1].year: solo target, soglie, risultati e valore storico hanno un anno'],
    [(j: any) => (j.columns[3].thresholdLevel = '80%'), 'columns[3].thresholdLevel: «80%» non è un livello di soglia: scrivere un numero tra 0 e 100, per esempio 80'],
    [(j: any) => (j.columns[2].thresholdLevel = 80), 'columns[2].thresholdLevel: solo le soglie (action.threshold) hanno un livello'],
    [(j: any) => (j.columns[1] = 'titolo'), 'columns[1]: «titolo» non è una colonna: atteso un oggetto con col, header e role'],
    [(j: any) => (j.version = 2), 'version: «2» non è una versione nota (atteso 1)'],
    [(j: any) => delete j.sheet, 'sheet: manca il nome del foglio'],
    [(j: any) => (j.headerTop = 'uno'), 'headerTop: «uno» non è una riga (0 = riga 1)'],
    [(j: any) => (j.headerBottom = -1), 'headerBottom: «-1» non è una riga (0 = riga 1)'],
    [(j: any) => ((j.headerTop = 3), (j.headerBottom = 1)), 'headerBottom: la riga 1 viene prima di headerTop (3)'],
    [(j: any) => (j.headerBottom = 20), 'headerBottom: al massimo 10 righe di intestazione'],
    [(j: any) => (j.columns = {}), 'columns: «{}» non è un elenco di colonne'],
    [(j: any) => (j.columns[1].col = 0), 'columns[1].col: la colonna A compare due volte'],
    [(j: any) => (j.columns[1].role = 'action.code'), 'columns[1].role: le colonne A e B hanno lo stesso ruolo «codice (azione)»'],
    [(j: any) => (j.columns[2] = { col: 2, header: 'Target 2022', role: 'ignore' }), "columns: manca la colonna del target dell'azione (ruolo action.target)"],
  ])('%#: %p', (change, message) => {
    const json = base();
    change(json);
    const parsed = parseMapping(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.startsWith(message)).toBe(true);
  });
  /* eslint-enable @typescript-eslint/no-explicit-any */

  test('not an object; several problems are all listed', () => {
    expect(parseMapping([1, 2])).toEqual({ ok: false, message: 'la mappatura deve essere un oggetto JSON con version, sheet, headerTop, headerBottom e columns' });
    const parsed = parseMapping({ version: 1, sheet: 'X', headerTop: 0, headerBottom: 0, columns: [{ col: 0, header: '', role: 'x' }, { col: 1, header: 2, role: 'action.code' }] });
    expect(parsed).toEqual({ ok: false, message: 'columns[0].role: «x» non è un ruolo ammesso; columns[1].header: «2» non è un testo' });
  });
});
