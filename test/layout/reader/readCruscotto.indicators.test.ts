/**
 * Issue "Any body's cruscotto": sheets whose scored rows are indicators (or attività), whose levels are
 * named the body's way (Area strategica / Programma / Progetto / Attività), with two to four levels.
 * Expected values written by hand from the sheets below.
 */
import { getProfile, scoreTree } from '../../../src/engine';
import type { ScoredNode } from '../../../src/engine/types';
import { readCruscotto } from '../../../src/layout/reader';
import type { ReadResult } from '../../../src/layout/types';
import { grid, merge, pct, TEST_PROFILE, type Cell } from './fixtures';
import { actionIds, childIds, node } from './treeHelpers';

function roles(read: ReadResult): Record<number, string> {
  const out: Record<number, string> = {};
  for (const c of read.layout?.columns ?? []) out[c.col] = `${c.role}${c.year !== undefined ? `@${c.year}` : ''}:${c.io}`;
  return out;
}

function scored(read: ReadResult, id: string): ScoredNode {
  const result = scoreTree(read.tree, getProfile('sondrio-2020')!, { planYear: 2019 });
  const walk = (n: ScoredNode): ScoredNode | undefined => (n.node.id === id ? n : n.children.map(walk).find((x) => x));
  const found = result.roots.map(walk).find((x) => x);
  if (!found) throw new Error(`${id} not scored`);
  return found;
}

/** Prospettiva | Obiettivo strategico (cod., descrizione) | Obiettivo operativo (cod., descrizione) | Indicatore (cod., kpi, Peso) | ... */
const THREE_LEVELS: Cell[][] = [
  ['Prospettiva', 'Obiettivo strategico', '', 'Obiettivo operativo', '', 'Indicatore', '', '', 'Risultato atteso 2019', 'Actual 2019', '% assegnata', 'Motivazione'],
  ['', 'cod.', 'descrizione', 'cod.', 'descrizione', 'cod.', 'kpi', 'Peso', '', '', '', ''],
  ['Crescita', '1', 'Sostegno alle imprese', '1.1', 'Contributi', '1.1.1', 'imprese finanziate', pct(0.6), 100, 120, '', ''],
  ['', '', '', '', '', '1.1.2', 'tempo medio di liquidazione (gg)', pct(0.4), '≤ 30', 35, '', ''],
  ['', '', '', '1.2', 'Digitalizzazione', '1.2.1', 'pratiche telematiche', pct(1), '90%', '95%', '', ''],
  ['Efficienza', '2', 'Qualità dei servizi', '2.1', 'Tempi', '2.1.1', 'pratiche evase entro 5 gg', pct(1), '80%', '70%', pct(0.9), "sentito l'OIV"],
];
const THREE_MERGES = [merge('A1:A2'), merge('B1:C1'), merge('D1:E1'), merge('F1:H1'), merge('I1:I2'), merge('J1:J2'), merge('K1:K2'), merge('L1:L2')];

describe('indicators as the scored rows: three levels above them', () => {
  const read = readCruscotto(grid(THREE_LEVELS, THREE_MERGES), { profile: TEST_PROFILE });

  test('the header is found: Indicatore over cod. / kpi / Peso is the scored level', () => {
    expect(read.diagnostics).toEqual([]);
    expect(roles(read)).toEqual({
      0: 'perspective.title:input',
      1: 'strategic.code:input',
      2: 'strategic.title:input',
      3: 'operational.code:input',
      4: 'operational.title:input',
      5: 'action.code:input',
      6: 'action.kpi:input',
      7: 'action.weight:input',
      8: 'action.target@2019:input',
      9: 'action.result@2019:input',
      10: 'action.override:input',
      11: 'action.motivation:input',
    });
    expect(read.layout!.planYear).toBe(2019);
  });

  test("the sheet's own level words", () => {
    expect(read.layout!.levelNames).toEqual({
      perspective: 'Prospettiva',
      strategic: 'Obiettivo strategico',
      operational: 'Obiettivo operativo',
      action: 'Indicatore',
    });
  });

  test('several weighted indicators under one operational objective; target = Risultato atteso, result = Actual', () => {
    expect(read.tree.roots.map((r) => r.id)).toEqual(['P:crescita', 'P:efficienza']);
    expect(childIds(read.tree, '1')).toEqual(['1.1', '1.2']);
    expect(childIds(read.tree, '1.1')).toEqual(['1.1.1', '1.1.2']);
    const i = node(read.tree, '1.1.1');
    expect(i.level).toBe('action');
    expect(i.title).toBe('imprese finanziate');
    expect(i.weight!.toNumber()).toBe(60);
    expect(i.action!.targetSpec!.target.raw).toBe('100');
    expect(i.action!.result.raw).toBe('120');
    expect(node(read.tree, '1.1.2').weight!.toNumber()).toBe(40);
    expect(node(read.tree, '1.1.2').action!.targetSpec!.target.raw).toBe('≤ 30');
    expect(node(read.tree, '2.1.1').action!.override!.achievement.toNumber()).toBe(90);
  });

  test('the engine gives figures (soglie profile: target reached = 100, override 90)', () => {
    expect(scored(read, '1.1.1').achievement!.toNumber()).toBe(100);
    expect(scored(read, '1.2.1').achievement!.toNumber()).toBe(100);
    expect(scored(read, '2.1.1').achievement!.toNumber()).toBe(90);
  });
});

