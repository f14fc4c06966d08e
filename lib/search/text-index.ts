// Which rows of the in-memory index (facet-index.ts) a text query matches,
// from posting lists of the lexemes PostgreSQL put in the search vectors
// (unaccented, lower-cased, `simple` configuration; see the search
// migrations). PostgreSQL keeps normalising the text and proposing typo
// candidates from its trigram lexicon; evaluating the words here instead of
// with a tsquery saves sending tens of thousands of matching row numbers
// per query at 100 000 innovations. No database access: unit-tested.
import type { TextGroup, TextQuery } from "./text";

/** Lexeme → rows containing it (ascending), plus the lexemes in sorted order for prefix lookups. */
export type Postings = { lists: Map<string, Int32Array>; sorted: string[] };

/** Rows a text query matched, with their relevance bucket (higher first; rows within a bucket newest first). */
export type TextMatches = { rows: Int32Array; buckets: Uint8Array };

type Growing = { rows: Int32Array; length: number };

/**
 * A copy of a string that does not point into the text it was cut from: V8
 * would keep a whole 5 MB chunk of read rows alive for one id or lexeme.
 */
export const detached = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * Collects postings row by row (rows must be added in ascending order), after
 * the kept rows of a previous index's postings (renumbered by `newRow`, -1
 * for a row that is dropped), so following a write needs no re-reading.
 */
export function createPostingsBuilder(seed?: { from: Postings; newRow: Int32Array }) {
  const lists = new Map<string, Growing>();
  if (seed) {
    for (const [lexeme, rows] of seed.from.lists) {
      const kept = new Int32Array(rows.length);
      let length = 0;
      for (let i = 0; i < rows.length; i++) {
        const row = seed.newRow[rows[i]!]!;
        if (row >= 0) kept[length++] = row;
      }
      if (length > 0) lists.set(lexeme, { rows: kept, length });
    }
  }
  return {
    add(lexeme: string, row: number) {
      let list = lists.get(lexeme);
      if (!list) lists.set(detached(lexeme), (list = { rows: new Int32Array(4), length: 0 }));
      else if (list.rows[list.length - 1] === row) return; // a lexeme listed twice for one row
      if (list.length === list.rows.length) {
        const bigger = new Int32Array(list.rows.length * 2);
        bigger.set(list.rows);
        list.rows = bigger;
      }
      list.rows[list.length++] = row;
    },
    finish(): Postings {
      const done = new Map<string, Int32Array>();
      for (const [lexeme, list] of lists)
        done.set(lexeme, list.length === list.rows.length ? list.rows : list.rows.slice(0, list.length));
      return { lists: done, sorted: [...done.keys()].sort() };
    },
  };
}

/** Lexemes equal to the term, or starting with it for a prefix term (PostgreSQL's `:*`). */
function lexemesOf(postings: Postings, term: TextGroup[number]): Int32Array[] {
  if (!term.prefix) {
    const list = postings.lists.get(term.lexeme);
    return list ? [list] : [];
  }
  const { sorted } = postings;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < term.lexeme) lo = mid + 1;
    else hi = mid;
  }
  const out: Int32Array[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(term.lexeme); i++)
    out.push(postings.lists.get(sorted[i]!)!);
  return out;
}

/**
 * Marks (in `into`, one slot per row) the rows that match every group with
 * `mark`; other slots keep their value. Groups are AND, terms inside a group OR.
 */
function markMatches(postings: Postings, groups: TextGroup[], rowCount: number, into: Uint8Array, mark: number) {
  const lists = groups.map((group) => group.flatMap((term) => lexemesOf(postings, term)));
  if (lists.some((l) => l.length === 0)) return;
  // Rows that passed the first g groups hold g; the rarest group goes first.
  lists.sort((a, b) => a.reduce((n, l) => n + l.length, 0) - b.reduce((n, l) => n + l.length, 0));
  const passed = new Uint16Array(rowCount);
  lists.forEach((group, g) => {
    for (const rows of group) {
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        if (passed[row] === g) passed[row] = g + 1;
      }
    }
  });
  for (let row = 0; row < rowCount; row++) if (passed[row] === lists.length) into[row] = mark;
}

/**
 * The rows a query matches in the documents, in row order. Ranked queries
 * also get buckets: 3 = every word exactly in the title, 1 = title match with
 * typos or prefixes, 0 = elsewhere (as in the document vector, which holds
 * the title's words too).
 */
export function matchText(
  text: { document: Postings; title: Postings },
  query: TextQuery,
  rowCount: number,
  ranked: boolean,
): TextMatches {
  // 0 = no match, else bucket + 1
  const state = new Uint8Array(rowCount);
  markMatches(text.document, query.full, rowCount, state, 1);
  if (ranked) {
    const title = new Uint8Array(rowCount);
    markMatches(text.title, query.full, rowCount, title, 2);
    markMatches(text.title, query.exact, rowCount, title, 4);
    for (let row = 0; row < rowCount; row++) if (state[row] && title[row]) state[row] = title[row]!;
  }
  let count = 0;
  for (let row = 0; row < rowCount; row++) if (state[row]) count++;
  const rows = new Int32Array(count);
  const buckets = new Uint8Array(count);
  for (let row = 0, i = 0; row < rowCount; row++) {
    if (!state[row]) continue;
    rows[i] = row;
    buckets[i++] = state[row]! - 1;
  }
  return { rows, buckets };
}
