import Decimal from 'decimal.js';
import { generateCruscotto, generatePlan, HEADER_ROWS, planActions, type KpiCell, type LayoutName } from '.';
import type { SheetGrid } from '../../../src/layout/types';
import { actionRows, filledDown, findColumn, headerPaths, isBlankRow, text } from '../gridHelpers';

const LAYOUTS: LayoutName[] = ['2022', '2020', '2018'];
const ACTION_CODE: Record<LayoutName, RegExp> = {
  '2022': /^\d+\.\d+\.\d+$/,
  '2020': /^\d+\.\d+\.\d+$/,
  '2018': /^\d+\.\d+[a-z]( bis)?$/,
};

/** Columns of the base layouts, found by their header path (group > label). */
function columns(grid: SheetGrid, layout: LayoutName) {
  const paths = headerPaths(grid, HEADER_ROWS[layout]);
  const op = layout === '2018' ? 'Obiettivo operativo' : 'Obiettivi operativi';
  const act = layout === '2018' ? 'Azione' : 'Azioni';
  return {
    paths,
    opCode: findColumn(paths, op, 'cod.'),
    opWeight: findColumn(paths, op, 'peso'),
    actionCode: findColumn(paths, act, 'cod.'),
    actionWeight: findColumn(paths, act, 'Peso'),
    strategicCol: layout === '2020' ? findColumn(paths, 'Obiettivo Strategico') : findColumn(paths, layout === '2018' ? 'Obiettivo strategico' : 'Obiettivi strategici', 'cod.'),
  };
}

function percentPoints(cellValue: unknown): Decimal {
  expect(typeof cellValue).toBe('number');
  return new Decimal(cellValue as number).times(100);
}

describe('generateCruscotto: determinism', () => {
  it.each(LAYOUTS)('layout %s: the same seed gives the same sheet, another seed another sheet', (layout) => {
    const variant = { overrides: true, neutralised: true, extraColumns: true, headerTypos: true, emptyRows: true };
    const a = generateCruscotto({ actions: 60, seed: 7, layout, variant });
    const b = generateCruscotto({ actions: 60, seed: 7, layout, variant });
    const c = generateCruscotto({ actions: 60, seed: 8, layout, variant });
    expect(b).toEqual(a);
    expect(JSON.stringify(c)).not.toEqual(JSON.stringify(a));
  });
});

describe('generateCruscotto: sizes', () => {
  it.each(LAYOUTS.flatMap((layout) => [1, 2, 7, 40, 333].map((n) => [layout, n] as const)))('layout %s: %i actions, one row each', (layout, n) => {
    const grid = generateCruscotto({ actions: n, seed: n, layout });
    const { actionCode } = columns(grid, layout);
    const rows = actionRows(grid, HEADER_ROWS[layout], actionCode, ACTION_CODE[layout]);
    expect(rows).toHaveLength(n);
    expect(grid.cells.length).toBe(HEADER_ROWS[layout] + n);
    const codes = rows.map((r) => text(grid.cells[r][actionCode]));
    expect(new Set(codes).size).toBe(n);
  });

  // speed is measured by `npm run bench`, not asserted here
  it('builds 5 000 actions', () => {
    const grid = generateCruscotto({ actions: 5000, seed: 5000, layout: '2022', variant: { overrides: true, neutralised: true } });
    expect(grid.cells.length).toBe(HEADER_ROWS['2022'] + 5000);
  });

  it('groups actions 1-7 per operational objective and 2-5 operational objectives per strategic one', () => {
    const plan = generatePlan({ actions: 400, seed: 11 });
    const strategics = plan.perspectives.flatMap((p) => p.strategics);
    const operationals = strategics.flatMap((s) => s.operationals);
    for (const o of operationals) expect(o.actions.length).toBeGreaterThanOrEqual(1);
    for (const o of operationals) expect(o.actions.length).toBeLessThanOrEqual(7);
    // the last group may absorb a short remainder
    for (const s of strategics) expect(s.operationals.length).toBeGreaterThanOrEqual(2);
    expect(strategics.filter((s) => s.operationals.length > 5).length).toBeLessThanOrEqual(1);
    expect(plan.perspectives.length).toBeGreaterThanOrEqual(2);
    expect(planActions(plan)).toHaveLength(400);
  });
});

