import { readCruscotto } from '../../../src/layout/reader';
import { grid, reorder, shift, TEST_PROFILE, type Cell } from './fixtures';
import { COLUMNS, DATA, dumpTree, GROUPS, SAMPLE } from './sampleSheet';
import { actionIds, childIds, node } from './treeHelpers';

const read = (rows: Cell[][], merges = [] as Parameters<typeof grid>[1]) =>
  readCruscotto(grid(rows, merges), { profile: TEST_PROFILE, planYear: 2022 });

const base = read(SAMPLE);
const expected = dumpTree(base.tree);

describe('the sample sheet', () => {
  test('reads as expected', () => {
    expect(base.diagnostics).toEqual([]);
    expect(base.tree.roots.map((r) => r.id)).toEqual(['P:processi interni', 'P:economico finanziaria']);
    expect(childIds(base.tree, '3')).toEqual(['3.1', '3.3']);
    expect(childIds(base.tree, '3.3')).toEqual(['3.3.1', '3.3.2']);
    expect(node(base.tree, '3.1').weight!.toString()).toBe('40');
    expect(node(base.tree, '3.3.1').weight!.toString()).toBe('40');
    const a = node(base.tree, '3.3.1').action!;
    expect(a.targetSpec!.target.raw).toBe('28 gg');
    expect(a.targetSpec!.thresholds.map((t) => `${t.level}=${t.value.raw}`)).toEqual(['80=29', '60=30']);
    expect(a.result).toMatchObject({ kind: 'number', unit: 'days', raw: '35,87 gg' });
    expect(node(base.tree, '7.1.1').action!.result.raw).toBe('12%');
  });
});