describe('indicators: two levels (Obiettivo + Indicatore)', () => {
  const rows: Cell[][] = [
    ['Obiettivo', '', 'Indicatori', '', '', 'Valore atteso', 'Consuntivo', 'Note'],
    ['cod.', 'descrizione', 'cod.', 'descrizione', 'Peso', '', '', ''],
    ['OB1', 'Riduzione dei tempi', 'IND1', 'giorni medi di evasione', pct(0.5), 5, 4, 'dato dal gestionale'],
    ['', '', 'IND2', 'pratiche evase entro 5 gg', pct(0.5), '80%', '85%', ''],
    ['OB2', 'Comunicazione', 'IND3', 'newsletter inviate', pct(1), 12, 12, ''],
  ];
  const read = readCruscotto(grid(rows, [merge('A1:B1'), merge('C1:E1'), merge('F1:F2'), merge('G1:G2'), merge('H1:H2')]), { profile: TEST_PROFILE, planYear: 2023 });

  test('Obiettivo is the operational level, Indicatori the scored one; Note is a note column (input, not scored)', () => {
    expect(read.diagnostics).toEqual([]);
    expect(roles(read)).toEqual({
      0: 'operational.code:input',
      1: 'operational.title:input',
      2: 'action.code:input',
      3: 'action.title:input',
      4: 'action.weight:input',
      5: 'action.target:input',
      6: 'action.result:input',
      7: 'action.note:input',
    });
    expect(read.layout!.levelNames).toEqual({ operational: 'Obiettivo', action: 'Indicatore' });
  });

  test('objectives with their indicators', () => {
    expect(actionIds(read.tree)).toEqual(['IND1', 'IND2', 'IND3']);
    expect(childIds(read.tree, 'OB1')).toEqual(['IND1', 'IND2']);
    expect(node(read.tree, 'OB1').title).toBe('Riduzione dei tempi');
    expect(node(read.tree, 'IND2').action!.result.raw).toBe('85%');
    expect(node(read.tree, 'IND3').weight!.toNumber()).toBe(100);
  });
});

describe('indicators: one header row, "Indicatore" after the objectives names the scored rows', () => {
  const rows: Cell[][] = [
    ['Obiettivo strategico', 'Obiettivo operativo', 'Indicatore', 'Peso', 'Target al 31/12', 'Valore a consuntivo', 'Scostamento'],
    ['Competitività', 'Export', 'imprese assistite', '50%', 120, 130, 10],
    ['', '', 'incontri organizzati', '50%', 10, 8, -2],
  ];
  const read = readCruscotto(grid(rows), { profile: TEST_PROFILE, planYear: 2024 });

  test('the KPI column is the indicator, and names it', () => {
    expect(roles(read)).toEqual({
      0: 'strategic.title:input',
      1: 'operational.title:input',
      2: 'action.kpi:input',
      3: 'action.weight:input',
      4: 'action.target:input',
      5: 'action.result:input',
      6: 'action.deviation:input',
    });
    expect(read.layout!.levelNames).toEqual({ strategic: 'Obiettivo strategico', operational: 'Obiettivo operativo', action: 'Indicatore' });
    const actions = actionIds(read.tree);
    expect(actions).toEqual(['riga 2', 'riga 3']);
    expect(node(read.tree, 'riga 2').title).toBe('imprese assistite');
    expect(node(read.tree, 'riga 3').action!.result.raw).toBe('8');
  });

  test('the message about the missing code column speaks of indicators', () => {
    expect(read.diagnostics.map((d) => d.message)).toEqual([
      'Cruscotto: il foglio non ha la colonna cod. indicatore: gli indicatori sono indicati con il numero di riga',
    ]);
  });
});