describe('generateCruscotto: weights sum to 100 at each level', () => {
  it.each(LAYOUTS.flatMap((layout) => [1, 2, 3].map((seed) => [layout, seed] as const)))('layout %s, seed %i', (layout, seed) => {
    const grid = generateCruscotto({ actions: 150, seed, layout, variant: { neutralised: true, overrides: true } });
    const H = HEADER_ROWS[layout];
    const c = columns(grid, layout);
    const actionSums = new Map<string, Decimal>();
    const opSums = new Map<string, Decimal>();
    for (const r of actionRows(grid, H, c.actionCode, ACTION_CODE[layout])) {
      const op = filledDown(grid, r, c.opCode, H);
      actionSums.set(op, (actionSums.get(op) ?? new Decimal(0)).plus(percentPoints(grid.cells[r][c.actionWeight].value)));
      if (text(grid.cells[r][c.opCode]) !== '') {
        const strategic = filledDown(grid, r, c.strategicCol, H);
        opSums.set(strategic, (opSums.get(strategic) ?? new Decimal(0)).plus(percentPoints(grid.cells[r][c.opWeight].value)));
      }
    }
    expect(actionSums.size).toBeGreaterThan(10);
    for (const [op, sum] of actionSums) expect([op, sum.toNumber()]).toEqual([op, 100]);
    expect(opSums.size).toBeGreaterThan(3);
    for (const [s, sum] of opSums) expect([s, sum.toNumber()]).toEqual([s, 100]);
  });

  it('writes weights as Excel percent cells', () => {
    const grid = generateCruscotto({ actions: 20, seed: 3 });
    const c = columns(grid, '2022');
    const cell = grid.cells[HEADER_ROWS['2022']][c.actionWeight];
    expect(cell.numberFormat).toMatch(/%$/);
    expect(cell.value as number).toBeGreaterThan(0);
    expect(cell.value as number).toBeLessThanOrEqual(1);
  });
});

