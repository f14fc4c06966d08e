// Pure text helpers of the PostgreSQL engine: query words, typo distance and
// the term groups built from them. No database access, so they are unit-tested.

/** Longer queries are cut: nobody types more, and each word costs a lookup. */
const MAX_QUERY_WORDS = 8;
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

/**
 * Optimal-string-alignment distance, stopping early once it exceeds `max`:
 * insertions, deletions, substitutions and swaps of neighbours each count as
 * one typo, as in Meilisearch.
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

/** One query word after normalisation, with the lexicon words it may be a typo of. */
export type ResolvedWord = { word: string; typos: string[]; last: boolean };

/** Lexicon candidates that are within one typo of the word (not the word itself). */
export function typoCandidates(word: string, candidates: string[]): string[] {
  if ([...word].length < TYPO_MIN_LENGTH) return [];
  return candidates.filter((c) => c !== word && editDistanceWithin(word, c, 1));
}

/** A lexeme of the search vectors, or every lexeme starting with it. */
type TextTerm = { lexeme: string; prefix: boolean };
/** One query word: a document matches it when it has any of the terms. */
export type TextGroup = TextTerm[];
/**
 * `full` needs every word, allowing its typos and the last word as a prefix
 * (what a document must contain to match); `exact` drops the typo
 * alternatives, so exact hits can rank first.
 */
export type TextQuery = { full: TextGroup[]; exact: TextGroup[] };

/** The query's groups, or null when no word is left (e.g. a query of punctuation only). */
export function buildTextQuery(words: ResolvedWord[]): TextQuery | null {
  const usable = words.filter((w) => w.word.length > 0);
  if (usable.length === 0) return null;
  const term = (lexeme: string, last: boolean): TextTerm => ({
    lexeme,
    prefix: last && [...lexeme].length >= PREFIX_MIN_LENGTH,
  });
  return {
    full: usable.map((w) => [term(w.word, w.last), ...w.typos.map((t) => term(t, w.last))]),
    exact: usable.map((w) => [term(w.word, w.last)]),
  };
}
