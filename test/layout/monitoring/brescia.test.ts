/**
 * Issue 9 item 3, "monitoraggio al 30/6", on CCIAA Brescia's Piano della Performance 2019 – rendicontazione
 * semestrale al 30 giugno 2019 (fixture: test/fixtures/brescia2019/semestrale.ts). The document publishes no
 * achievement percentage: its only per-indicator figure is "Scostamenti" = risultato − target al 30/6, in the
 * indicator's unit (points for percentages), and where there is no 30/6 target, against the 31/12 one. Every
 * scostamento below is computed by the product from the sheet's target and result; the expected figures are
 * the document's, except where the document slips (listed, with the product's figure and why).
 */
import { getProfile } from '../../../src/engine';
import { runPipeline } from '../../../src/layout/pipeline';
import type { MonitoringReportRow } from '../../../src/layout/monitoring';
import { bresciaSemestraleGrid, BRESCIA_SHEET, COL, PUBLISHED_SCOSTAMENTI as PUBLISHED, rowOf } from '../../fixtures/brescia2019/semestrale';
import { cellRef } from '../../../src/layout/address';

const profile = getProfile('sondrio-2020')!;
const run = (period?: 'consuntivo' | 'monitoraggio') => runPipeline(bresciaSemestraleGrid(), { profile, planYear: 2019, ...(period ? { period } : {}) });

function rows(): Map<string, MonitoringReportRow> {
  const report = run('monitoraggio').report;
  return new Map((report.monitoring?.rows ?? []).map((r) => [r.code!, r]));
}


