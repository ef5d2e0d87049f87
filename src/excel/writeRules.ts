/**
 * Status colours as conditional formats: the add-in's earlier rules (formula with RULE_MARKER) are
 * deleted, the user's own are left alone, and each planned rule becomes one custom rule.
 */
import type { ConditionalFormatRule } from '../layout/types';

export function queueDeleteRules(rules: Excel.ConditionalFormat[]): void {
  for (const rule of rules) rule.delete();
}

export function queueRules(sheet: Excel.Worksheet, rules: ConditionalFormatRule[]): void {
  for (const rule of rules) {
    const cf = sheet.getRange(rule.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = rule.fill;
    if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
  }
}
