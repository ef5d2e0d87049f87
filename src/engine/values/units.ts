/** Italian names of the units, for messages ("il target è in giorni, il risultato in percentuale"). */
import type { Unit } from '../types';

const LABELS: Record<Unit, string> = {
  none: 'numero',
  percent: 'percentuale',
  days: 'giorni',
  months: 'mesi',
  euro: 'euro',
};

export function unitLabel(unit: Unit): string {
  return LABELS[unit];
}
