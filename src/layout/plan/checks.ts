/**
 * Verifica: where the sheet has its own figure column with values the user typed (or computed with their
 * own formulas), the add-in leaves it and writes its figures beside it; every row where the two differ by
 * more than 0,01 points is listed, as an OIV would want to see it.
 */
import Decimal from 'decimal.js';
import { formatPercent } from '../../engine';
import type { ScoredNode, ScoreResult } from '../../engine/types';
import { parsePercentage } from '../../engine/values';
import { a1, cellRef, columnLetter } from '../address';
import type { Diagnostic, FigureCheck, ReadResult, SheetGrid } from '../types';
import { isPercentKind, levelOfKind, type OutputPlacement, type UserFigureColumn } from './columns';
import { toPoints } from './figures';
import { flattenScores } from './walk';

/** Differences up to this many percent points are rounding, not disagreement. */
export const CHECK_TOLERANCE = new Decimal('0.01');

function computedFigure(column: UserFigureColumn, scored: ScoredNode): Decimal | null {
  return column.kind === 'strategic.targetAchievement' ? scored.targetAchievement : scored.achievement;
}

const shown = (d: Decimal | null): string => (d === null ? 'nessun valore' : formatPercent(d).replace(/%$/, ''));

export function figureChecks(read: ReadResult, score: ScoreResult, placement: OutputPlacement, grid: SheetGrid): FigureCheck[] {
  const checks: FigureCheck[] = [];
  const percentColumns = placement.userColumns.filter((u) => isPercentKind(u.kind));
  if (percentColumns.length === 0) return checks;
  const flat = flattenScores(score);
  for (const column of percentColumns) {
    const level = levelOfKind(column.kind);
    for (const { scored } of flat) {
      if (scored.node.level !== level) continue;
      const loc = read.locations.get(scored.node.id);
      if (!loc) continue;
      const cell = grid.cells[loc.row]?.[column.col];
      if (!cell || cell.value === null || cell.value === undefined || cell.value === '') continue;
      const parsed = parsePercentage(cell);
      if (!parsed.ok) continue;
      const sheetValue = parsed.value;
      const computed = computedFigure(column, scored);
      if (computed !== null && sheetValue.minus(computed).abs().lte(CHECK_TOLERANCE)) continue;
      const where = a1(loc.row, column.col);
      const replacement = column.replacement === null ? null : cellRef(read.sheet, loc.row, column.replacement);
      const beside = column.replacement === null ? '' : ` (colonna ${columnLetter(column.replacement)})`;
      checks.push({
        cell: cellRef(read.sheet, loc.row, column.col),
        computedCell: replacement,
        nodeCode: scored.node.code,
        sheetValue: toPoints(sheetValue)!,
        computed: toPoints(computed),
        message: `Verifica: la percentuale in ${where} è ${shown(sheetValue)}, il calcolo dà ${shown(computed)}${beside}`,
      });
    }
  }
  return checks;
}

/** One warning per figure column of the user's that the add-in leaves alone, saying where its figures go. */
export function userColumnWarnings(sheet: string, headerRow: number, placement: OutputPlacement): Diagnostic[] {
  return placement.userColumns.map((u) => {
    const ref = cellRef(sheet, headerRow, u.col);
    const where = u.replacement === null ? 'non sono scritti' : `vanno nella colonna ${columnLetter(u.replacement)}`;
    return {
      severity: 'warning' as const,
      cell: ref,
      code: 'user-figure-column',
      message: `${ref}: la colonna ${columnLetter(u.col)} («${u.header}») contiene valori o formule inseriti nel foglio: il componente aggiuntivo non la modifica e i risultati del calcolo ${where}.`,
    };
  });
}
