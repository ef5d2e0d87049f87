/**
 * The add-in's conditional formats on a worksheet: its own rules (recognised by RULE_MARKER in the
 * formula) are removed and written again; the user's own rules are kept untouched.
 */
import type ExcelJS from 'exceljs';
import { RULE_MARKER, type ConditionalFormatRule } from '../layout/types';
import { argb } from './cellWrite';

type CfEntry = ExcelJS.ConditionalFormattingOptions;
type CfRule = ExcelJS.ConditionalFormattingRule;

function isOwnRule(rule: CfRule): boolean {
  const formulae = (rule as { formulae?: unknown[] }).formulae;
  return Array.isArray(formulae) && formulae.some((f) => typeof f === 'string' && f.includes(RULE_MARKER));
}

function entries(ws: ExcelJS.Worksheet): CfEntry[] {
  const holder = ws as unknown as { conditionalFormattings?: CfEntry[] };
  if (!Array.isArray(holder.conditionalFormattings)) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

/** Removes every rule whose formula carries the marker; drops entries left without rules. */
export function removeOwnRules(ws: ExcelJS.Worksheet): number {
  const list = entries(ws);
  let removed = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const entry = list[i];
    const kept = (entry.rules ?? []).filter((rule) => !isOwnRule(rule));
    removed += (entry.rules ?? []).length - kept.length;
    if (kept.length === 0) list.splice(i, 1);
    else entry.rules = kept;
  }
  return removed;
}

function highestPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  for (const entry of entries(ws)) for (const rule of entry.rules ?? []) max = Math.max(max, rule.priority ?? 0);
  return max;
}

/** exceljs wants the formula without "=" */
export function bareFormula(formula: string): string {
  return formula.trim().replace(/^=/, '');
}

export function addOwnRules(ws: ExcelJS.Worksheet, rules: ConditionalFormatRule[]): void {
  let priority = highestPriority(ws);
  for (const rule of rules) {
    const fill = argb(rule.fill);
    const style: Partial<ExcelJS.Style> = {
      // a differential fill uses bgColor; fgColor too for readers that look there
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill }, bgColor: { argb: fill } },
    };
    if (rule.fontColor) style.font = { color: { argb: argb(rule.fontColor) } };
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [{ type: 'expression', formulae: [bareFormula(rule.formula)], style, priority: ++priority }],
    });
  }
}

/** Own rules replaced, never duplicated: running it twice leaves the same rules. */
export function replaceOwnRules(ws: ExcelJS.Worksheet, rules: ConditionalFormatRule[]): void {
  removeOwnRules(ws);
  addOwnRules(ws, rules);
}
