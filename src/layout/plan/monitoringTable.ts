/**
 * The Riepilogo of a run in the period 'monitoraggio' (issue 9 item 3): how many scored rows are in line at 30/6,
 * late or not measurable, and the late ones with their target, result and scostamento, so the Giunta sees in July
 * where the year is behind (Brescia 2019, rendicontazione semestrale: one "Scostamenti" per indicator). Texts from
 * the sheet are values only.
 */
import { monitoringCounts, type MonitoringReportRow } from '../monitoring';
import { formatDeviation } from '../deviationText';
import type { SheetBuilder } from './sheetBuilder';

export function monitoringTable(b: SheetBuilder, rows: readonly MonitoringReportRow[]): void {
  b.add(['Monitoraggio al 30/6'], 'subtitle');
  const counts = monitoringCounts(rows);
  b.add([null, 'In linea', counts['in-linea']]);
  b.add([null, 'In ritardo', counts['in-ritardo']]);
  b.add([null, 'Non rilevabili (senza risultato o target al 30/6 misurabile)', counts['non-rilevabile']]);
  b.paragraph('Scostamento = risultato − target al 30/6, nell\'unità dell\'indicatore (punti per le percentuali); dove manca il target al 30/6 si usa quello al 31/12. Le percentuali di raggiungimento di questo riepilogo sono calcolate sui risultati al 30/6.');
  const late = rows.filter((r) => r.state === 'in-ritardo');
  if (late.length === 0) return;
  b.blank();
  b.add(['Cod.', 'Indicatore in ritardo', 'Target', 'Risultato', 'Scostamento', 'Nota'], 'header', 0, true);
  for (const r of late) {
    const target = r.target === null ? null : `${r.target} (${r.targetPeriod ?? 'al 30/6'})`;
    b.add([r.code, r.title, target, r.result, r.deviation === null && !r.components ? null : formatDeviation(r), r.note]);
  }
}

