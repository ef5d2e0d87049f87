import { buildSheetPlan } from '../../../src/layout/plan';
import { OWN_COLUMN_HEADERS, OWN_GROUP_HEADER } from '../../../src/layout/outputColumns';
import { RULE_MARKER, type ColumnInfo, type ReadResult } from '../../../src/layout/types';
import { COLS, handBuilt, MOTIVATION, testProfile } from './handBuilt';
import { at, planCells } from './planCells';

/** The own columns of a four-level sheet: the level above the scored rows ('leafGroup') is only on five-level sheets. */
const FOUR_LEVEL_HEADERS = OWN_COLUMN_HEADERS.filter((h) => h.output !== 'leafGroup.achievement');

/** The appended own columns of the hand-built sheet (last used column is L = 11). */
const OWN = { action: 12, esito: 13, op: 14, strategic: 15, strategicReach: 16, perspective: 17 };

describe('buildSheetPlan on a sheet without result columns', () => {
  const { read, score, grid } = handBuilt();
  const plan = buildSheetPlan(read, score, testProfile, grid);
  const cells = planCells(plan);

  test('appends the own columns at the right, headed, under the group header', () => {
    expect(plan.sheet).toBe('Cruscotto');
    const headers = FOUR_LEVEL_HEADERS.map((h, i) => [12 + i, h.header] as const);
    for (const [col, header] of headers) expect(at(cells, 1, col)).toMatchObject({ value: header, style: 'header' });
    expect(at(cells, 0, 12)).toMatchObject({ value: OWN_GROUP_HEADER });
    expect(at(cells, 0, 13)).toBeUndefined();
  });

  test('writes every figure as a fraction with the 0.00% format, objectives on the first row of their block', () => {
    expect(at(cells, 2, OWN.action)).toEqual({ value: 1, numberFormat: '0.00%', style: undefined });
    expect(at(cells, 3, OWN.action)?.value).toBe(0.6);
    expect(at(cells, 4, OWN.action)?.value).toBe(0);
    // a neutralised action has no figure: a dash (no format), so a Motivazione on its left does not run into the cell
    expect(at(cells, 5, OWN.action)?.value).toBe('—');
    expect(at(cells, 5, OWN.action)?.numberFormat).toBeUndefined();
    expect([2, 3, 4, 5].map((r) => at(cells, r, OWN.esito)?.value)).toEqual(['Raggiunto', 'Parzialmente raggiunto', 'Non raggiunto', 'Neutralizzata']);
    expect([2, 3, 4, 5].map((r) => at(cells, r, OWN.op)?.value)).toEqual([0.8, null, 0, null]);
    expect([2, 3, 4, 5].map((r) => at(cells, r, OWN.strategic)?.value)).toEqual([0.48, null, null, null]);
    expect([2, 3, 4, 5].map((r) => at(cells, r, OWN.strategicReach)?.value)).toEqual([0.6, null, null, null]);
    expect([2, 3, 4, 5].map((r) => at(cells, r, OWN.perspective)?.value)).toEqual([0.48, null, null, null]);
    // figures carry the format; the cleared cells between them get none (no styled empty cells)
    expect([2, 3, 4, 5].map((r) => at(cells, r, OWN.op)?.numberFormat)).toEqual(['0.00%', undefined, '0.00%', undefined]);
  });

  test('never writes a cell the user typed', () => {
    for (const key of cells.keys()) {
      const [, col] = key.split(',').map(Number);
      expect(col).toBeGreaterThanOrEqual(12);
    }
    for (const n of plan.notes) expect(n.col).toBeGreaterThanOrEqual(12);
    for (const w of plan.columnWidths ?? []) expect(w.col).toBeGreaterThanOrEqual(12);
  });

  test('colours are conditional formats keyed to the thresholds, each marked as the add-in’s own', () => {
    expect(plan.conditionalFormats.length).toBeGreaterThan(0);
    for (const rule of plan.conditionalFormats) {
      expect(rule.formula).toContain(`N("${RULE_MARKER}${rule.tag}")`);
      expect(rule.formula.startsWith('=')).toBe(true);
      expect(rule.fill).toBe(testProfile.colours[rule.tag as keyof typeof testProfile.colours]);
    }
    const onAction = plan.conditionalFormats.filter((r) => r.range === 'M3:M6');
    expect(onAction.map((r) => r.tag)).toEqual(['raggiunto', 'parzialmente', 'non-raggiunto', 'neutralizzato']);
    expect(onAction[0].formula).toBe('=AND(ISNUMBER(M3),ROUND(M3,4)>=1)+N("cruscotto:raggiunto")');
    expect(onAction[1].formula).toBe('=AND(ISNUMBER(M3),ROUND(M3,4)>0,ROUND(M3,4)<1)+N("cruscotto:parzialmente")');
    expect(onAction[2].formula).toBe('=AND(ISNUMBER(M3),ROUND(M3,4)<=0)+N("cruscotto:non-raggiunto")');
    expect(onAction[3].formula).toBe('=(N3="Neutralizzata")+N("cruscotto:neutralizzato")');
    const onOperational = plan.conditionalFormats.filter((r) => r.range === 'O3:O6');
    expect(onOperational[0].formula).toBe('=AND(ISNUMBER(O3),ROUND(O3,4)>=0.8)+N("cruscotto:raggiunto")');
    const onEsito = plan.conditionalFormats.filter((r) => r.range === 'N3:N6');
    expect(onEsito.map((r) => r.formula)).toEqual([
      '=(N3="Raggiunto")+N("cruscotto:raggiunto")',
      '=(N3="Parzialmente raggiunto")+N("cruscotto:parzialmente")',
      '=(N3="Non raggiunto")+N("cruscotto:non-raggiunto")',
      '=(N3="Neutralizzata")+N("cruscotto:neutralizzato")',
    ]);
    // the strategic result is judged against its own target: keyed to the % raggiungimento beside it
    const onStrategic = plan.conditionalFormats.filter((r) => r.range === 'P3:P6');
    expect(onStrategic[0].formula).toBe('=AND(ISNUMBER(P3),ISNUMBER(Q3),ROUND(Q3,4)>=1)+N("cruscotto:raggiunto")');
    // no static fill anywhere: blocks carry no colours
    for (const b of plan.blocks) expect(Object.keys(b)).not.toContain('fill');
  });

  test('a note on the overridden action shows both figures and the motivation', () => {
    expect(plan.notes).toEqual([{ row: 3, col: OWN.action, text: `Valore assegnato: 60,00% — da formula: 0,00%. Motivazione: ${MOTIVATION}` }]);
  });

  test('widths only on the own columns', () => {
    expect(plan.columnWidths?.map((w) => w.col)).toEqual([12, 13, 14, 15, 16, 17]);
  });

  test('a second run, where the reader reports the own columns, gives the same plan', () => {
    const again: ReadResult = {
      ...read,
      layout: {
        ...read.layout!,
        columns: [
          ...read.layout!.columns,
          ...FOUR_LEVEL_HEADERS.map((h, i): ColumnInfo => ({ col: 12 + i, role: 'own', header: h.header, output: h.output })),
        ],
      },
    };
    const grid2 = { ...grid, cells: grid.cells.map((row, r) => [...row, ...FOUR_LEVEL_HEADERS.map((_, i) => ({ value: at(cells, r, 12 + i)?.value ?? null }))]) };
    expect(buildSheetPlan(again, score, testProfile, grid2)).toEqual(plan);
  });
});

