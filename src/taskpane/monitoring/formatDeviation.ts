/** A scostamento in the pane's language: the layout's one rule (../../layout/deviationText) with the pane's words. */
import { formatDeviation as formatWith, type DeviationWords } from '../../layout/deviationText';
import type { DeviationUnit } from '../../engine/monitoring';
import type { Language, Strings } from '../i18n/strings';

export function formatDeviation(deviation: number | null, unit: DeviationUnit | null, t: Strings, language: Language, components?: readonly number[]): string {
  const words: DeviationWords = { language, notAvailable: t.notAvailable, and: t.deviationAnd, units: t.units };
  return formatWith({ deviation, unit, components }, words);
}