describe('generateCruscotto: header rows of each layout', () => {
  it('2022: groups, column headers, years and Soglie, 80% / 60%, merged group headers', () => {
    const grid = generateCruscotto({ actions: 30, seed: 2, planYear: 2023 });
    const rows = grid.cells.slice(0, 4).map((r) => r.map(text));
    expect(rows[0]).toEqual(expect.arrayContaining(['Prospettiva', 'Obiettivi strategici', 'Obiettivi operativi', 'Azioni']));
    expect(rows[1]).toEqual(
      expect.arrayContaining(['cod.', 'descrizione', 'kpi', 'Target', 'titolo / descrizione', 'peso', 'Peso', 'target', 'Relatore', 'Risultato', '2024', '2025']),
    );
    expect(rows[2]).toEqual(expect.arrayContaining(['2023', '2024', '2025', 'Soglie']));
    expect(rows[3]).toEqual(expect.arrayContaining(['80%', '60%']));
    const paths = headerPaths(grid, 4);
    expect(findColumn(paths, 'Obiettivi strategici', 'Target', 2024)).toBe(findColumn(paths, 'Obiettivi strategici', 'Target', 2023) + 1);
    const s80 = findColumn(paths, 'Azioni', 2023, 'Soglie', '80%');
    expect(findColumn(paths, 'Azioni', 2023, 'Soglie', '60%')).toBe(s80 + 1);
    expect(findColumn(paths, 'Azioni', 'Risultato')).toBe(findColumn(paths, 'Azioni', 'Relatore') + 1);
    // "Azioni" spans its block; "Target" its three years
    const azioni = rows[0].indexOf('Azioni');
    expect(grid.merges).toEqual(expect.arrayContaining([expect.objectContaining({ top: 0, left: azioni, bottom: 0 })]));
    const target = rows[1].indexOf('Target');
    expect(grid.merges).toContainEqual({ top: 1, left: target, bottom: 1, right: target + 2 });
    // perspective and strategic cells merged over their rows by default
    expect(grid.merges.some((m) => m.left === 0 && m.top >= 4 && m.bottom > m.top)).toBe(true);
  });

  it('2020: the annex columns, strategic Target, soglie, empty result columns beside each level', () => {
    const grid = generateCruscotto({ actions: 30, seed: 2, layout: '2020' });
    const rows = grid.cells.slice(0, 2).map((r) => r.map(text));
    expect(rows[0].filter((t) => t !== '')).toEqual([
      'Prospettiva BSC', 'Risultato', 'Obiettivo Strategico', 'Target', 'Risultato', 'Obiettivi operativi', 'Azioni', 'PERCENTUALE RAGGIUNGIMENTO',
    ]);
    expect(rows[1].filter((t) => t !== '')).toEqual([
      'cod.', 'titolo / descrizione', 'peso', 'Risultato', 'cod.', 'titolo / descrizione', 'Peso', 'Risultato', 'kpi', 'target', 'Soglie 80%', 'Soglie 60%', 'Risultato',
    ]);
    const paths = headerPaths(grid, 2);
    const outputs = [1, 4, findColumn(paths, 'Obiettivi operativi', 'Risultato'), findColumn(paths, 'Azioni', 'Peso') + 1, findColumn(paths, 'PERCENTUALE RAGGIUNGIMENTO')];
    for (const row of grid.cells.slice(2)) for (const col of outputs) expect(row[col].value).toBeNull();
    const measured = findColumn(paths, 'Azioni', 'Soglie 60%') + 1;
    expect(grid.cells.slice(2).filter((row) => row[measured].value !== null).length).toBe(30);
    const target = grid.cells[2][3];
    expect([0.8, 1]).toContain(target.value);
    expect(target.numberFormat).toBe('0%');
  });

  it('2018: no perspectives, codes 1.1a / bis, one target cell with its soglia', () => {
    const grid = generateCruscotto({ actions: 80, seed: 4, layout: '2018', planYear: 2018 });
    const rows = grid.cells.slice(0, 2).map((r) => r.map(text));
    expect(rows[0].filter((t) => t !== '')).toEqual(['Obiettivo strategico', 'Obiettivo operativo', 'Azione']);
    expect(rows[1].filter((t) => t !== '')).toEqual(['cod.', 'titolo', 'cod.', 'titolo', 'peso', 'cod.', 'titolo', 'Peso', 'Indicatore', 'Target', 'Risultato 2018']);
    const paths = headerPaths(grid, 2);
    const code = findColumn(paths, 'Azione', 'cod.');
    const target = findColumn(paths, 'Azione', 'Target');
    const data = grid.cells.slice(2);
    expect(data.every((r) => ACTION_CODE['2018'].test(text(r[code])))).toBe(true);
    expect(data.some((r) => text(r[code]).endsWith(' bis'))).toBe(true);
    for (const r of data) {
      expect(text(r[target])).toMatch(/^(.+=100% - (soglia minima )?.+=(60|80)%|100%=entro [^-]+ - (60|80)%=entro .+)$/);
    }
    expect(data.some((r) => /soglia minima \d/.test(text(r[target])))).toBe(true);
  });
});

/** Position of a KPI cell on one scale: numbers as is, months and dates as days. */
function scale(kpi: KpiCell | null): number {
  if (!kpi) throw new Error('missing value');
  switch (kpi.kind) {
    case 'number':
      return kpi.value;
    case 'month':
      return (kpi.year ?? 2022) * 372 + kpi.month * 31 + 31;
    case 'date':
      return kpi.year * 372 + kpi.month * 31 + kpi.day;
    default:
      throw new Error(`unexpected ${kpi.kind}`);
  }
}

