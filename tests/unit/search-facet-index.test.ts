// The in-memory facet index against a brute-force reading of the same rows:
// disjunctive counts, totals, paging and orders must be exactly what the SQL
// engine defines (facet counts with the facet's own selection off).
import { describe, expect, it } from "vitest";
import { FACETS, type Facet, type SearchFilters } from "@/lib/search/engine";
import { searchIndex, type FacetIndex, type IndexSearch } from "@/lib/search/facet-index";
import { buildIndex } from "@/lib/search/index-build";
import type { TextMatches } from "@/lib/search/text-index";

type Row = { id: string; values: Record<Facet, string[]>; updated: number; title: string };

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const POOL: Record<Facet, string[]> = {
  stage: ["IDEA", "PILOT", "SCALE"],
  theme: ["t1", "t2", "t3", "t4"],
  targetGroup: ["g1", "g2", "g3"],
  region: ["RIGA", "KURZEME"],
  status: ["ACTIVE", "ENDED"],
  implementerType: ["NGO", "MUNI"],
  supporter: ["s1", "s2", "s3", "s4", "s5"],
  startYear: ["2019", "2020", "2021"],
};
const SCALAR = new Set<Facet>(["stage", "status"]);

function makeRows(n: number, seed: number): Row[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `id${String(i).padStart(3, "0")}`,
    values: Object.fromEntries(
      FACETS.map((f) => {
        const pool = POOL[f];
        if (SCALAR.has(f)) return [f, [pool[Math.floor(r() * pool.length)]!]];
        // nullable scalars and arrays: zero, one or several values
        const max = f === "region" || f === "startYear" ? 1 : pool.length;
        return [f, pool.filter(() => r() < 0.4).slice(0, max)];
      }),
    ) as Record<Facet, string[]>,
    updated: Math.floor(r() * 5), // ties on purpose: id breaks them
    title: ["Ābele", "abols", "Čiekurs", "cits", "Zivs"][Math.floor(r() * 5)]!,
  }));
}

function indexOf(rows: Row[]): FacetIndex {
  const index = buildIndex("1", [
    rows.map((r, seq) => ({ seq, facets: r.values, document: [], title: [], updated: r.updated, id: r.id })),
  ]);
  const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const title = Int32Array.from(
    rows
      .map((_, i) => i)
      .sort((a, b) => rows[a]!.title.localeCompare(rows[b]!.title, "lv") || byId(rows[a]!, rows[b]!)),
  );
  index.titleOrders = { lv: title, en: title };
  return index;
}

