/**
 * The individual objectives sheet read beside the cruscotto (issue 9, item 1): a visible sheet, other than the
 * cruscotto and the add-in's Riepilogo, whose top rows hold the header findIndividualHeader recognises (the CLI
 * chooses it the same way, src/cli/sheetChoice.ts). With two or more, the first is computed and the others named.
 */
import { sheetPrefix } from '../layout/address';
import { findIndividualHeader } from '../layout/individual';
import { isSummarySheet } from '../layout/ownership';
import type { Diagnostic } from '../layout/types';
import type { SheetSurvey } from './workbookProbe';

export interface IndividualChoice {
  sheet: SheetSurvey | null;
  warnings: Diagnostic[];
}

/** The surveyed top rows are an individual objectives sheet's header (never a cruscotto then). */
export function isIndividualSurvey(survey: SheetSurvey): boolean {
  return survey.peek !== null && findIndividualHeader(survey.peek) !== null;
}

export function chooseIndividualSheet(surveys: SheetSurvey[], cruscotto: string, ownSummary: string | null): IndividualChoice {
  const lower = (name: string): string => name.toLowerCase();
  const found = surveys.filter(
    (s) => lower(s.name) !== lower(cruscotto) && lower(s.name) !== lower(ownSummary ?? '') && !isSummarySheet(s.name) && isIndividualSurvey(s),
  );
  if (found.length === 0) return { sheet: null, warnings: [] };
  const [first, ...others] = found;
  const warnings = others.map(
    (o): Diagnostic => ({
      severity: 'warning',
      cell: o.name,
      code: 'individual-sheet-choice',
      message: `${sheetPrefix(o.name)}: anche questo foglio sembra di obiettivi individuali, ma è stato calcolato solo il primo, «${first.name}». Per calcolarne gli obiettivi, riportarli nel foglio «${first.name}».`,
    }),
  );
  return { sheet: first, warnings };
}