describe('shapes of the same sheet give the same tree', () => {
  test('groups and columns in another order', () => {
    // operational block, action block (shuffled inside), perspective, strategic block
    const order = [3, 4, 5, 13, 10, 6, 12, 8, 7, 11, 9, 0, 2, 1];
    const groups: Cell[] = ['Obiettivi operativi', '', '', 'Azioni', '', '', '', '', '', '', '', 'Prospettiva', 'Obiettivi strategici', ''];
    const rows = [groups, ...reorder([COLUMNS, ...DATA], order)];
    const r = read(rows);
    expect(r.diagnostics).toEqual([]);
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(r.locations.get('3.1.1')!.columns).toMatchObject({ code: 5, result: 3, target: 4, weight: 7 });
  });

  test('extra unrelated columns and a title above the header', () => {
    const withExtra = (row: Cell[], extra: Cell[]): Cell[] => [...row.slice(0, 6), extra[0], ...row.slice(6, 10), extra[1], ...row.slice(10), extra[2]];
    const rows = [
      ['Cruscotto della performance 2022'],
      [],
      withExtra([...GROUPS, ...new Array(7).fill('')], ['', '', '']),
      withExtra(COLUMNS, ['Risorse', 'Note', 'Attività svolte']),
      ...DATA.map((d, i) => withExtra(d, [`€ ${i}.000,00`, 'nota libera', 'relazione'])),
    ];
    const r = read(rows);
    expect(r.diagnostics).toEqual([]);
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(r.layout!.headerTop).toBe(2);
  });

  test('merged parent cells (perspective, strategic, operational)', () => {
    const rows = SAMPLE.map((r) => [...r]);
    const merges = [
      { top: 2, left: 0, bottom: 4, right: 0 },
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 3 },
      { top: 3, left: 4, bottom: 4, right: 4 },
      { top: 3, left: 5, bottom: 4, right: 5 },
    ];
    const r = read(rows, merges);
    expect(r.diagnostics).toEqual([]);
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(r.locations.get('3')).toMatchObject({ row: 2, lastRow: 4 });
    expect(r.locations.get('3.3')).toMatchObject({ row: 3, lastRow: 4 });
  });

  test('parent cells typed again on every row (no merges) are filled, not duplicated', () => {
    const rows = SAMPLE.map((r) => [...r]);
    for (const i of [3, 4]) for (const c of [0, 1, 2]) rows[i][c] = rows[2][c];
    rows[4][3] = '3.3';
    rows[4][4] = 'Tempi istruttori';
    rows[4][5] = '60%';
    const r = read(rows);
    expect(r.diagnostics).toEqual([]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });

  test('typos, spaced letters, case and accents in the headers', () => {
    const groups: Cell[] = ['P r o s p e t t i v a', 'Obbiettivi strategici', '', 'OBIETTIVI OPERATIVI', '', '', 'azione'];
    const columns: Cell[] = ['', 'Cod', 'Descrizióne', 'cod', 'Titolo', 'p e s o', 'Cod.', 'titolo', 'PESO', 'Indicatore', 'Target', 'Soglia 80 %', 'soglia 60%', 'Risultao'];
    const r = read([groups, columns, ...DATA]);
    expect(r.diagnostics).toEqual([]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });

  test('empty rows between and after the data', () => {
    const rows = [GROUPS, COLUMNS, [], DATA[0], ['', '', ''], DATA[1], DATA[2], [], [], DATA[3], [], ['', null, '']];
    const r = read(rows);
    expect(r.diagnostics).toEqual([]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });

  test('a repeated header block (group and column rows) is skipped', () => {
    const rows = [GROUPS, COLUMNS, DATA[0], DATA[1], DATA[2], [], GROUPS, COLUMNS, DATA[3]];
    const r = read(rows);
    expect(r.diagnostics).toEqual([]);
    expect(r.layout!.repeatedHeaderRows).toEqual([6, 7]);
    expect(dumpTree(r.tree)).toEqual(expected);
  });

  test('shifted right and down', () => {
    const r = read(shift(SAMPLE, 5, 3));
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(r.locations.get('3.1.1')!.row).toBe(7);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('optional shapes', () => {
  test('no perspective column: strategic objectives are the roots', () => {
    const rows = SAMPLE.map((r) => r.slice(1));
    const r = read(rows);
    expect(r.tree.roots.map((n) => n.id)).toEqual(['3', '7']);
    expect(r.diagnostics).toEqual([]);
  });

  test('no weight columns: weights stay undefined (equal weights)', () => {
    const drop = (row: Cell[]) => row.filter((_c, i) => i !== 5 && i !== 8);
    const r = read([drop(GROUPS), drop(COLUMNS), ...DATA.map(drop)]);
    expect(r.diagnostics).toEqual([]);
    expect(node(r.tree, '3.3').weight).toBeUndefined();
    expect(node(r.tree, '3.3.1').weight).toBeUndefined();
    expect(actionIds(r.tree)).toEqual(['3.1.1', '3.3.1', '3.3.2', '7.1.1']);
  });

  test('soglie without levels in the header take the profile levels', () => {
    const columns = [...COLUMNS];
    columns[11] = 'Soglie';
    columns[12] = 'Soglie';
    const r = read([GROUPS, columns, ...DATA]);
    expect(node(r.tree, '3.1.1').action!.targetSpec!.thresholds.map((t) => `${t.level}=${t.value.raw}`)).toEqual(['80=25', '60=29']);
    expect(r.layout!.columns.filter((c) => c.role === 'action.threshold').map((c) => c.level)).toEqual([80, 60]);
  });

  test('a perspective on a row of its own, a level per row', () => {
    const rows: Cell[][] = [
      ['Prospettiva', 'Obiettivo strategico', 'Obiettivo operativo', 'cod. azione', 'Azione', 'Peso', 'Target', 'Risultato'],
      ['Processi interni'],
      ['', 'La qualità dei processi'],
      ['', '', 'Tempi dei pagamenti'],
      ['', '', '', '3.1.1', 'Indice di tempestività', '100%', '20', '19'],
      ['Economico finanziaria'],
      ['', 'Equilibrio'],
      ['', '', 'Equilibrio economico'],
      ['', '', '', '7.1.1', 'Indice di equilibrio', '100%', '11%', '12%'],
    ];
    const r = read(rows);
    expect(r.diagnostics).toEqual([]);
    expect(r.tree.roots.map((n) => n.id)).toEqual(['P:processi interni', 'P:economico finanziaria']);
    expect(childIds(r.tree, 'P:economico finanziaria')).toEqual(['S:equilibrio']);
    expect(childIds(r.tree, 'S:equilibrio')).toEqual(['O:equilibrio economico']);
    expect(childIds(r.tree, 'O:equilibrio economico')).toEqual(['7.1.1']);
  });
});

describe('perspective fragments after page breaks (2020 annex, objectives 8 and 9)', () => {
  const rows: Cell[][] = [
    ['Prospettiva BSC', 'Obiettivo Strategico', 'Obiettivi operativi', '', '', 'Azioni'],
    ['', '', 'cod.', 'titolo / descrizione', 'peso', 'cod.', 'titolo / descrizione', 'Peso', 'kpi', 'target', 'Risultato'],
    ['INNOVAZIONE CRESITA APPRENDIMENTO', 'Valorizzazione delle professionalità interne', '7.1', 'Formazione e aggiornamento', '100%', '7.1.1', 'Formazione interna', '100%', 'ore', '20', '38,52'],
    ['SOSTENIBILITÀ', 'Ottimale delle risorse', '8.1', 'Equilibrio economico gestione corrente', '100%', '8.1.1', 'Equilibrio gestione corrente', '50%', 'rapporto', '95%', '105,34%'],
    ['', '', '', '', '', '8.1.2', 'Incidenza costi gestione', '25%', 'rapporto', '30%', '14,72%'],
    [],
    ['Prospettiva BSC', 'Obiettivo Strategico', 'Obiettivi operativi', '', '', 'Azioni'],
    ['', '', 'cod.', 'titolo / descrizione', 'peso', 'cod.', 'titolo / descrizione', 'Peso', 'kpi', 'target', 'Risultato'],
    ['ECONOMICO FINANZ', 'Utilizzo', '', '', '', '8.1.3', 'Incidenza delle fonti esterne', '25%', 'rapporto', '50%', '40,75%'],
    ['', 'Massimizzazione risorse promozionali', '9.1', 'Volumi e servizi promozionali', '100%', '9.1.1', 'Massimizzazione risorse', '100%', 'rapporto', '30%', '52,40%'],
    ['cessi', 'Altro obiettivo', '10.1', 'Altro', '100%', '10.1.1', 'Altra azione', '100%', 'n.', '1', '1'],
  ];
  const r = read(rows);

  test('"ECONOMICO FINANZ" with a known objective adds nothing; "cessi" is a fragment', () => {
    expect(r.tree.roots.map((n) => n.id)).toEqual(['P:innovazione cresita apprendimento', 'P:sostenibilità']);
    expect(childIds(r.tree, 'P:sostenibilità')).toEqual(['8', '9', '10']);
    expect(node(r.tree, '8').title).toBe('Ottimale delle risorse');
    expect(childIds(r.tree, '8.1')).toEqual(['8.1.1', '8.1.2', '8.1.3']);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('optional input columns', () => {
  const columns = [...COLUMNS, '% assegnata', 'Motivazione', 'Stato', 'Direzione', 'Metodo'];
  const rows: Cell[][] = [
    GROUPS,
    columns,
    [...DATA[0], '', '', '', 'minore è meglio', 'soglie'],
    [...DATA[1], '60%', "sentito l'OIV: aumento delle domande", '', '↓', ''],
    [...DATA[2], '', '', 'motivata riconsiderazione', 'decrescente', 'lineare'],
    [...DATA[3], '', '', 'neutralizzata', 'crescente', 'proporzionale'],
    ['', '', '', '7.2', 'Qualitativo', '0%', '7.2.1', 'Piano azioni positive', '100%', 'attuazione', 'qualitativa', '', '', '90%', '', '', '', 'maggiore è meglio'],
  ];
  const r = read(rows);

  test('override with its motivation', () => {
    expect(node(r.tree, '3.3.1').action!.override!.achievement.toNumber()).toBe(60);
    expect(node(r.tree, '3.3.1').action!.override!.motivation).toBe("sentito l'OIV: aumento delle domande");
  });

  test('an override without motivation is passed on (the engine reports it)', () => {
    const rows2 = rows.map((row) => [...row]);
    rows2[3][15] = '';
    const r2 = read(rows2);
    expect(node(r2.tree, '3.3.1').action!.override).toMatchObject({ motivation: '' });
    expect(r2.diagnostics).toEqual([]);
  });

  test('Stato: neutralizzata and "motivata riconsiderazione" neutralise', () => {
    expect(node(r.tree, '3.3.2').action!.neutralised).toBe(true);
    expect(node(r.tree, '7.1.1').action!.neutralised).toBe(true);
    expect(node(r.tree, '3.1.1').action!.neutralised).toBeUndefined();
  });

  test('Direzione and Metodo', () => {
    expect(['3.1.1', '3.3.1', '3.3.2', '7.1.1'].map((id) => node(r.tree, id).action!.direction)).toEqual(['lower', 'lower', 'lower', 'higher']);
    expect(['3.1.1', '3.3.1', '3.3.2', '7.1.1'].map((id) => node(r.tree, id).action!.method)).toEqual(['soglie', undefined, 'lineare', 'proporzionale']);
  });

  test('Metodo: the words of the newer methods (issue 11) choose binario, scala verbale, tolleranza', () => {
    const rows2 = rows.map((row) => [...row]);
    rows2[2][18] = 'Sì/No';
    rows2[3][18] = 'scala verbale';
    rows2[4][18] = 'tolleranza';
    const r2 = read(rows2);
    expect(['3.1.1', '3.3.1', '3.3.2'].map((id) => node(r2.tree, id).action!.method)).toEqual(['binario', 'scala', 'tolleranza']);
    expect(r2.diagnostics).toEqual([]);
  });

  test('a qualitative target with a percentage typed as result is a manual percentage', () => {
    const a = node(r.tree, '7.2.1').action!;
    expect(a.targetSpec!.target.kind).toBe('qualitative');
    expect(a.manualAchievement!.toNumber()).toBe(90);
    expect(a.override).toBeUndefined();
  });

  test('no diagnostics', () => {
    expect(r.diagnostics).toEqual([]);
  });

  test('unknown words in Stato, Direzione, Metodo give warnings at their cells', () => {
    const rows2 = rows.map((row) => [...row]);
    rows2[2][16] = 'boh';
    rows2[2][17] = 'di lato';
    rows2[2][18] = 'a occhio';
    const r2 = read(rows2);
    expect(r2.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell}`)).toEqual([
      'warning unknown-status Cruscotto!Q3',
      'warning unknown-direction Cruscotto!R3',
      'warning unknown-method Cruscotto!S3',
    ]);
    expect(r2.diagnostics[1].message).toContain('«di lato»');
    expect(node(r2.tree, '3.1.1').action!.direction).toBeUndefined();
  });
});

describe('own output columns from an earlier run', () => {
  const groups = [...GROUPS, '', '', '', '', '', '', '', 'Calcolo Cruscotto'];
  const columns = [...COLUMNS, '% raggiungimento azione', 'Esito azione', '% raggiungimento ob. operativo', 'Risultato ob. strategico'];
  const rows: Cell[][] = [groups, columns, ...DATA.map((d) => [...d, 100, 'Raggiunto', 100, 100])];
  const r = read(rows);

  test('recognised as own columns with their output kind, not as input', () => {
    expect(r.layout!.columns.filter((c) => c.role === 'own').map((c) => [c.col, c.output])).toEqual([
      [14, 'action.achievement'],
      [15, 'action.esito'],
      [16, 'operational.achievement'],
      [17, 'strategic.achievement'],
    ]);
    expect(dumpTree(r.tree)).toEqual(expected);
    expect(r.diagnostics).toEqual([]);
  });

  test('also without the "Calcolo Cruscotto" group header', () => {
    const r2 = read([GROUPS, columns, ...DATA.map((d) => [...d, 100, 'Raggiunto', 100, 100])]);
    expect(r2.layout!.columns.filter((c) => c.role === 'own')).toHaveLength(4);
    expect(r2.layout!.columns.filter((c) => c.role === 'action.result').map((c) => c.col)).toEqual([13]);
    expect(dumpTree(r2.tree)).toEqual(expected);
  });
});

describe('columns added by the add-in on a sheet with a single header row', () => {
  const header: Cell[] = ['cod.', 'descrizione', 'peso', 'target', 'Soglia 80%', 'Soglia 60%', 'Risultato', '% raggiungimento azione', 'Esito azione', '% assegnata', 'Motivazione'];
  const rows: Cell[][] = [
    ['', '', '', '', '', '', '', 'Calcolo Cruscotto'],
    header,
    ['1.1.1', 'Prima azione', '60%', '10', '8', '6', '7', 60, 'Parzialmente raggiunto', '80%', "sentito l'OIV"],
    ['1.1.2', 'Seconda azione', '40%', '5', '4', '3', '5', 100, 'Raggiunto', '', ''],
  ];
  const r = read(rows);

  test('the group row of the own columns joins the header; own, override and motivation columns are recognised', () => {
    expect(r.layout!.headerTop).toBe(0);
    expect(r.layout!.headerBottom).toBe(1);
    expect(r.layout!.columns.map((c) => `${c.col}:${c.role}`)).toEqual([
      '0:action.code',
      '1:action.title',
      '2:action.weight',
      '3:action.target',
      '4:action.threshold',
      '5:action.threshold',
      '6:action.result',
      '7:own',
      '8:own',
      '9:action.override',
      '10:action.motivation',
    ]);
    expect(node(r.tree, '1.1.1').action!.override).toMatchObject({ motivation: "sentito l'OIV" });
    expect(node(r.tree, '1.1.1').action!.override!.achievement.toNumber()).toBe(80);
    expect(node(r.tree, '1.1.2').action!.override).toBeUndefined();
    expect(r.diagnostics).toEqual([]);
  });

  test('objectives are created from the action codes when the sheet has no objective columns', () => {
    expect(r.tree.roots.map((n) => n.id)).toEqual(['1']);
    expect(childIds(r.tree, '1')).toEqual(['1.1']);
    expect(childIds(r.tree, '1.1')).toEqual(['1.1.1', '1.1.2']);
  });
});

describe('"Ponderazione" as a weight header', () => {
  test('reads the weights; the word "ponderazione" in a weight cell is no weight', () => {
    const rows: Cell[][] = [
      ['Obiettivi operativi', '', '', 'Azioni'],
      ['cod.', 'titolo', 'Ponderazione', 'cod.', 'titolo', 'Ponderazione', 'target', 'Risultato'],
      ['1.1', 'Capitale umano', 'ponderazione', '1.1.1', 'Registro', '25%', '10', '12'],
      ['', '', '', '1.1.2', 'Incontri', '75%', '3', '3'],
    ];
    const r = read(rows);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(node(r.tree, '1.1').weight).toBeUndefined();
    expect(node(r.tree, '1.1.2').weight!.toNumber()).toBe(75);
  });
});
