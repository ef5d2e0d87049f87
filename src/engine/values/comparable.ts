/**
 * A single scale on which KPI values compare: numbers as they are, dates as Excel day serials
 * (days since 1899-12-30), so that an earlier date is a smaller value.
 */
import Decimal from 'decimal.js';
import type { KpiValue } from '../types';
import { dateToSerial } from './calendar';

export function comparableValue(v: KpiValue): Decimal | null {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'date') return new Decimal(dateToSerial(v.date));
  return null;
}
