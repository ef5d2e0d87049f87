import { buildSummaryPlan } from '../../../src/layout/plan';
import { RULE_MARKER, SUMMARY_SHEET_NAME } from '../../../src/layout/types';
import { D, handBuilt, MOTIVATION, testProfile } from './handBuilt';
import { planCells, type PlannedCell } from './planCells';

function rows(cells: Map<string, PlannedCell>): Map<number, (string | number | boolean | null)[]> {
  const out = new Map<number, (string | number | boolean | null)[]>();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(',').map(Number);
    const row = out.get(r) ?? [];
    row[c] = cell.value;
    out.set(r, row);
  }
  return out;
}

function findRow(cells: Map<string, PlannedCell>, text: string): number {
  for (const [key, cell] of cells) if (cell.value === text) return Number(key.split(',')[0]);
  throw new Error(`«${text}» non trovato`);
}

describe('buildSummaryPlan', () => {
  const { read, score } = handBuilt();
  const plan = buildSummaryPlan(read, score, testProfile, { organisationName: 'Camera di commercio di Sondrio', planYear: 2020 });
  const cells = planCells(plan);
  const byRow = rows(cells);

  test('title with year and body, page set up for A4 landscape one page wide', () => {
    expect(plan.sheet).toBe(SUMMARY_SHEET_NAME);
    expect(cells.get('0,0')).toMatchObject({ value: 'Relazione sulla performance 2020 — Camera di commercio di Sondrio', style: 'title' });
    expect(plan.page).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: 1 });
    expect(plan.columnWidths?.length).toBeGreaterThanOrEqual(6);
  });

  test('the ente figure with its band, and the figure without overrides when it differs', () => {
    const r = findRow(cells, 'Performance di ente');
    expect(byRow.get(r)?.slice(1)).toEqual(['Performance di ente', 0.6, null, null, 'Adeguata']);
    expect(cells.get(`${r},2`)?.numberFormat).toBe('0.00%');
    const w = findRow(cells, 'Performance di ente senza i valori assegnati');
    expect(byRow.get(w)?.[2]).toBe(0.375);
    expect(byRow.get(w)?.[5]).toBe('Insufficiente');
    expect(findRow(cells, 'La performance di ente risulta pari al 60,00%, corrispondente a «Adeguata».')).toBeGreaterThan(r);
  });

  test('no "without overrides" line when nothing was overridden', () => {
    const s = { ...score, organisation: { ...score.organisation, achievementWithoutOverrides: D(60) } };
    const c = planCells(buildSummaryPlan(read, s, testProfile, { planYear: 2020 }));
    expect([...c.values()].some((x) => x.value === 'Performance di ente senza i valori assegnati')).toBe(false);
    expect(c.get('0,0')?.value).toBe('Relazione sulla performance 2020');
  });

  test('counts as the report words them', () => {
    expect(findRow(cells, '0 obiettivi strategici su 1 raggiunti')).toBeGreaterThan(0);
    expect(findRow(cells, '1 obiettivo operativo su 2 raggiunto')).toBeGreaterThan(0);
  });

  test('strategic objectives table: result, target, % raggiungimento, valutazione', () => {
    const h = findRow(cells, 'Obiettivo strategico');
    expect(byRow.get(h)).toEqual(['Cod.', 'Obiettivo strategico', 'Risultato misurato', 'Target', '% raggiungimento', 'Valutazione']);
    // the band, and that the target is not reached (the row is orange and not counted as reached)
    expect(byRow.get(h + 1)).toEqual(['1', 'Qualità dei processi', 0.48, 0.8, 0.6, 'Adeguata — target non raggiunto']);
    expect(plan.chart).toEqual({
      title: '% raggiungimento degli obiettivi strategici',
      categoriesRange: `B${h + 2}`,
      valuesRange: `E${h + 2}`,
      anchor: 'H4',
    });
    expect(plan.dataBarRange).toBe(`E${h + 2}`);
    const rule = plan.conditionalFormats.find((x) => x.range === `E${h + 2}` && x.tag === 'raggiunto');
    expect(rule?.formula).toContain(`N("${RULE_MARKER}raggiunto")`);
  });

  test('a strategic objective without its own target shows the profile default the engine used', () => {
    const hb = handBuilt();
    const strategic = hb.score.roots[0].children[0];
    delete (strategic.node as { target?: unknown }).target;
    const c = planCells(buildSummaryPlan(hb.read, hb.score, testProfile, { planYear: 2020 }));
    const h = findRow(c, 'Obiettivo strategico');
    expect(c.get(`${h + 1},3`)?.value).toBe(0.8);
    strategic.targetAchievement = null;
    const c2 = planCells(buildSummaryPlan(hb.read, hb.score, testProfile, { planYear: 2020 }));
    expect(c2.get(`${h + 1},3`)?.value).toBeNull();
    // without a target the % raggiungimento is the result itself
    expect(c2.get(`${h + 1},4`)?.value).toBe(0.48);
  });

  test('perspectives table', () => {
    const h = findRow(cells, 'Prospettiva');
    expect(byRow.get(h + 1)?.slice(1, 3)).toEqual(['Processi interni', 0.48]);
  });

  test('operational objectives below target with the actions that pulled them down', () => {
    const h = findRow(cells, 'Obiettivo operativo / azione');
    expect(byRow.get(h + 1)?.slice(0, 4)).toEqual(['1.2', 'Mediazione', 0, 0.8]);
    expect(byRow.get(h + 2)?.slice(0, 3)).toEqual(['1.2.1', 'Azione: Incontri', 0]);
    // 1.1 is at its 80 % target: not listed; the neutralised 1.2.2 is not "below target"
    expect([...cells.values()].some((c) => c.value === 'Azione: Sportello')).toBe(false);
    expect([...cells.values()].some((c) => c.value === 'Semplificazione')).toBe(false);
  });

  test('overrides with formula % beside assigned %, and the motivation', () => {
    const h = findRow(cells, '% assegnata');
    expect(byRow.get(h + 1)).toEqual(['1.1.2', 'Tempi di istruttoria', '1.1', 0, 0.6, MOTIVATION]);
  });

  test('text from the sheet is data: a title that looks like a formula is written as the same string', () => {
    const evil = handBuilt({ titles: { '1': '=HYPERLINK("http://x","clic")', '1.2.1': '@SUM(A1)' } });
    const c = planCells(buildSummaryPlan(evil.read, evil.score, testProfile, { planYear: 2020 }));
    const values = [...c.values()].map((x) => x.value);
    expect(values).toContain('=HYPERLINK("http://x","clic")');
    expect(values).toContain('Azione: @SUM(A1)');
    for (const b of buildSummaryPlan(evil.read, evil.score, testProfile, { planYear: 2020 }).blocks) expect(Object.keys(b)).not.toContain('formula');
  });

  test('is deterministic', () => {
    expect(buildSummaryPlan(read, score, testProfile, { organisationName: 'Camera di commercio di Sondrio', planYear: 2020 })).toEqual(plan);
  });
});
