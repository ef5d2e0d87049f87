/**
 * Tolerant word comparison for headers: singular/plural ("obiettivo"/"obiettivi", "soglia"/"soglie")
 * and one typo on words of five or more letters ("Obbiettivi", "Risultao").
 */

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** Drops a final vowel so that singular and plural forms meet: "azioni" -> "azion". */
function stem(word: string): string {
  return word.length >= 4 && /[aeio]$/.test(word) ? word.slice(0, -1) : word;
}

/** `word` (from a cell, normalised) matches `keyword` (from the vocabulary). */
export function wordMatches(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  const a = stem(word);
  const b = stem(keyword);
  if (a === b) return true;
  if (word.length >= 5 && keyword.length >= 5) return editDistanceAtMost(a, b, 1);
  return false;
}
