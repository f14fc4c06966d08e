// The PostgreSQL engine's facet counts, paging and sorting, done in memory
// over a compact copy of what every search reads per published innovation
// (facet values as small integer codes, precomputed sort orders, the
// lexemes of its search vectors for text-index.ts). Counting
// disjunctive facets over 100 000 rows takes a few milliseconds here against
// hundreds in SQL, where each facet would need its own grouping pass. The
// copy follows PostgreSQL whenever the data version changes
// (facet-index-load.ts), so every process can keep its own and none serves
// data older than the last commit.
// No database access here: unit-tested with hand-built data.
import type { Locale } from "@/lib/i18n/routing";
import { FACETS, type Facet, type FacetCounts, type SearchFilters, type SearchSort } from "./engine";
import { flatCodes, valueRows } from "./facet-layouts";
import type { Postings, TextMatches } from "./text-index";

/** One facet's values per row: row r has codes[offsets[r] .. offsets[r + 1]), indexes into `values`. */
export type FacetColumn = { values: string[]; offsets: Int32Array; codes: Int32Array };

export type FacetIndex = {
  /** Data version (see the search_memory migration) this copy was read at. */
  version: string;
  /** row → search_seq (rows are the published innovations) */
  seqs: Int32Array;
  /** search_seq → row, -1 where no published row has that seq. */
  rowOfSeq: Int32Array;
  columns: Record<Facet, FacetColumn>;
  /** Rows by updatedAt DESC, id ASC (also the order inside a relevance bucket). */
  newest: Int32Array;
  /** Per row: updatedAt in microseconds and the id, the keys of `newest` (kept for patching). */
  updated: Float64Array;
  ids: string[];
  /**
   * Rows by title in Latvian collation, id ASC (English: the English title,
   * falling back to the Latvian one). Read on the first title sort, since
   * collating every title is the dearest part of a rebuild (facet-index-load.ts).
   */
  titleOrders: Partial<Record<Locale, Int32Array>>;
  /** Posting lists of the rows' search vectors (text-index.ts). */
  text: { document: Postings; title: Postings };
};

export type IndexSearch = {
  filters: SearchFilters;
  sort: SearchSort;
  locale: Locale;
  offset: number;
  limit: number;
};

export type IndexResult = { total: number; pageSeqs: number[]; facets: FacetCounts };

/** Selected values as a lookup by code; values the data never has select nothing (as in SQL). */
function selection(facet: Facet, column: FacetColumn, selected: string[]): Uint8Array {
  const wanted = new Set(
    facet === "startYear"
      ? selected.map(Number).filter(Number.isInteger).map(String) // as the SQL engine's ::int[] cast
      : selected,
  );
  const lookup = new Uint8Array(column.values.length);
  column.values.forEach((v, code) => {
    if (wanted.has(v)) lookup[code] = 1;
  });
  return lookup;
}

/**
 * Total, one page of ids and disjunctive facet counts: a row counts for facet
 * f when it passes every selected facet, or fails only f's own selection.
 */
export function searchIndex(index: FacetIndex, text: TextMatches | null, query: IndexSearch): IndexResult {
  const selected = FACETS.filter((f) => (query.filters[f]?.length ?? 0) > 0);
  // The unfiltered listing (the page most visitors open) is the same for every visitor until the data changes.
  if (!text && selected.length === 0) {
    const all = unfilteredCounts(index, query);
    // callers sort and may change the lists: each gets its own copy
    const facets = Object.fromEntries(FACETS.map((f) => [f, all.facets[f].map((v) => ({ ...v }))])) as FacetCounts;
    return { total: all.total, facets, pageSeqs: page(index, all.matched, all.perBucket, all.total, false, query) };
  }
  const { total, facets, matched, perBucket } = countAndMark(index, text, selected, query);
  return { total, pageSeqs: page(index, matched, perBucket, total, text !== null, query), facets };
}

/** `raw`: every facet's counts side by side (facet s from flatCodes(index).base[s]). */
type Counted = { total: number; facets: FacetCounts; matched: Uint8Array; perBucket: Int32Array; raw: Int32Array };
const unfiltered = new WeakMap<FacetIndex, Counted>();

function unfilteredCounts(index: FacetIndex, query: IndexSearch): Counted {
  let all = unfiltered.get(index);
  if (!all) unfiltered.set(index, (all = countAndMark(index, null, [], query)));
  return all;
}