describe('buildSheetPlan with the sheet’s own result columns', () => {
  test('fills the <level>.output columns and appends only what the sheet lacks', () => {
    const { read, score, grid } = handBuilt();
    const layout = read.layout!;
    // result columns beside each level, as in the 2020 annex (here: placed at 12..15)
    const outputs: ColumnInfo[] = [
      { col: 12, role: 'perspective.output', header: 'Risultato' },
      { col: 13, role: 'strategic.output', header: 'Risultato' },
      { col: 14, role: 'operational.output', header: 'Risultato' },
      { col: 15, role: 'action.output', header: 'Risultato' },
    ];
    const withOutputs: ReadResult = { ...read, layout: { ...layout, columns: [...layout.columns, ...outputs] } };
    const g = { ...grid, cells: grid.cells.map((row, r) => [...row, ...outputs.map(() => ({ value: r === 1 ? 'Risultato' : '97,20%' }))]) };
    const plan = buildSheetPlan(withOutputs, score, testProfile, g);
    const cells = planCells(plan);
    expect(at(cells, 2, 12)?.value).toBe(0.48);
    expect(at(cells, 2, 13)?.value).toBe(0.48);
    expect(at(cells, 2, 14)?.value).toBe(0.8);
    expect(at(cells, 3, 15)).toMatchObject({ value: 0.6, numberFormat: '0.00%' });
    // the sheet's headers are left alone; own columns only for Esito and the strategic % raggiungimento
    expect(at(cells, 1, 12)).toBeUndefined();
    expect(at(cells, 1, 16)?.value).toBe('Esito azione');
    expect(at(cells, 1, 17)?.value).toBe('% raggiungimento ob. strategico');
    expect(at(cells, 1, 18)).toBeUndefined();
    // the note sits on the sheet's own action result column
    expect(plan.notes[0]).toMatchObject({ row: 3, col: 15 });
    const written = [...cells.keys()].map((k) => Number(k.split(',')[1]));
    expect(Math.min(...written)).toBe(12);
  });

  test('skips merged cells below the top of a merge and repeated header rows', () => {
    const { read, score, grid } = handBuilt();
    const layout = read.layout!;
    const withOutputs: ReadResult = {
      ...read,
      layout: { ...layout, columns: [...layout.columns, { col: 12, role: 'strategic.output', header: 'Risultato' }], repeatedHeaderRows: [4] },
    };
    const g = { ...grid, merges: [{ top: 2, left: 12, bottom: 5, right: 12 }] };
    const cells = planCells(buildSheetPlan(withOutputs, score, testProfile, g));
    expect(at(cells, 2, 12)?.value).toBe(0.48);
    for (const r of [3, 4, 5]) expect(at(cells, r, 12)).toBeUndefined();
    // own action column: the repeated header row is not touched
    const actionCol = 13;
    expect(at(cells, 1, actionCol)?.value).toBe('% raggiungimento azione');
    expect(at(cells, 4, actionCol)).toBeUndefined();
    expect(at(cells, 5, actionCol)).toBeDefined();
  });
});

