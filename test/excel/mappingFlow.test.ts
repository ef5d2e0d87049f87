/**
 * A sheet the reader cannot place is scored after the user maps its columns once: Ricalcola proposes a mapping,
 * the user corrects the roles and saves it in the workbook settings, and every later Ricalcola scores the sheet.
 */
import type { ColumnMapping, ColumnRole } from '../../src/layout/types';
import { buildUnrecognisedSheet, UNRECOGNISED_SHEET } from '../e2e/e2eWorkbook';
import { findSheet, getCell } from './fake';
import { environment, hostOf, run } from './support';

describe('mapping the columns of a sheet the reader does not recognise', () => {
  it('scores it from the next Ricalcola on, without touching what the user typed', async () => {
    const env = environment([buildUnrecognisedSheet()]);
    // the cells the user typed: A1:I7
    const userCells = () => Array.from({ length: 7 }, (_, r) => Array.from({ length: 9 }, (_, c) => getCell(findSheet(env.state, UNRECOGNISED_SHEET), r, c)?.value ?? null));
    const host = hostOf(env);
    const first = await run(env, false);
    expect(first.report.layout).toBeNull();
    const proposal = first.proposedMapping!;
    expect(proposal.sheet).toBe(UNRECOGNISED_SHEET);

    // what the user picks in the «Colonne» view, column by column
    const roles: Record<number, ColumnRole | 'ignore'> = {
      0: 'strategic.title', // Area
      1: 'operational.title', // Programma
      2: 'action.code', // Rif.
      3: 'action.title', // Indicatore
      4: 'action.weight', // Rilevanza
      5: 'action.target', // Valore atteso
      6: 'action.threshold', // Valore minimo: the soglia that earns 60
      7: 'action.result', // Consuntivo
      8: 'ignore', // Annotazioni
    };
    const mapping: ColumnMapping = {
      ...proposal,
      columns: proposal.columns.map((c) => ({ ...c, role: roles[c.col] ?? 'ignore', ...(c.col === 6 ? { thresholdLevel: 60 } : {}) })),
    };
    const typed = userCells();
    await host.saveSettings({ ...(await host.loadSettings()), columnMapping: mapping });

    const second = await run(env, false);
    expect(second.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const figure = (code: string) => second.report.nodes.find((n) => n.code === code)?.achievement;
    // A.1: 93 against target 90 → 100; A.2: 1 100 between the soglia 1 000 (60 %) and the target 1 200 → 60 (steps);
    // B.1: 28 days against a target of 30 (lower is better, soglia 45) → 100
    expect([figure('A.1'), figure('A.2'), figure('B.1')]).toEqual([100, 60, 100]);
    // «Servizi digitali» = 60 % × 100 + 40 % × 60 = 84 (weights from Rilevanza)
    expect(second.report.nodes.find((n) => n.level === 'operational' && n.title === 'Servizi digitali')?.achievement).toBeCloseTo(84, 10);
    expect(second.report.layout?.columns.find((c) => c.col === 7)?.role).toBe('action.result');

    // nothing the user typed changed; a third run leaves the sheet as the second
    const now = userCells();
    expect(now).toEqual(typed);
    const snapshot = JSON.stringify(findSheet(env.state, UNRECOGNISED_SHEET).rows);
    await run(env, false);
    expect(JSON.stringify(findSheet(env.state, UNRECOGNISED_SHEET).rows)).toBe(snapshot);
    expect(getCell(findSheet(env.state, UNRECOGNISED_SHEET), 4, 7)?.value).toBe(93);
  });
});
