// Pure text helpers shared by the engines and the tests: the query's words
// and the typo distance. No database access, so they are unit-tested.

/** Longer queries are cut (the rest is ignored, not an error): nobody types more, and each word costs a lookup. */
export const MAX_QUERY_WORDS = 10;
/** Words this long tolerate one typo (the Meilisearch default, too). */
export const TYPO_MIN_LENGTH = 5;
/** No real word is longer; PostgreSQL rejects lexemes over 2 KB. */
const MAX_WORD_LENGTH = 64;
/** The last word is matched as a prefix from this length (while typing). */
export const PREFIX_MIN_LENGTH = 2;

/** Splits on anything that is not a letter or digit, like PostgreSQL's parser does for plain words. */
export function queryWords(q: string): string[] {
  return q
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => [...w].slice(0, MAX_WORD_LENGTH).join(""));
}

/** Whether the query has more words than are searched. */
export const queryWordsCut = (q: string): boolean =>
  q
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean).length > MAX_QUERY_WORDS;

/**
 * Optimal-string-alignment distance, stopping early once it exceeds `max`:
 * insertions, deletions, substitutions and swaps of neighbours each count as
 * one typo, as in Meilisearch (and public.search_edit_distance in SQL).
 */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1]!;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return false;
    rows.push(row);
  }
  return rows[a.length]![b.length]! <= max;
}
