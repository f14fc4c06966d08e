// Following a write by patching the previous index (drop the changed rows, add
// their new state) must give exactly what reading every row again gives:
// same totals, facet counts, pages in every order, and text matches.
import { describe, expect, it } from "vitest";
import { FACETS, type Facet, type SearchFilters } from "@/lib/search/engine";
import { searchIndex, type FacetIndex } from "@/lib/search/facet-index";
import { buildIndex, patchIndex, type IndexRow } from "@/lib/search/index-build";
import { buildTextQuery } from "@/lib/search/text";
import { matchText } from "@/lib/search/text-index";

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const POOL: Record<Facet, string[]> = {
  stage: ["IDEA", "PILOT", "SCALE"],
  theme: ["t1", "t2", "t3"],
  targetGroup: ["g1", "g2"],
  region: ["RIGA", "LATGALE"],
  status: ["ACTIVE", "ENDED"],
  implementerType: ["NGO", "MUNI"],
  supporter: ["s1", "s2", "s3", "s4"],
  startYear: ["2020", "2021"],
};
const WORDS = ["seniori", "kopiena", "kopienas", "digitālās", "prasmes", "dārzs", "jaunieši"];

function row(seq: number, r: () => number, version = 0): IndexRow {
  const some = (list: string[]) => list.filter(() => r() < 0.4);
  const one = (list: string[]) => [list[Math.floor(r() * list.length)]!];
  const words = some(WORDS);
  return {
    seq,
    facets: Object.fromEntries(
      FACETS.map((f) => [
        f,
        f === "stage" || f === "status"
          ? one(POOL[f])
          : some(POOL[f]).slice(0, f === "region" || f === "startYear" ? 1 : 9),
      ]),
    ) as Record<Facet, string[]>,
    document: [...words, `v${version}`],
    title: words.slice(0, 1),
    updated: Math.floor(r() * 5) * 1_000_000,
    id: `id${String(seq).padStart(4, "0")}-${version}`,
  };
}

/** What a search over the index returns, in every order the engine offers, plus word matches. */
function observe(index: FacetIndex, filters: SearchFilters) {
  const pages = (["newest", "relevance"] as const).map(
    (sort) => searchIndex(index, null, { filters, sort, locale: "lv", offset: 0, limit: 1000 }).pageSeqs,
  );
  const result = searchIndex(index, null, { filters, sort: "newest", locale: "lv", offset: 0, limit: 5 });
  const textPages = ["kopien", "v0", "v1", "v2"].map((word) => {
    const text = matchText(index.text, buildTextQuery([{ word, typos: [], last: true }])!, index.seqs.length, true);
    return searchIndex(index, text, { filters, sort: "relevance", locale: "lv", offset: 0, limit: 1000 }).pageSeqs;
  });
  // value order inside a facet is the engine's to set (postgres.ts sorts by count): compare counts
  const facets = Object.fromEntries(
    FACETS.map((f) => [f, Object.fromEntries(result.facets[f].map((v) => [v.value, v.count]))]),
  );
  return { total: result.total, facets, pages, textPages };
}

describe("patching the in-memory index after a write", () => {
  it("equals a full rebuild after updates, unpublishing and new rows, for many filter combinations", () => {
    const r = rng(11);
    const before = Array.from({ length: 200 }, (_, i) => row(i + 1, r));
    // 30 rows change, 20 are unpublished (gone), 15 are new (higher seqs)
    const changed = before.filter(() => r() < 0.15).map((old) => row(old.seq, r, 1));
    const gone = new Set(before.filter(() => r() < 0.1).map((old) => old.seq));
    for (const c of changed) gone.delete(c.seq);
    const added = Array.from({ length: 15 }, (_, i) => row(500 + i, r, 2));
    const after = [
      ...before.filter((old) => !gone.has(old.seq)).map((old) => changed.find((c) => c.seq === old.seq) ?? old),
      ...added,
    ];

    const patched = patchIndex(
      buildIndex("1", [before]),
      [...changed.map((c) => c.seq), ...gone, ...added.map((a) => a.seq)],
      [...changed, ...added],
      "2",
    );
    const rebuilt = buildIndex("2", [after]);
    expect(patched.version).toBe("2");
    expect([...patched.seqs].sort((a, b) => a - b)).toEqual(after.map((a) => a.seq).sort((a, b) => a - b));

    const fr = rng(5);
    for (let trial = 0; trial < 60; trial++) {
      const filters: SearchFilters = {};
      for (const f of FACETS) if (fr() < 0.3) filters[f] = POOL[f].filter(() => fr() < 0.5);
      expect(observe(patched, filters)).toEqual(observe(rebuilt, filters));
    }
    // the old words of a changed row no longer find it; its new ones do
    const v1 = matchText(
      patched.text,
      buildTextQuery([{ word: "v1", typos: [], last: false }])!,
      patched.seqs.length,
      false,
    );
    expect([...v1.rows].map((row) => patched.seqs[row]).sort((a, b) => a! - b!)).toEqual(
      changed.map((c) => c.seq).sort((a, b) => a - b),
    );
  });

  it("leaves the previous index untouched for searches still using it", () => {
    const r = rng(3);
    const rows = Array.from({ length: 50 }, (_, i) => row(i + 1, r));
    const previous = buildIndex("1", [rows]);
    const seen = observe(previous, {});
    patchIndex(previous, [1, 2, 3], [row(2, r, 1)], "2");
    expect(observe(previous, {})).toEqual(seen);
  });
});