describe('Brescia 2019, monitoraggio al 30/6', () => {
  test('the reader takes «Target al 30/6» as the interim target and «Target al 31/12» as the year-end one', () => {
    const layout = run('monitoraggio').report.layout!;
    const role = (col: number) => layout.columns.find((c) => c.col === col)?.role;
    expect(role(COL.interim)).toBe('action.targetInterim');
    expect(role(COL.yearEnd)).toBe('action.target');
    expect(role(COL.result)).toBe('action.result');
    expect(role(COL.printed)).toBe('action.deviation');
  });

  test.each(PUBLISHED)('%s: the published scostamento %d, computed', (code, printed, unit, period) => {
    const row = rows().get(code)!;
    expect(row.deviation).toBeCloseTo(printed, 10);
    expect(row.unit).toBe(unit);
    expect(row.targetPeriod).toBe(period);
    expect(row.cell).toBe(cellRef(BRESCIA_SHEET, rowOf(code), COL.result));
    if (period === 'al 31/12') expect(row.note).toMatch(/nessun target al 30\/6: scostamento calcolato sul target al 31\/12/);
    else expect(row.note).toBeNull();
  });

  test('states: a positive deviation is in linea, a negative one in ritardo; lower is better for the energy reductions', () => {
    const r = rows();
    expect(r.get('1.1.1.1')!.stateLabel).toBe('in linea');
    expect(r.get('1.1.1.2')!.stateLabel).toBe('in ritardo');
    expect(r.get('2.1.4.3')!.state).toBe('in-ritardo');
    // 3.1.4/5: −9,01 vs −7,00, a reduction larger than planned: the negative deviation is favourable (analysis §2.2 #17)
    expect(r.get('3.1.4.5')!.state).toBe('in-linea');
    expect(r.get('3.1.4.4')!.state).toBe('in-linea');
    // yes/no targets met: the document prints "-" (no numeric deviation)
    for (const code of ['1.1.1.4', '1.1.2.1', '1.1.2.2', '1.1.3.1', '3.1.2.2']) {
      expect(r.get(code)).toMatchObject({ deviation: null, state: 'in-linea' });
    }
    // a milestone date: determinazione of 26/6/2019 against "entro il 30/06/2019" (analysis §2.4 rule 6), 4 days early
    expect(r.get('3.1.2.3')).toMatchObject({ deviation: -4, unit: 'date-days', state: 'in-linea' });
  });

  test("the document's slips: the product computes the rule, the printed figure differs", () => {
    const r = rows();
    // 2.1.3/1 and 2.1.4/2: no 30/6 target; the document prints the raw result (49, 3), i.e. a deviation from 0,
    // while for 1.1.1/3 and 1.1.1/5 it uses the 31/12 target (analysis §2.5 #3). One rule: the 31/12 target.
    expect(r.get('2.1.3.1')).toMatchObject({ deviation: -251, targetPeriod: 'al 31/12', state: 'in-ritardo' }); // 49 − 300; printed 49
    expect(r.get('2.1.4.2')).toMatchObject({ deviation: 0, targetPeriod: 'al 31/12', state: 'in-linea' }); // 3 − 3; printed 3
    // 3.1.3/2: 100,00% − 100,00% = 0, printed "100,00%" (the result copied into the cell, L1162)
    expect(r.get('3.1.3.2')).toMatchObject({ deviation: 0, unit: 'percent', state: 'in-linea' });
    // 1.1.2/4 and 1.1.2/5: the document has no Scostamenti row; against the 31/12 target: 188 − 200, 89 − 100
    expect(r.get('1.1.2.4')).toMatchObject({ deviation: -12, targetPeriod: 'al 31/12', state: 'in-ritardo' });
    expect(r.get('1.1.2.5')).toMatchObject({ deviation: -11, targetPeriod: 'al 31/12', state: 'in-ritardo' });
  });

  test('not rilevabile: no result, qualitative year-end targets, the lost card', () => {
    const result = run('monitoraggio');
    const r = new Map(result.report.monitoring!.rows.map((x) => [x.code!, x]));
    for (const code of ['1.1.3.2', '2.1.1.4', '2.1.1.5', '2.1.2.3', '2.1.4.1', '2.2.1.4', '3.1.1.1', '3.1.1.2', '3.1.1.3', '3.1.2.1', '3.1.3.3', '3.1.5.1', '3.1.5.2', '3.1.5.3']) {
      expect([code, r.get(code)!.state, r.get(code)!.deviation]).toEqual([code, 'non-rilevabile', null]);
    }
    // 2.1.2/1: lost at a page break (only its weight, 15%, is inferred)
    expect(r.get('2.1.2.1')).toMatchObject({ state: 'non-rilevabile', target: null, note: 'manca il target del periodo e quello di fine anno' });
    // empty markers of the document ("-", "//", "----", "-----") are never read as a value
    expect(result.diagnostics.filter((x) => x.cell?.endsWith(`!I${rowOf('3.1.5.1') + 1}`))).toEqual([]);
  });

  test('2.1.1/2, a composite target: "≥3.500 in 2 riunioni" against "3.766 e 6 riunioni" gives the published "+ 266 … e + 4 riunioni"', () => {
    const result = run('monitoraggio');
    const row = result.report.monitoring!.rows.find((x) => x.code === '2.1.1.2')!;
    expect(row).toMatchObject({ components: [266, 4], deviation: null, unit: 'none', state: 'in-linea', targetPeriod: 'al 30/6' });
    expect(row.note).toMatch(/target composto: uno scostamento per ciascun valore, nell'ordine \(\+266; \+4\)/);
    // read, so not an error of the interim target cell
    expect(result.diagnostics.filter((d) => d.cell === cellRef(BRESCIA_SHEET, rowOf('2.1.1.2'), COL.interim))).toEqual([]);
  });

  test('2.1.2/5, a list of three deliverables against 2 done gives the published "- 1 evento non coordinato"', () => {
    const row = rows().get('2.1.2.5')!;
    expect(row).toMatchObject({ deviation: -1, unit: 'none', state: 'in-ritardo', targetPeriod: 'al 30/6' });
    expect(row.note).toBe('elenco di 3 attività previste al 30/6: scostamento = attività svolte − attività previste');
  });

  test('an interim target that does not read is an error naming its cell, never a silent 0', () => {
    const grid = bresciaSemestraleGrid();
    const row = rowOf('1.1.1.1');
    grid.cells[row][COL.interim] = { value: '1,2,3' };
    const result = runPipeline(grid, { profile, planYear: 2019, period: 'monitoraggio' });
    expect(result.report.monitoring!.rows.find((x) => x.code === '1.1.1.1')).toMatchObject({ state: 'non-rilevabile', deviation: null, note: 'il target al 30/6 non si legge' });
    const d = result.diagnostics.find((x) => x.cell === cellRef(BRESCIA_SHEET, row, COL.interim))!;
    expect(d.severity).toBe('error');
    expect(d.message).toMatch(new RegExp(`^'Monitoraggio 30\\.6\\.2019'!I${row + 1}: il target al 30/6 «1,2,3» non è un numero$`));
  });

  test('the per-dirigente weights of the objectives: 15/20/25/25/15, 20/20/10/20/30, 40/40/20, each Σ 100', () => {
    const result = run('monitoraggio');
    const byArea = result.read.tree.roots.map((area) => [area.title, area.children.map((o) => `${o.code} ${o.weight!.toString()}`)]);
    expect(byArea).toEqual([
      ['Area Promozione e Regolazione del Mercato (dr.ssa Vairano)', ['1.1.1 40', '1.1.2 40', '1.1.3 20']],
      ["Area Anagrafica (dr d'Azzeo)", ['2.1.1 20', '2.1.2 20', '2.1.3 10', '2.1.4 20', '2.2.1 30']],
      ['Area Amministrativa (Segretario Generale dr Ziletti)', ['3.1.1 15', '3.1.2 20', '3.1.3 25', '3.1.4 25', '3.1.5 15']],
    ]);
    for (const area of result.read.tree.roots) {
      expect(area.children.reduce((s, o) => s + o.weight!.toNumber(), 0)).toBe(100);
    }
    // 3.1.5: 3 × 33,33% = 99,99%, not forced to 100 by the document (analysis §3)
    const ptpct = result.read.tree.roots[2].children[4];
    expect(ptpct.children.map((i) => i.weight!.toString())).toEqual(['33.33', '33.33', '33.33']);
  });

  test('the monitoring section is in the report only in the period «monitoraggio»', () => {
    expect(run().report.monitoring).toBeUndefined();
    expect(run('consuntivo').report.monitoring).toBeUndefined();
    const report = run('monitoraggio').report;
    expect(report.monitoring!.period).toBe('monitoraggio');
    expect(report.monitoring!.rows).toHaveLength(45); // 48 indicators, less 3.1.4/1-3 lost at a page break
    // the consuntivo run has no monitoring diagnostics
    expect(run('consuntivo').diagnostics.some((d) => d.message.includes('target al 30/6'))).toBe(false);
  });
});
