// The judged query set (bench/relevance-queries.json) as a contract: every
// query finds the records that are what it is about (grade 2) on its first
// page. recall@10 and nDCG@10 are printed by `npm run bench:relevance`, not
// asserted here. Meilisearch, where MEILI_URL is set, is held to the query
// types it matches its own way (all but Latvian word forms, which only the
// PostgreSQL engine's Hunspell dictionary knows).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SearchEngine } from "@/lib/search/engine";
import { createMeilisearchEngine } from "@/lib/search/meilisearch";
import { createPostgresEngine } from "@/lib/search/postgres";
import { loadJudgedSet, type QueryType } from "@/scripts/lib/relevance";

const MEILI_SKIP_REASON = "skipped: MEILI_URL not set, no Meilisearch server on this machine";
if (!env.MEILI_URL) console.warn(`search relevance (meilisearch): ${MEILI_SKIP_REASON}`);

const engines: { name: string; skip: boolean; types: QueryType[] | null; make: () => SearchEngine }[] = [
  { name: "postgres", skip: false, types: null, make: () => createPostgresEngine(db) },
  {
    name: "meilisearch",
    skip: !env.MEILI_URL,
    types: ["plain", "typo", "place", "organisation", "synonym", "phrase", "english"],
    make: () =>
      createMeilisearchEngine(db, {
        url: env.MEILI_URL ?? "",
        key: env.MEILI_KEY,
        indexPrefix: `judged_${process.pid}`,
      }),
  },
];

const queries = loadJudgedSet();

for (const { name, skip, types, make } of engines) {
  describe.skipIf(skip)(`judged queries: ${name}`, () => {
    let engine: SearchEngine;
    const slugOf = new Map<string, string>();

    it("indexes the demo data", async () => {
      engine = make();
      if (name !== "postgres") await engine.reindexAll();
      for (const r of await db.innovation.findMany({ select: { id: true, slug: true } })) slugOf.set(r.id, r.slug);
      expect(slugOf.size).toBeGreaterThan(0);
    });

    it.each(queries.filter((q) => !types || types.includes(q.type)).map((q) => [q.type, q.q, q] as const))(
      "[%s] %s finds what it is about on the first page",
      async (_, q, judged) => {
        const result = await engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 10, locale: "lv" });
        const found = result.hits.map((h) => slugOf.get(h.id));
        const about = Object.entries(judged.relevant)
          .filter(([, grade]) => grade === 2)
          .map(([slug]) => slug);
        expect({ q, found }).toEqual({ q, found: expect.arrayContaining(about) });
      },
    );
  });
}
