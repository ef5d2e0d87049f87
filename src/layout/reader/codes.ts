/**
 * Codes of objectives and actions. Codes are hierarchical (SMVP Sondrio: "3.4.1" under "3.4" under
 * "3"; 2018: "1.1a", "2.1c bis", "2.2e e 2.2f" under "1.1" / "2.1" / "2.2"), so a node's parents
 * come from its code prefix, not from the row it sits on.
 */

export interface ParsedCode {
  /** numeric parts: "2.1c bis" -> [2, 1] */
  numbers: number[];
  /** letter suffix: "2.1c bis" -> "c" */
  letter: string | null;
}

const CODE_RE = /^(?:azione|az\.?|obiettivo|ob\.?|kpi)?\s*(\d+(?:\s*\.\s*\d+)*)\.?\s*([a-z])?(?![a-z])/i;

/** Code text as stored: trimmed, single spaces, no trailing dot ("1.1." -> "1.1"). */
export function cleanCode(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/** Key for comparing codes: clean and lower case. */
export function codeKey(text: string): string {
  return cleanCode(text).toLowerCase();
}

/** Structure of a code, or null when it is not a dotted number ("A1", "OS-1"). */
export function parseCode(text: string): ParsedCode | null {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const m = CODE_RE.exec(cleanCode(text));
  const parsed = m ? { numbers: m[1].split('.').map((p) => parseInt(p.trim(), 10)), letter: m[2] ? m[2].toLowerCase() : null } : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, parsed);
  return parsed;
}

const memo = new Map<string, ParsedCode | null>();
const MEMO_LIMIT = 20000;

/** Code of the strategic objective a code belongs to: its first number ("3.4.1" -> "3"). */
export function strategicPrefix(code: string): string | null {
  const p = parseCode(code);
  return p ? String(p.numbers[0]) : null;
}

/** Code of the operational objective an action code belongs to: "3.4.1" -> "3.4", "1.1a" -> "1.1". */
export function operationalPrefix(actionCode: string): string | null {
  const p = parseCode(actionCode);
  if (!p) return null;
  if (p.letter) return p.numbers.join('.');
  return p.numbers.length >= 2 ? p.numbers.slice(0, -1).join('.') : null;
}

/** True for dotted numeric codes, whose prefixes can be trusted to name parents. */
export function isStructuredCode(code: string | null): boolean {
  return code !== null && parseCode(code) !== null;
}
