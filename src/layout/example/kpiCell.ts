/**
 * KPI values of a generated cruscotto (target, soglie, results) and how staff type them into cells:
 * Excel percent cells (0.325 shown "32,50%"), counts, "28 gg", euro, month names ("luglio"),
 * dates as Excel serials with "dd/mm/yyyy", or plain text as in the published reports.
 */
import type { CellInput } from '../../engine/types';
import { formatItalianNumber } from '../../engine/format';
import { dateToSerial, dayDate } from '../../engine/values/calendar';
import Decimal from 'decimal.js';

export type NumberUnit = 'none' | 'percent' | 'days' | 'euro' | 'months';

export type KpiCell =
  /** value in the unit's natural scale: percent in percent points (32.5), days, euro, ... */
  | { kind: 'number'; value: number; unit: NumberUnit; decimals: number; as: 'cell' | 'text'; euroPrefix?: boolean }
  /** "luglio" = by the end of July; with a year, "maggio 2021" */
  | { kind: 'month'; month: number; year?: number }
  | { kind: 'date'; year: number; month: number; day: number; as: 'cell' | 'text' }
  | { kind: 'boolean'; value: boolean }
  /** exactly what was typed (the published reports' raw strings) */
  | { kind: 'text'; text: string };

export const MONTH_NAMES = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
] as const;

/** Excel serial of a calendar day (1900 date system), by the engine's calendar. */
export function excelSerial(year: number, month: number, day: number): number {
  return dateToSerial(dayDate(year, month, day));
}

/** 1400 -> "1.400", 35.87 -> "35,87" (Italian separators). */
export function formatItalian(value: number, decimals: number, thousands = true): string {
  return formatItalianNumber(new Decimal(value), decimals, thousands);
}

function decimalsFormat(decimals: number): string {
  return decimals > 0 ? '0.' + '0'.repeat(decimals) : '0';
}

/** Exact-ish number with `decimals` digits: k / 10^d avoids 0.1 + 0.2 artefacts. */
export function fixedNumber(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** The cell a member of staff would have in the sheet for this KPI value. */
export function kpiToCell(kpi: KpiCell | null | undefined): CellInput {
  if (!kpi) return { value: null };
  switch (kpi.kind) {
    case 'text':
      return { value: kpi.text };
    case 'boolean':
      return { value: kpi.value ? 'Si' : 'No' };
    case 'month':
      return { value: kpi.year ? `${MONTH_NAMES[kpi.month - 1]} ${kpi.year}` : MONTH_NAMES[kpi.month - 1] };
    case 'date':
      if (kpi.as === 'text') {
        return { value: `${pad2(kpi.day)}/${pad2(kpi.month)}/${kpi.year}` };
      }
      return { value: excelSerial(kpi.year, kpi.month, kpi.day), numberFormat: 'dd/mm/yyyy' };
    case 'number':
      return numberToCell(kpi);
  }
}

function numberToCell(kpi: Extract<KpiCell, { kind: 'number' }>): CellInput {
  const { value, unit, decimals } = kpi;
  if (kpi.as === 'text') return { value: numberText(kpi) };
  switch (unit) {
    case 'percent': {
      // an Excel percent cell holds the fraction: 3,25% is 0.0325
      const scale = 10 ** (decimals + 2);
      return { value: Math.round(value * 10 ** decimals) / scale, numberFormat: decimalsFormat(decimals) + '%' };
    }
    case 'euro':
      return { value: fixedNumber(value, decimals), numberFormat: `#,##0${decimals > 0 ? '.' + '0'.repeat(decimals) : ''} "€"` };
    case 'days':
      return { value: fixedNumber(value, decimals), numberFormat: `${decimalsFormat(decimals)} "gg"` };
    case 'months':
      return { value: fixedNumber(value, decimals), numberFormat: `${decimalsFormat(decimals)} "mesi"` };
    default:
      return decimals > 0
        ? { value: fixedNumber(value, decimals), numberFormat: decimalsFormat(decimals) }
        : { value: fixedNumber(value, 0) };
  }
}

/** "35,87 gg", "€ 165,80", "105 €", "3,25%", "1.400", "10 mesi" */
export function numberText(kpi: Extract<KpiCell, { kind: 'number' }>): string {
  const n = formatItalian(kpi.value, kpi.decimals);
  switch (kpi.unit) {
    case 'percent':
      return `${n}%`;
    case 'days':
      return `${n} gg`;
    case 'euro':
      return kpi.euroPrefix ? `€ ${n}` : `${n} €`;
    case 'months':
      return `${n} mesi`;
    default:
      return n;
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The value as it reads inside a 2018 combined target cell: "0,8", "1.500", "entro novembre". */
function text2018(kpi: KpiCell): string {
  switch (kpi.kind) {
    case 'number':
      if (kpi.unit === 'months') return `Entro ${formatItalian(kpi.value, kpi.decimals)} mesi`;
      return kpi.unit === 'none' || kpi.unit === 'days' ? formatItalian(kpi.value, kpi.decimals) : numberText(kpi);
    case 'month':
      return `entro ${MONTH_NAMES[kpi.month - 1]}${kpi.year ? ' ' + kpi.year : ''}`;
    case 'date':
      return `entro il ${pad2(kpi.day)}/${pad2(kpi.month)}/${kpi.year}`;
    case 'boolean':
      return kpi.value ? 'Si' : 'No';
    case 'text':
      return kpi.text;
  }
}

/** calendar deadlines are written "100%=entro novembre"; relative ones "Entro 3 mesi=100%" (3.4a) */
function isCalendarDeadline(kpi: KpiCell): boolean {
  return kpi.kind === 'month' || kpi.kind === 'date';
}

/**
 * The 2018 one-cell target (Relazione 2018 §2.1): `67=100% - soglia minima 40=60%`; calendar deadlines in
 * the report's reversed order `100%=entro novembre - 80%=entro dicembre`; `Entro 3 mesi=100% - Entro 5
 * mesi=60%`; `Si=100%`; `1=100%` without soglia.
 */
export function combinedTarget2018(target: KpiCell, thresholds: { level: number; value: KpiCell }[]): string {
  if (isCalendarDeadline(target)) {
    const parts = [`100%=${text2018(target)}`, ...thresholds.map((t) => `${t.level}%=${text2018(t.value)}`)];
    return parts.join(' - ');
  }
  const parts = [`${text2018(target)}=100%`];
  thresholds.forEach((t, i) => {
    const relative = t.value.kind === 'number' && t.value.unit === 'months';
    const minimum = i === thresholds.length - 1 && !relative ? 'soglia minima ' : '';
    parts.push(`${minimum}${text2018(t.value)}=${t.level}%`);
  });
  return parts.join(' - ');
}