describe('levels named Area strategica / Programma / Progetto / Attività', () => {
  const rows: Cell[][] = [
    ['Area strategica', 'Programma', '', 'Progetto', '', '', 'Attività', '', '', '', '', 'Responsabile'],
    ['', 'cod.', 'descrizione', 'cod.', 'descrizione', 'peso', 'cod.', 'descrizione', 'peso', 'target', 'risultato', ''],
    ['Territorio', '1', 'Sviluppo locale', '1.1', 'Turismo', '100%', '1.1.1', 'Bandi', '70%', 3, 3, 'Ufficio promozione'],
    ['', '', '', '', '', '', '1.1.2', 'Fiere', '30%', 2, 1, 'Ufficio promozione'],
  ];
  const read = readCruscotto(grid(rows, [merge('A1:A2'), merge('B1:C1'), merge('D1:F1'), merge('G1:K1'), merge('L1:L2')]), { profile: TEST_PROFILE, planYear: 2022 });

  test('perspective, strategic, operational and scored slots in the sheet order', () => {
    expect(read.diagnostics).toEqual([]);
    expect(roles(read)).toEqual({
      0: 'perspective.title:input',
      1: 'strategic.code:input',
      2: 'strategic.title:input',
      3: 'operational.code:input',
      4: 'operational.title:input',
      5: 'operational.weight:input',
      6: 'action.code:input',
      7: 'action.title:input',
      8: 'action.weight:input',
      9: 'action.target:input',
      10: 'action.result:input',
      11: 'action.owner:input',
    });
    expect(read.layout!.levelNames).toEqual({ perspective: 'Area strategica', strategic: 'Programma', operational: 'Progetto', action: 'Attività' });
  });

  test('the tree', () => {
    expect(read.tree.roots.map((r) => r.id)).toEqual(['P:territorio']);
    expect(childIds(read.tree, 'P:territorio')).toEqual(['1']);
    expect(childIds(read.tree, '1.1')).toEqual(['1.1.1', '1.1.2']);
    expect(node(read.tree, '1.1').weight!.toNumber()).toBe(100);
    expect(node(read.tree, '1.1.2').action!.result.raw).toBe('1');
  });
});

describe('Programma above Attività: the usual slot when it is free', () => {
  test('Linea strategica / Programma / Attività: perspective / operational / scored', () => {
    const rows: Cell[][] = [
      ['Linea strategica', 'Programma', '', 'Attività', '', ''],
      ['', 'descrizione', 'peso', 'descrizione', 'target', 'risultato'],
      ['Innovazione', 'Digitale', '100%', 'Sportello', 10, 12],
      ['', '', '', 'Firma digitale', 100, 90],
      ['Ambiente', 'Rifiuti', '100%', 'Controlli', 20, 25],
    ];
    const read = readCruscotto(grid(rows, [merge('A1:A2'), merge('B1:C1'), merge('D1:F1')]), { profile: TEST_PROFILE, planYear: 2022 });
    expect(read.layout!.levelNames).toEqual({ perspective: 'Linea strategica', operational: 'Programma', action: 'Attività' });
    expect(roles(read)).toMatchObject({ 0: 'perspective.title:input', 1: 'operational.title:input', 2: 'operational.weight:input', 3: 'action.title:input' });
  });

  test('without a strategic level each perspective gets its own stand-in strategic node', () => {
    const rows: Cell[][] = [
      ['Linea strategica', 'Programma', '', 'Attività', '', ''],
      ['', 'descrizione', 'peso', 'descrizione', 'target', 'risultato'],
      ['Innovazione', 'Digitale', '100%', 'Sportello', 10, 12],
      ['', '', '', 'Firma digitale', 100, 90],
      ['Ambiente', 'Rifiuti', '100%', 'Controlli', 20, 25],
    ];
    const read = readCruscotto(grid(rows, [merge('A1:A2'), merge('B1:C1'), merge('D1:F1')]), { profile: TEST_PROFILE, planYear: 2022 });
    expect(read.tree.roots.map((r) => r.title)).toEqual(['Innovazione', 'Ambiente']);
    const [innovation, environment] = read.tree.roots;
    expect(innovation.children.map((c) => c.title)).toEqual(['Obiettivi senza obiettivo strategico']);
    expect(innovation.children[0].children.map((c) => c.title)).toEqual(['Digitale']);
    expect(innovation.children[0].children[0].children.map((c) => c.title)).toEqual(['Sportello', 'Firma digitale']);
    expect(environment.children[0].children.map((c) => c.title)).toEqual(['Rifiuti']);
    expect(environment.children[0].children[0].children.map((c) => c.title)).toEqual(['Controlli']);
  });
});
