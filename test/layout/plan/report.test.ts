import { buildReport } from '../../../src/layout/report';
import { handBuilt, testProfile } from './handBuilt';

describe('buildReport', () => {
  const { read, score, grid } = handBuilt();
  const report = buildReport(read, score, testProfile, grid);

  test('the contract shape with figures in percent points', () => {
    expect(report.profile).toBe('prova');
    expect(report.sheet).toBe('Cruscotto');
    expect(report.organisation).toEqual({ achievement: 60, achievementWithoutOverrides: 37.5, band: 'Adeguata' });
    expect(report.nodes.map((n) => n.code ?? n.title)).toEqual(['Processi interni', '1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2']);
  });

  test('perspectives by title, parents by code or perspective title, cells where the figures are written', () => {
    const [p, s, o, a1, a2] = report.nodes;
    expect(p).toEqual({
      level: 'perspective', code: null, title: 'Processi interni', parent: null, weight: null,
      achievement: 48, formulaAchievement: 30, target: null, targetAchievement: null, status: 'parzialmente', cell: 'Cruscotto!R3',
    });
    expect(s).toMatchObject({ code: '1', parent: 'Processi interni', target: 80, targetAchievement: 60, cell: 'Cruscotto!P3' });
    expect(o).toMatchObject({ code: '1.1', parent: '1', weight: 60, achievement: 80, formulaAchievement: 50, target: null, cell: 'Cruscotto!O3' });
    expect(a1).toMatchObject({ code: '1.1.1', parent: '1.1', weight: 50, achievement: 100, cell: 'Cruscotto!M3' });
    expect(a2).toMatchObject({ code: '1.1.2', achievement: 60, formulaAchievement: 0, status: 'parzialmente', cell: 'Cruscotto!M4' });
    expect(report.nodes[7]).toMatchObject({ code: '1.2.2', achievement: null, status: 'neutralizzato' });
  });

  test('engine diagnostics point at the cell of the faulty field', () => {
    const r = buildReport(read, { ...score, diagnostics: [{ severity: 'error', code: 'not-a-number', message: 'il risultato «circa 30» non è un numero', nodeId: '1.2.1', field: 'result' }] }, testProfile, grid);
    expect(r.diagnostics).toEqual([{ severity: 'error', cell: 'Cruscotto!J5', message: 'Cruscotto!J5: il risultato «circa 30» non è un numero' }]);
  });

  test('is valid JSON without loss', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