describe('generateCruscotto: KPIs', () => {
  const plan = generatePlan({ actions: 600, seed: 21 });
  const actions = planActions(plan);

  it('targets and soglie follow one direction', () => {
    for (const a of actions) {
      const t = scale(a.target);
      const s1 = scale(a.thresholds[0].value);
      const s2 = scale(a.thresholds[1].value);
      expect([a.thresholds[0].level, a.thresholds[1].level]).toEqual([80, 60]);
      const higher = s1 < t;
      if (higher) expect(s2).toBeLessThan(s1);
      else expect([a.code, s1 > t && s2 > s1]).toEqual([a.code, true]);
    }
  });

  it('results: most reach the target, some fall between the soglie, some below the minimum soglia', () => {
    const bands = { reached: 0, between: 0, below: 0 };
    for (const a of actions) {
      const t = scale(a.target);
      const s2 = scale(a.thresholds[1].value);
      const x = scale(a.result);
      const higher = scale(a.thresholds[0].value) < t;
      const reached = higher ? x >= t : x <= t;
      const aboveMin = higher ? x >= s2 : x <= s2;
      bands[reached ? 'reached' : aboveMin ? 'between' : 'below']++;
    }
    expect(bands.reached).toBeGreaterThan(actions.length * 0.5);
    expect(bands.between).toBeGreaterThan(actions.length * 0.1);
    expect(bands.below).toBeGreaterThan(actions.length * 0.04);
  });

  it('has counts, percent cells, days, euro, month names and Excel dates', () => {
    const grid = generateCruscotto({ actions: 300, seed: 21 });
    const paths = headerPaths(grid, 4);
    const target = findColumn(paths, 'Azioni', 'target');
    const result = findColumn(paths, 'Azioni', 'Risultato');
    const cells = grid.cells.slice(4).flatMap((r) => [r[target], r[result]]);
    expect(cells.some((c) => typeof c.value === 'number' && c.numberFormat === undefined)).toBe(true);
    const percent = cells.filter((c) => c.numberFormat?.endsWith('%'));
    expect(percent.length).toBeGreaterThan(20);
    expect(percent.every((c) => typeof c.value === 'number' && c.value < 3)).toBe(true);
    expect(cells.some((c) => c.numberFormat === '0.00%' && typeof c.value === 'number' && c.value < 0.1)).toBe(true);
    expect(cells.some((c) => /^\d+(,\d+)? gg$/.test(text(c)))).toBe(true);
    expect(cells.some((c) => /€/.test(text(c)) || /€/.test(c.numberFormat ?? ''))).toBe(true);
    expect(cells.some((c) => /^(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)$/.test(text(c)))).toBe(true);
    const dates = cells.filter((c) => c.numberFormat === 'dd/mm/yyyy');
    expect(dates.length).toBeGreaterThan(5);
    // Excel serials of 2022 and early 2023
    for (const d of dates) expect(d.value as number).toBeGreaterThan(44562 - 1);
  });

  it('withResults: false leaves the Risultato column empty', () => {
    const grid = generateCruscotto({ actions: 25, seed: 5, withResults: false });
    const result = findColumn(headerPaths(grid, 4), 'Azioni', 'Risultato');
    expect(grid.cells.slice(4).every((r) => r[result].value === null)).toBe(true);
  });
});