describe('buildSheetPlan placement', () => {
  test('own columns go right of anything in the sheet, even text without a header', () => {
    const { read, score, grid } = handBuilt();
    const g = { ...grid, cells: grid.cells.map((row, r) => (r === 3 ? [...row, { value: null }, { value: null }, { value: 'appunto' }] : row)) };
    const cells = planCells(buildSheetPlan(read, score, testProfile, g));
    expect(at(cells, 1, 15)?.value).toBe('% raggiungimento azione');
    expect(at(cells, 3, 14)).toBeUndefined();
  });

  test('single header row: headers on that row, no group header', () => {
    const { read, score, grid } = handBuilt();
    const r: ReadResult = { ...read, layout: { ...read.layout!, headerTop: 1 } };
    const cells = planCells(buildSheetPlan(r, score, testProfile, grid));
    expect(at(cells, 1, 12)?.value).toBe('% raggiungimento azione');
    expect(at(cells, 0, 12)).toBeUndefined();
  });

  test('no header found: an empty plan', () => {
    const { read, score, grid } = handBuilt();
    const plan = buildSheetPlan({ ...read, layout: null }, score, testProfile, grid);
    expect(plan).toMatchObject({ sheet: 'Cruscotto', blocks: [], conditionalFormats: [], notes: [] });
  });

  test('a profile with another partial floor changes the thresholds of the rules', () => {
    const { read, score, grid } = handBuilt();
    const profile = { ...testProfile, status: { ...testProfile.status, partialFloor: 60 } };
    const rules = buildSheetPlan(read, score, profile, grid).conditionalFormats.filter((r) => r.range === 'O3:O6');
    expect(rules.map((r) => r.formula)).toEqual([
      '=AND(ISNUMBER(O3),ROUND(O3,4)>=0.8)+N("cruscotto:raggiunto")',
      '=AND(ISNUMBER(O3),ROUND(O3,4)>=0.6,ROUND(O3,4)<0.8)+N("cruscotto:parzialmente")',
      '=AND(ISNUMBER(O3),ROUND(O3,4)<0.6)+N("cruscotto:non-raggiunto")',
    ]);
  });
});

void COLS;