/** The definition, read literally: per facet, filter by every other facet, then count. */
function bruteForce(rows: Row[], filters: SearchFilters) {
  const passes = (row: Row, f: Facet) => {
    const sel = filters[f];
    return !sel?.length || row.values[f].some((v) => sel.includes(v));
  };
  const results = rows.filter((row) => FACETS.every((f) => passes(row, f)));
  const facets = Object.fromEntries(
    FACETS.map((f) => {
      const counts = new Map<string, number>();
      for (const row of rows) {
        if (!FACETS.every((g) => g === f || passes(row, g))) continue;
        for (const v of row.values[f]) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return [f, Object.fromEntries(counts)];
    }),
  );
  return { results, facets };
}

const asRecord = (list: { value: string; count: number }[]) => Object.fromEntries(list.map((v) => [v.value, v.count]));
/** The index's page as row ids (seq = row number here). */
const ids = (rows: Row[], seqs: number[]) => seqs.map((s) => rows[s]!.id);
const search = (over: Partial<IndexSearch>): IndexSearch => ({
  filters: {},
  sort: "newest",
  locale: "lv",
  offset: 0,
  limit: 1000,
  ...over,
});

describe("in-memory facet index", () => {
  const rows = makeRows(300, 7);
  const index = indexOf(rows);

  it("counts every facet disjunctively, equal to the literal definition, for many filter combinations", () => {
    const r = rng(99);
    for (let trial = 0; trial < 200; trial++) {
      const filters: SearchFilters = {};
      for (const f of FACETS) if (r() < 0.35) filters[f] = POOL[f].filter(() => r() < 0.5);
      const got = searchIndex(index, null, search({ filters }));
      const want = bruteForce(rows, filters);
      expect(got.total).toBe(want.results.length);
      for (const f of FACETS) expect({ f, counts: asRecord(got.facets[f]) }).toEqual({ f, counts: want.facets[f] });
    }
  });

  it("counts right when a selected value is on no row, alone or beside another facet", () => {
    for (const filters of [
      { theme: ["nowhere"] },
      { theme: ["nowhere"], stage: ["IDEA"] },
      { stage: ["IDEA", "nowhere"] },
      { supporter: ["s1"], region: ["nowhere"], status: ["ENDED"] },
    ] as SearchFilters[]) {
      const got = searchIndex(index, null, search({ filters }));
      const want = bruteForce(rows, filters);
      expect(got.total).toBe(want.results.length);
      for (const f of FACETS) expect({ f, counts: asRecord(got.facets[f]) }).toEqual({ f, counts: want.facets[f] });
    }
  });

  it("answers the unfiltered listing from its kept counts, the same every time and unaffected by callers", () => {
    const first = searchIndex(index, null, search({ sort: "newest", limit: 20 }));
    const want = bruteForce(rows, {});
    expect(first.total).toBe(rows.length);
    for (const f of FACETS) expect(asRecord(first.facets[f])).toEqual(want.facets[f]);
    first.facets.stage.length = 0;
    const again = searchIndex(index, null, search({ sort: "newest", offset: 20, limit: 20 }));
    expect(asRecord(again.facets.stage)).toEqual(want.facets.stage);
    expect(again.pageSeqs).toEqual([...index.newest.slice(20, 40)]);
  });

  it("restricts everything to the text matches and orders relevance by bucket, then newest", () => {
    const matchedRows = [5, 17, 42, 99, 150, 151, 200, 299];
    const buckets = [0, 2, 1, 3, 2, 1, 0, 3];
    const text: TextMatches = { rows: Int32Array.from(matchedRows), buckets: Uint8Array.from(buckets) };
    const subset = matchedRows.map((i) => rows[i]!);
    const got = searchIndex(index, text, search({ sort: "relevance" }));
    const want = bruteForce(subset, {});
    expect(got.total).toBe(subset.length);
    for (const f of FACETS) expect(asRecord(got.facets[f])).toEqual(want.facets[f]);
    const expected = matchedRows
      .map((row, i) => ({ row, bucket: buckets[i]! }))
      .sort((a, b) => b.bucket - a.bucket || index.newest.indexOf(a.row) - index.newest.indexOf(b.row))
      .map((m) => rows[m.row]!.id);
    expect(ids(rows, got.pageSeqs)).toEqual(expected);
    const paged = [0, 1, 2].flatMap((p) =>
      ids(rows, searchIndex(index, text, search({ sort: "relevance", offset: p * 3, limit: 3 })).pageSeqs),
    );
    expect(paged).toEqual(expected);
  });

  it("counts words that match most rows the same way as words that match few, with and without facets", () => {
    const r = rng(5);
    const matchedRows = rows.map((_, i) => i).filter(() => r() < 0.8);
    const text: TextMatches = {
      rows: Int32Array.from(matchedRows),
      buckets: Uint8Array.from(matchedRows.map(() => Math.floor(r() * 4))),
    };
    const subset = matchedRows.map((i) => rows[i]!);
    for (const filters of [{}, { theme: ["t1"] }, { stage: ["IDEA"], region: ["RIGA"] }] as SearchFilters[]) {
      const got = searchIndex(index, text, search({ filters, sort: "relevance" }));
      const want = bruteForce(subset, filters);
      expect(got.total).toBe(want.results.length);
      for (const f of FACETS) expect({ f, counts: asRecord(got.facets[f]) }).toEqual({ f, counts: want.facets[f] });
      expect(new Set(ids(rows, got.pageSeqs))).toEqual(new Set(want.results.slice(0, 1000).map((row) => row.id)));
    }
  });

  it("pages through one stable order, newest first with id breaking ties, and past the end returns nothing", () => {
    const filters: SearchFilters = { theme: ["t1", "t2"] };
    const all = bruteForce(rows, filters)
      .results.sort((a, b) => b.updated - a.updated || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);
    const pages = [0, 1, 2, 3].flatMap((p) =>
      ids(rows, searchIndex(index, null, search({ filters, offset: p * 20, limit: 20 })).pageSeqs),
    );
    expect(pages).toEqual(all.slice(0, 80));
    expect(searchIndex(index, null, search({ filters, offset: 10_000, limit: 20 })).pageSeqs).toEqual([]);
  });

  it("sorts by title in the index's collation order", () => {
    const titles = searchIndex(index, null, search({ sort: "title" })).pageSeqs.map((s) => rows[s]!.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "lv")));
  });

  it("matches nothing for values the data never has, and reads years as integers like the SQL cast", () => {
    expect(searchIndex(index, null, search({ filters: { stage: ["' OR 1=1 --"] } })).total).toBe(0);
    const years = searchIndex(index, null, search({ filters: { startYear: ["2020.0", "x"] } }));
    expect(years.total).toBe(rows.filter((r) => r.values.startYear.includes("2020")).length);
  });
});