describe('generateCruscotto: variants', () => {
  const base = (layout: LayoutName = '2022') => generateCruscotto({ actions: 50, seed: 9, layout });

  it('overrides: "% assegnata" and "Motivazione" with a few decisions "sentito l\'OIV"', () => {
    const grid = generateCruscotto({ actions: 120, seed: 9, variant: { overrides: true } });
    const paths = headerPaths(grid, 4);
    const pct = findColumn(paths, 'Azioni', '% assegnata');
    const why = findColumn(paths, 'Azioni', 'Motivazione');
    const rows = grid.cells.slice(4).filter((r) => r[pct].value !== null);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(30);
    for (const r of rows) {
      expect([60, 80, 100]).toContain(r[pct].value);
      expect(text(r[why])).toMatch(/^Sentito l'OIV/);
    }
  });

  it('neutralised: a "Stato" column with a few actions "annullata", never a whole operational objective', () => {
    const grid = generateCruscotto({ actions: 200, seed: 9, variant: { neutralised: true } });
    const paths = headerPaths(grid, 4);
    const stato = findColumn(paths, 'Azioni', 'Stato');
    const opCode = findColumn(paths, 'Obiettivi operativi', 'cod.');
    const annulled = new Map<string, number>();
    const total = new Map<string, number>();
    for (let r = 4; r < grid.cells.length; r++) {
      const op = filledDown(grid, r, opCode, 4);
      total.set(op, (total.get(op) ?? 0) + 1);
      if (text(grid.cells[r][stato]) === 'annullata') annulled.set(op, (annulled.get(op) ?? 0) + 1);
    }
    expect(annulled.size).toBeGreaterThan(0);
    for (const [op, n] of annulled) expect(n).toBeLessThan(total.get(op) as number);
  });

  it('repeatHeaderEvery: the header block comes back every n actions, with the parents shown again', () => {
    const every = 12;
    const grid = generateCruscotto({ actions: 50, seed: 9, variant: { repeatHeaderEvery: every } });
    const header = grid.cells.slice(0, 4).map((r) => r.map(text));
    const starts: number[] = [];
    for (let r = 4; r < grid.cells.length; r++) if (grid.cells[r].map(text).join('|') === header[0].join('|')) starts.push(r);
    expect(starts).toHaveLength(Math.floor((50 - 1) / every));
    for (const s of starts) {
      expect(grid.cells.slice(s, s + 4).map((r) => r.map(text))).toEqual(header);
      expect(text(grid.cells[s + 4][0])).not.toBe('');
      expect(grid.merges).toContainEqual(expect.objectContaining({ top: s, bottom: s }));
    }
    // vertical merges never cross a repeated header
    for (const m of grid.merges) for (const s of starts) expect(m.top <= s && m.bottom >= s && m.bottom > m.top).toBe(false);
  });

  it('emptyRows: blank rows between the actions, the same actions', () => {
    const grid = generateCruscotto({ actions: 200, seed: 9, variant: { emptyRows: true } });
    expect(grid.cells.slice(4).filter(isBlankRow).length).toBeGreaterThan(0);
    const code = findColumn(headerPaths(grid, 4), 'Azioni', 'cod.');
    expect(actionRows(grid, 4, code, ACTION_CODE['2022'])).toHaveLength(200);
  });

  it('mergeParents: false leaves no vertical merge; 2018 has none by default', () => {
    const flat = generateCruscotto({ actions: 50, seed: 9, variant: { mergeParents: false } });
    expect(flat.merges.every((m) => m.top === m.bottom)).toBe(true);
    expect(base('2018').merges.every((m) => m.top === m.bottom)).toBe(true);
    expect(base('2020').merges.some((m) => m.bottom > m.top)).toBe(true);
  });

  it('extraColumns: unrelated columns inserted, the layout columns all still there', () => {
    const plain = base();
    const extra = generateCruscotto({ actions: 50, seed: 9, variant: { extraColumns: true } });
    const plainPaths = headerPaths(plain, 4).map((p) => p.join('>'));
    const extraPaths = headerPaths(extra, 4).map((p) => p.join('>'));
    expect(extraPaths.length).toBeGreaterThanOrEqual(plainPaths.length + 2);
    expect(extraPaths).toEqual(expect.arrayContaining(plainPaths));
  });

  it('shuffleColumns: the same columns in another order, sub-groups kept together', () => {
    const plainPaths = headerPaths(base(), 4).map((p) => p.join('>'));
    const shuffled = generateCruscotto({ actions: 50, seed: 9, variant: { shuffleColumns: true } });
    const paths = headerPaths(shuffled, 4);
    expect(paths.map((p) => p.join('>')).sort()).toEqual([...plainPaths].sort());
    expect(paths.map((p) => p.join('>'))).not.toEqual(plainPaths);
    const y = findColumn(paths, 'Obiettivi strategici', 'Target', 2022);
    expect(findColumn(paths, 'Obiettivi strategici', 'Target', 2023)).toBe(y + 1);
    // each value still sits under its header: action codes under Azioni > cod.
    const code = findColumn(paths, 'Azioni', 'cod.');
    expect(actionRows(shuffled, 4, code, ACTION_CODE['2022'])).toHaveLength(50);
  });

  it('shuffleColumns in the 2020 layout keeps "Peso" and its percentage column together', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const grid = generateCruscotto({ actions: 20, seed, layout: '2020', variant: { shuffleColumns: true } });
      const row1 = grid.cells[1].map(text);
      const peso = row1.indexOf('Peso');
      expect(row1[peso + 1]).toBe('Risultato');
      expect(grid.cells.slice(2).every((r) => r[peso + 1].value === null)).toBe(true);
    }
  });

  it('headerTypos: headers spelt differently, one spelling per group', () => {
    const plain = base().cells.slice(0, 4).map((r) => r.map(text));
    const typo = generateCruscotto({ actions: 50, seed: 9, variant: { headerTypos: true } });
    const rows = typo.cells.slice(0, 4).map((r) => r.map(text));
    expect(rows).not.toEqual(plain);
    // group labels are still written once per merged group
    expect(rows[0].filter((t) => t !== '')).toHaveLength(plain[0].filter((t) => t !== '').length);
  });
});
