/**
 * Comparison signs and words in front of a value: they state the direction of a target.
 *  higher is better: `≥ 4,6`, `>= 75%`, `> 5`, `almeno 5`, `non meno di 5`, `minimo 5`, `min 5`
 *  lower is better:  `≤ -11,00`, `<= 30`, `< 30`, `non oltre 30 gg`, `non più di 30`, `max 30`, `massimo 30`,
 *                    `entro il 30/04/2019`, `entro luglio`, `Entro 3 mesi` (a deadline: earlier is better)
 */
import type { Direction } from '../types';

export interface ComparisonSplit {
  direction?: Direction;
  /** the text after the sign or word */
  rest: string;
}

const HIGHER_RE = /^(?:≥|>=|=>|>|(?:almeno|non\s+meno\s+di|non\s+inferiore\s+a|minimo|min\.?)\s)\s*/i;
const LOWER_RE =
  /^(?:≤|<=|=<|<|(?:entro|non\s+oltre)\s+l['’]|(?:non\s+oltre(?:\s+(?:il|la|lo))?|non\s+più\s+di|non\s+superiore\s+a|massimo|max\.?|fino\s+a|entro(?:\s+(?:il|la|lo))?)\s)\s*/i;

/** Splits a normalised text into a stated direction and the value text. */
export function splitComparison(text: string): ComparisonSplit {
  const higher = HIGHER_RE.exec(text);
  if (higher) return { direction: 'higher', rest: text.slice(higher[0].length) };
  const lower = LOWER_RE.exec(text);
  if (lower) return { direction: 'lower', rest: text.slice(lower[0].length) };
  return { rest: text };
}