function countAndMark(index: FacetIndex, text: TextMatches | null, selected: Facet[], query: IndexSearch): Counted {
  const n = index.seqs.length;
  const selCols = selected.map((f) => index.columns[f]);
  const selLookups = selected.map((f, j) => selection(f, selCols[j]!, query.filters[f]!));
  const allCols = FACETS.map((f) => index.columns[f]);
  const flat = flatCodes(index);
  // every facet's counts in one array (facet s from flat.base[s]), so a result row is counted in one loop
  const allCounts = new Int32Array(flat.size);
  const facetSlot = selected.map((f) => FACETS.indexOf(f));
  /** 0 = not a result; else bucket + 1. */
  const matched = new Uint8Array(n);
  const perBucket = new Int32Array(256);
  let total = 0;

  // Rows that can count anywhere: the text's matches, else those passing one
  // of the two most selective facets (a row failing both fails two facets and
  // counts nowhere), read off the value postings rather than scanning every row.
  const candidates = text ? text.rows : selected.length > 0 ? driverRows(index, selected, selLookups) : null;
  // One facet and no text: the rows failing it (not read) count only for that
  // facet, whose counts are then those of the unfiltered listing.
  const alone = !text && selected.length === 1;
  // Words alone that match most rows (common words, typo variants, prefixes
  // while typing) are counted as everything minus the rows they miss.
  const fromComplement = text !== null && selected.length === 0 && text.rows.length > n / 2;
  const count = candidates ? candidates.length : n;
  for (let i = 0; i < count; i++) {
    const row = candidates ? candidates[i]! : i;
    let misses = 0;
    let missed = -1;
    for (let j = 0; j < selCols.length; j++) {
      const col = selCols[j]!;
      const lookup = selLookups[j]!;
      let pass = false;
      for (let k = col.offsets[row]!, end = col.offsets[row + 1]!; k < end; k++) {
        if (lookup[col.codes[k]!]) {
          pass = true;
          break;
        }
      }
      if (!pass && ++misses > 1) break;
      if (!pass) missed = j;
    }
    if (misses > 1) continue;
    if (misses === 1) {
      if (alone) continue;
      const slot = facetSlot[missed]!;
      const col = allCols[slot]!;
      const base = flat.base[slot]!;
      for (let k = col.offsets[row]!, end = col.offsets[row + 1]!; k < end; k++) allCounts[base + col.codes[k]!]!++;
      continue;
    }
    total++;
    const mark = text ? Math.min(text.buckets[i]!, 254) + 1 : 1;
    matched[row] = mark;
    perBucket[mark]!++;
    if (fromComplement) continue;
    for (let k = flat.offsets[row]!, end = flat.offsets[row + 1]!; k < end; k++) allCounts[flat.codes[k]!]!++;
  }
  if (fromComplement) {
    // all rows' counts less those of the rows the words do not match
    allCounts.set(unfilteredCounts(index, query).raw);
    for (let row = 0; row < n; row++) {
      if (matched[row] !== 0) continue;
      for (let k = flat.offsets[row]!, end = flat.offsets[row + 1]!; k < end; k++) allCounts[flat.codes[k]!]!--;
    }
  }
  if (alone) {
    const s = facetSlot[0]!;
    const from = flat.base[s]!;
    allCounts.set(unfilteredCounts(index, query).raw.subarray(from, from + allCols[s]!.values.length), from);
  }
  const counts = allCols.map((c, s) => allCounts.subarray(flat.base[s]!, flat.base[s]! + c.values.length));

  const facets = Object.fromEntries(
    FACETS.map((f, s) => {
      const c = counts[s]!;
      const values = allCols[s]!.values;
      const list: { value: string; count: number }[] = [];
      for (let code = 0; code < c.length; code++)
        if (c[code]! > 0) list.push({ value: values[code]!, count: c[code]! });
      return [f, list];
    }),
  ) as FacetCounts;

  return { total, facets, matched, perBucket, raw: allCounts };
}

/** Rows passing the one or two selected facets whose selected values cover the fewest rows, each once. */
function driverRows(index: FacetIndex, selected: Facet[], lookups: Uint8Array[]): Int32Array {
  const postings = valueRows(index);
  const drivers = selected
    .map((f, j) => {
      const { offsets } = postings[FACETS.indexOf(f)]!;
      let size = 0;
      lookups[j]!.forEach((on, code) => {
        if (on) size += offsets[code + 1]! - offsets[code]!;
      });
      return { j, f, size };
    })
    .sort((a, b) => a.size - b.size)
    .slice(0, 2);
  const seen = new Uint8Array(index.seqs.length);
  const out = new Int32Array(drivers.reduce((sum, d) => sum + d.size, 0));
  let m = 0;
  for (const { j, f } of drivers) {
    const { offsets, rows } = postings[FACETS.indexOf(f)]!;
    const lookup = lookups[j]!;
    for (let code = 0; code < lookup.length; code++) {
      if (!lookup[code]) continue;
      for (let k = offsets[code]!, end = offsets[code + 1]!; k < end; k++) {
        const row = rows[k]!;
        if (!seen[row]) {
          seen[row] = 1;
          out[m++] = row;
        }
      }
    }
  }
  return out.subarray(0, m);
}

function page(
  index: FacetIndex,
  matched: Uint8Array,
  perBucket: Int32Array,
  total: number,
  hasText: boolean,
  query: IndexSearch,
): number[] {
  const ids: number[] = [];
  if (query.offset >= total || query.limit <= 0) return ids;
  let skip = query.offset;
  /** Rows of `order` that are results (want 0) or results of one relevance bucket (want bucket + 1). */
  const take = (order: Int32Array, want: number) => {
    for (let i = 0; i < order.length && ids.length < query.limit; i++) {
      const row = order[i]!;
      const m = matched[row]!;
      if (m === 0 || (want !== 0 && m !== want)) continue;
      if (skip > 0) skip--;
      else ids.push(index.seqs[row]!);
    }
  };
  if (query.sort === "title") {
    const order = index.titleOrders[query.locale];
    if (!order) throw new Error(`facet index: title order (${query.locale}) not loaded`);
    take(order, 0);
  } else if (query.sort === "relevance" && hasText) {
    for (let want = 255; want > 0 && ids.length < query.limit; want--) {
      if (perBucket[want] === 0) continue;
      // a bucket wholly before the page is skipped without a scan
      if (skip >= perBucket[want]!) skip -= perBucket[want]!;
      else take(index.newest, want);
    }
  } else take(index.newest, 0);
  return ids;
}
