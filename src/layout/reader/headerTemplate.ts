/**
 * The header block found at the top of the sheet, used as a template to recognise its repeats
 * further down (page breaks of a printed cruscotto): a row repeats the header when its texts are the
 * top header's texts in the same columns. Tolerated: empty cells (a repeat may leave out a cell or a
 * merge), typos and other spellings of the same header ("Obbiettivi", "Risultao", "Codice" for
 * "cod."), and one cell that differs. Texts are compared, not counted as vocabulary words, so unknown
 * extra columns ("Note", "Risorse (€)") repeat like any other, and a data row, whose codes, titles and
 * values differ from the header texts, never passes.
 */
import type { SheetGrid } from '../types';
import { cellText } from './cellText';
import { editDistanceAtMost } from './fuzzy';
import { isStrongHeader, matchHeader, type HeaderMatch } from './matchHeader';
import type { MergeIndex } from './merges';
import { compactKey } from './normalise';

interface TemplateText {
  /** as shown */
  text: string;
  /** compactKey of the text */
  key: string;
  /** the digits of the key ("2022" in "Target 2022") and whether it has letters */
  digits: string;
  letters: boolean;
  match: HeaderMatch | null;
  /** a group or column header (not a bare year or level) */
  strong: boolean;
}

export interface RowComparison {
  /** non-empty cells whose text is the top header's in their column */
  agree: number;
  /** of which under a real header (group or column), not a bare year or level */
  strongAgree: number;
  /** non-empty cells whose text is not the top header's (counting stops past MAX_DIFFERENT) */
  disagree: number;
}

/** A repeated header row may have at most one cell that differs from the top header... */
const MAX_DIFFERENT = 1;
/** ... and then at least this many cells that agree. */
const AGREEING_PER_DIFFERENT = 4;

const STARTS_LIKE_A_VALUE = /^[\d.,+\-=]/;

/** Header wording is short and starts with a letter or "%" (codes, values and titles do not qualify). */
export function mayBeHeaderWording(text: string): boolean {
  return text.length > 0 && text.length <= 40 && !STARTS_LIKE_A_VALUE.test(text);
}

const LETTER = /\p{L}/u;
const NOT_DIGIT = /\D+/g;

function digitsOf(key: string): string {
  return key.replace(NOT_DIGIT, '');
}

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Two header cells saying the same thing in other words ("Codice" / "cod.", "Obiettivo strategico" / "Obiettivi strategici"). */
function sameMeaning(a: HeaderMatch, b: HeaderMatch): boolean {
  return (
    a.type === b.type &&
    a.level === b.level &&
    a.column === b.column &&
    a.output === b.output &&
    sameNumbers(a.years, b.years) &&
    sameNumbers(a.levels, b.levels)
  );
}

/** A cell's compact key, with what the typo test needs worked out once. */
class CellKey {
  private digitsText: string | null = null;
  private hasLetters: boolean | null = null;

  constructor(readonly key: string) {}

  get digits(): string {
    return (this.digitsText ??= digitsOf(this.key));
  }

  get letters(): boolean {
    return (this.hasLetters ??= LETTER.test(this.key));
  }

  /** Close enough to be the same header with a typo: one edit (two on long words), the same numbers. */
  nearly(t: TemplateText): boolean {
    const a = this.key;
    const b = t.key;
    const shorter = Math.min(a.length, b.length);
    if (shorter < 5 || Math.abs(a.length - b.length) > 2) return false;
    if (!t.letters || !this.letters || this.digits !== t.digits) return false;
    return editDistanceAtMost(a, b, shorter >= 12 ? 2 : 1);
  }
}

type Verdict = 'agree' | 'strong' | 'differ' | 'maybe';

export class HeaderTemplate {
  /** texts of the header rows in each column (a merged header spreads over the columns it covers) */
  private readonly texts: TemplateText[][];

  /** per column, the longest compact key of its texts */
  private readonly longest: number[];

  constructor(
    private readonly grid: SheetGrid,
    private readonly merges: MergeIndex,
    headerTop: number,
    headerBottom: number,
    private readonly width: number,
  ) {
    this.texts = [];
    this.longest = [];
    for (let c = 0; c < width; c++) {
      const list: TemplateText[] = [];
      for (let r = headerTop; r <= headerBottom; r++) {
        const text = cellText(merges.resolved(grid.cells, r, c));
        if (text === '' || list.some((t) => t.text === text)) continue;
        const match = matchHeader(text);
        const key = compactKey(text);
        list.push({ text, key, digits: digitsOf(key), letters: LETTER.test(key), match, strong: isStrongHeader(match) });
      }
      this.texts.push(list);
      this.longest.push(list.reduce((n, t) => Math.max(n, t.key.length), 0));
    }
  }

