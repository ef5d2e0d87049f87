/**
 * Headers of the columns the add-in writes or creates. The reader recognises them on the next run
 * (so they are reused, never appended twice) and never treats them as the user's input.
 */
import type { OutputKind } from './types';

/**
 * The legend of colours the add-in writes on the first header row beside its columns (../plan/sheetLegend); the
 * reader knows these texts as the add-in's and never reads under them.
 */
export const LEGEND_TEXTS: ReadonlyArray<{ status: 'raggiunto' | 'parzialmente' | 'non-raggiunto' | 'neutralizzato'; text: string }> = [
  { status: 'raggiunto', text: 'Verde: raggiunto' },
  { status: 'parzialmente', text: 'Arancione: parzialmente raggiunto' },
  { status: 'non-raggiunto', text: 'Rosso: non raggiunto' },
  { status: 'neutralizzato', text: 'Grigio: neutralizzata' },
];

/** Group header written above the add-in's own appended columns. */
export const OWN_GROUP_HEADER = 'Calcolo Cruscotto';

/** Header of each own output column, in the order they are appended at the right of the sheet. */
export const OWN_COLUMN_HEADERS: ReadonlyArray<{ output: OutputKind; header: string }> = [
  { output: 'action.achievement', header: '% raggiungimento azione' },
  { output: 'action.esito', header: 'Esito azione' },
  // five-level sheets: the level above the scored rows (an Azione over its Indicatori). Its own words, so that
  // it is never read back as the scored rows' '% raggiungimento azione' (headers are recognised by text)
  { output: 'leafGroup.achievement', header: '% raggiungimento azione da indicatori' },
  { output: 'operational.achievement', header: '% raggiungimento ob. operativo' },
  { output: 'strategic.achievement', header: 'Risultato ob. strategico' },
  { output: 'strategic.targetAchievement', header: '% raggiungimento ob. strategico' },
  { output: 'perspective.achievement', header: '% raggiungimento prospettiva' },
];

/**
 * The add-in's column of the period 'monitoraggio' (issue 9): each scored row's scostamento from the target at
 * 30/6 (or at 31/12 where there is none), in the KPI's unit. Appended after the others, only in that period.
 */
export const MONITORING_COLUMN_HEADERS: ReadonlyArray<{ output: OutputKind; header: string }> = [
  { output: 'action.scostamento', header: 'Scostamento al 30/6' },
  { output: 'action.monitoringState', header: 'Stato al 30/6' },
];

/** The state texts the add-in writes in «Stato al 30/6» (coloured by text, like the Esito). */
export const MONITORING_STATE_TEXT = {
  'in-linea': 'In linea',
  'in-ritardo': 'In ritardo',
  'non-rilevabile': 'Non rilevabile',
} as const;

/** Every own column header, in the order they are appended. */
export const ALL_OWN_COLUMN_HEADERS: ReadonlyArray<{ output: OutputKind; header: string }> = [...OWN_COLUMN_HEADERS, ...MONITORING_COLUMN_HEADERS];

/** Input columns the override editor creates when the sheet lacks them (the user's data once written). */
export const OVERRIDE_HEADER = '% assegnata';
export const MOTIVATION_HEADER = 'Motivazione';

/** Esito texts written by the add-in, per status. */
export const ESITO_TEXT = {
  raggiunto: 'Raggiunto',
  parzialmente: 'Parzialmente raggiunto',
  'non-raggiunto': 'Non raggiunto',
  neutralizzato: 'Neutralizzata',
  'non-misurato': 'Non misurato',
} as const;