  /** Cheap tests first (same text, same compact key, a typo); 'maybe' when only the header meaning can tell. */
  private verdict(left: number, right: number, text: string): Verdict {
    let strong = false;
    let found = false;
    let longest = -1;
    for (let c = left; c <= right; c++) {
      const list = this.texts[c];
      if (list.length === 0) continue;
      longest = Math.max(longest, this.longest[c]);
      for (const t of list) {
        if (t.text === text) {
          found = true;
          strong = strong || t.strong;
        }
      }
    }
    if (found) return strong ? 'strong' : 'agree';
    // no header text above, or a text far longer than any (a title, a note): no need to look closer
    if (longest < 0 || (text.length > 40 && text.length > 3 * longest + 8)) return 'differ';
    const key = new CellKey(compactKey(text));
    let headerBelow = false;
    for (let c = left; c <= right; c++) {
      for (const t of this.texts[c]) {
        if (key.key !== '' && (t.key === key.key || key.nearly(t))) {
          found = true;
          strong = strong || t.strong;
        }
        if (t.match) headerBelow = true;
      }
    }
    if (found) return strong ? 'strong' : 'agree';
    return headerBelow && mayBeHeaderWording(text) ? 'maybe' : 'differ';
  }

  /** Same header meaning as one of the top texts in the columns (the slower test, on few cells). */
  private meaningVerdict(left: number, right: number, text: string): Verdict {
    const m = matchHeader(text);
    if (!m) return 'differ';
    let found = false;
    let strong = false;
    for (let c = left; c <= right; c++) {
      for (const t of this.texts[c]) {
        if (t.match && sameMeaning(m, t.match)) {
          found = true;
          strong = strong || t.strong;
        }
      }
    }
    return found ? (strong ? 'strong' : 'agree') : 'differ';
  }

  /** True when `text`, in the columns left..right, is the top header's text (or the same header typed otherwise). */
  agreesAt(left: number, right: number, text: string): boolean {
    const last = Math.min(right, this.width - 1);
    if (left > last || text === '') return false;
    const v = this.verdict(left, last, text);
    return v === 'maybe' ? this.meaningVerdict(left, last, text) !== 'differ' : v !== 'differ';
  }

  /**
   * Compares a row with the header rows, cell by cell; stops counting once too many cells differ.
   * Numbers are compared first: in a data row they differ at once, and cheaply.
   */
  compare(row: number): RowComparison {
    const out: RowComparison = { agree: 0, strongAgree: 0, disagree: 0 };
    const cells = this.grid.cells[row];
    if (!cells) return out;
    const end = Math.min(this.width, cells.length);
    let maybe: { left: number; right: number; text: string }[] | null = null;
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < end; c++) {
        const cell = cells[c];
        if (!cell || cell.value === null || cell.value === undefined) continue;
        if ((typeof cell.value === 'number') !== (pass === 0)) continue;
        if (this.merges.coveredBy(row, c)) continue;
        const text = cellText(cell);
        if (text === '') continue;
        const area = this.merges.areaAt(row, c);
        const right = area ? Math.min(area.right, this.width - 1) : c;
        const v = this.verdict(c, right, text);
        if (v === 'maybe') (maybe ??= []).push({ left: c, right, text });
        else count(out, v);
        if (out.disagree > MAX_DIFFERENT) return out;
      }
    }
    if (maybe) {
      for (const m of maybe) {
        count(out, this.meaningVerdict(m.left, m.right, m.text));
        if (out.disagree > MAX_DIFFERENT) return out;
      }
    }
    return out;
  }
}

function count(out: RowComparison, v: Verdict): void {
  if (v === 'differ') out.disagree++;
  else {
    out.agree++;
    if (v === 'strong') out.strongAgree++;
  }
}

/** Few enough cells differ for the agreeing ones. */
function fewDifferences(c: RowComparison): boolean {
  return c.disagree <= MAX_DIFFERENT && c.disagree * AGREEING_PER_DIFFERENT <= c.agree;
}

/** The row repeats the header: two cells or more as on top, one of them a real header word. */
export function repeatsHeader(c: RowComparison): boolean {
  return c.agree >= 2 && c.strongAgree >= 1 && fewDifferences(c);
}

/** Inside a repeated block, a following row ("2022 2023", "80% 60%") needs one cell as on top. */
export function continuesHeader(c: RowComparison): boolean {
  return c.agree >= 1 && fewDifferences(c);
}
