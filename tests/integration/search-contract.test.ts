// One contract, every engine: same queries on the demo data, compared with
// expectations computed by SQL (search-oracle.ts). PostgreSQL always runs;
// Meilisearch only where a server is configured. The text oracle defines the
// PostgreSQL engine's matching (its dictionaries, word list and synonyms);
// Meilisearch, which matches words its own way, is held to finding every
// record that contains the words.
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { FACETS, type SearchEngine, type SearchFilters, type SearchQuery } from "@/lib/search/engine";
import { createMeilisearchEngine } from "@/lib/search/meilisearch";
import { createPostgresEngine } from "@/lib/search/postgres";
import {
  expectedFacet,
  expectedOrder,
  expectedTextIds,
  expectedTotal,
  publishedDocs,
  type OracleData,
} from "./search-oracle";

const MEILI_SKIP_REASON = "skipped: MEILI_URL not set, no Meilisearch server on this machine";
if (!env.MEILI_URL) console.warn(`search contract (meilisearch): ${MEILI_SKIP_REASON}`);

const engines: { name: string; skip: boolean; make: () => SearchEngine }[] = [
  { name: "postgres", skip: false, make: () => createPostgresEngine(db) },
  {
    name: "meilisearch",
    skip: !env.MEILI_URL,
    make: () =>
      createMeilisearchEngine(db, {
        url: env.MEILI_URL ?? "",
        key: env.MEILI_KEY,
        indexPrefix: `contract_${process.pid}`,
      }),
  },
];

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "",
  filters: {},
  sort: "relevance",
  page: 1,
  pageSize: 100,
  locale: "lv",
  ...over,
});

for (const { name, skip, make } of engines) {
  describe.skipIf(skip)(`search contract: ${name}`, () => {
    let engine: SearchEngine;
    let docs: OracleData;
    let hiddenId: string;

    beforeAll(async () => {
      // One record is unpublished: no engine may show it.
      const hidden = await db.innovation.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true } });
      hiddenId = hidden.id;
      await db.innovation.update({ where: { id: hiddenId }, data: { publication: "ARCHIVED" } });
      engine = make();
      await engine.reindexAll();
      docs = await publishedDocs();
    });

    async function expectFacetsMatchSql(filters: SearchFilters, ids: Set<string> | null, q = "") {
      const result = await engine.search(query({ q, filters }));
      expect(result.total).toBe(await expectedTotal(filters, ids));
      for (const facet of FACETS) {
        const got = Object.fromEntries(result.facets[facet].map((v) => [v.value, v.count]));
        expect({ facet, counts: got }).toEqual({ facet, counts: await expectedFacet(facet, filters, ids) });
      }
    }

    it("returns every published record for an empty query, never an unpublished one", async () => {
      const result = await engine.search(query());
      expect(result.total).toBe(await expectedTotal({}));
      expect(result.hits.map((h) => h.id)).not.toContain(hiddenId);
      expect(result.engine).toBe(name);
    });

    it.each([
      ["socialas inovacijas", "sociālās inovācijas"],
      ["seniori", "seniori"],
      ["SENIORI", "seniori"],
    ])("finds %s without diacritics or case: every record containing %s", async (q, original) => {
      const result = await engine.search(query({ q }));
      const ids = result.hits.map((h) => h.id).sort();
      if (name === "postgres") expect(ids).toEqual([...(await expectedTextIds(q, docs))].sort());
      const literal = await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Innovation" WHERE "publication" = 'PUBLISHED'
          AND lower(concat_ws(' ', "titleLv", "summaryLv", "problemLv", "solutionLv", "noveltyLv", "impactLv", "resultsLv")) LIKE ${`%${original}%`}`;
      expect(literal.length).toBeGreaterThan(0);
      for (const { id } of literal) expect(ids).toContain(id);
    });

    it("tolerates one typo in a word of 5+ letters", async () => {
      const exact = await engine.search(query({ q: "seniori" }));
      const typo = await engine.search(query({ q: "senjori" }));
      if (name === "postgres")
        expect(typo.hits.map((h) => h.id).sort()).toEqual([...(await expectedTextIds("senjori", docs))].sort());
      expect(typo.total).toBeGreaterThan(0);
      const inBoth = exact.hits.filter((h) => typo.hits.some((t) => t.id === h.id));
      expect(inBoth.length).toBeGreaterThan(0);
    });

    it("does not stretch typo tolerance to short words", async () => {
      const expected = await expectedTextIds("xqzv", docs);
      expect((await engine.search(query({ q: "xqzv" }))).total).toBe(expected.size);
      expect(expected.size).toBe(0);
    });

    it("matches the last word as a prefix while typing", async () => {
      const result = await engine.search(query({ q: "inovāc" }));
      if (name === "postgres")
        expect(result.hits.map((h) => h.id).sort()).toEqual([...(await expectedTextIds("inovāc", docs))].sort());
      expect(result.total).toBeGreaterThan(0);
    });

    it("counts facets disjunctively, equal to SQL counts, with no filter", async () => {
      await expectFacetsMatchSql({}, null);
    });

    it("counts facets disjunctively with selections in several facets (OR inside, AND across)", async () => {
      const all = await engine.search(query());
      const top = (f: (typeof FACETS)[number], n: number) => all.facets[f].slice(0, n).map((v) => v.value);
      const filters: SearchFilters = { stage: top("stage", 3), theme: top("theme", 2), region: top("region", 3) };
      await expectFacetsMatchSql(filters, null);
      await expectFacetsMatchSql({ implementerType: top("implementerType", 2), status: top("status", 1) }, null);
      await expectFacetsMatchSql({ supporter: top("supporter", 2), startYear: top("startYear", 4) }, null);
    });

    it("combines free text with facets", async () => {
      const q = "sociāl";
      const all = await engine.search(query({ q }));
      const ids =
        name === "postgres"
          ? await expectedTextIds(q, docs)
          : new Set((await engine.search(query({ q, pageSize: 100 }))).hits.map((h) => h.id));
      const filters: SearchFilters = {
        stage: all.facets.stage.slice(0, 2).map((v) => v.value),
        targetGroup: all.facets.targetGroup.slice(0, 2).map((v) => v.value),
      };
      await expectFacetsMatchSql(filters, ids, q);
    });

    it("pages through the same ordered list, and past the end returns nothing", async () => {
      const full = await engine.search(query({ sort: "newest" }));
      const pages: string[] = [];
      for (let page = 1; page <= Math.ceil(full.total / 7); page++) {
        const r = await engine.search(query({ sort: "newest", page, pageSize: 7 }));
        expect(r.total).toBe(full.total);
        pages.push(...r.hits.map((h) => h.id));
      }
      expect(pages).toEqual(full.hits.map((h) => h.id));
      const beyond = await engine.search(query({ page: 99, pageSize: 7 }));
      expect(beyond.hits).toEqual([]);
      expect(beyond.total).toBe(full.total);
    });

    it.each([
      ["newest", "lv", "newest"],
      ["title", "lv", "title-lv"],
      ["title", "en", "title-en"],
    ] as const)("sorts by %s (%s) as SQL does", async (sort, locale, expected) => {
      const result = await engine.search(query({ sort, locale }));
      expect(result.hits.map((h) => h.id)).toEqual(await expectedOrder(expected));
    });

    it("ranks a title match above a match in the long description", async () => {
      const result = await engine.search(query({ q: "seniori" }));
      const titled = result.hits.filter((h) => /senior/i.test(`${h.titleLv} ${h.titleEn ?? ""}`)).map((h) => h.id);
      expect(titled.length).toBeGreaterThan(0);
      expect(
        result.hits
          .slice(0, titled.length)
          .map((h) => h.id)
          .sort(),
      ).toEqual(titled.sort());
    });

    it.each([
      ['" OR 1=1 --'],
      ["stage = x OR"],
      ['\'; DROP TABLE "Innovation"; --'],
      ["a".repeat(10_000)],
      ["(((:* & | ! <->"],
      ["\\"],
    ])("treats hostile text %# as plain words", async (q) => {
      const result = await engine.search(query({ q }));
      if (name === "postgres") expect(result.total).toBe((await expectedTextIds(q, docs)).size);
      expect(await db.innovation.count()).toBeGreaterThan(0);
    });

    it.each([
      ["organisation", "Médecins du Monde", "caso-care-orientation-centres-belgium"],
      ["implementer in English", "Rēzekne Social Service", "mobile-support-team-rezekne-illustrative"],
      ["planning region", "Latgale", "mobile-support-team-rezekne-illustrative"],
      ["planning region in full", "Latgales plānošanas reģions", "mobile-support-team-rezekne-illustrative"],
      ["municipality", "Rēzekne", "mobile-support-team-rezekne-illustrative"],
      ["target group label", "Mājokli zaudējušas personas", "npisa-porto-homelessness-portugal"],
      ["theme label", "Iedzīvotāju novecošanās", "healthy-ageing-early-dementia-diagnosis"],
    ])("finds a record by what it shows besides its text: %s (%s)", async (_, q, slug) => {
      const result = await engine.search(query({ q }));
      expect(result.hits.map((h) => h.slug)).toContain(slug);
      if (name === "postgres") expect(result.total).toBe((await expectedTextIds(q, docs)).size);
    });

    it("finds a Latvian word in any of its forms", async () => {
      const slugs = async (q: string) => (await engine.search(query({ q }))).hits.map((h) => h.slug);
      const having = async (pattern: string) =>
        (
          await db.$queryRaw<{ slug: string }[]>`
            SELECT slug FROM "Innovation" WHERE "publication" = 'PUBLISHED'
              AND concat_ws(' ', "titleLv", "summaryLv", "problemLv", "solutionLv") ~* ${pattern}`
        ).map((r) => r.slug);
      // seniori, senioriem, seniorus, senioru … and the target group "seniors"
      const seniors = [
        ...(await having("\\mseniors|\\msenior[iue]")),
        ...(
          await db.innovation.findMany({ where: { publication: "PUBLISHED", targetGroups: { has: "seniors" } } })
        ).map((r) => r.slug),
      ];
      expect(seniors.length).toBeGreaterThan(3);
      const lonely = await having("\\mvientu[lļ]");
      expect(lonely.length).toBeGreaterThan(1);
      if (name !== "postgres") return;
      for (const form of ["seniori", "senioriem", "senioru", "seniors", "senior"])
        expect({ form, found: await slugs(form) }).toEqual({ form, found: expect.arrayContaining(seniors) });
      for (const form of ["vientuļš", "vientuļo", "vientuļajiem", "vientulo"])
        expect({ form, found: await slugs(form) }).toEqual({ form, found: expect.arrayContaining(lonely) });
    });

    it("expands a query with the synonyms staff keep, in both languages", async () => {
      const slugs = async (q: string) => (await engine.search(query({ q }))).hits.map((h) => h.slug);
      const published = async (where: Prisma.InnovationWhereInput) =>
        (await db.innovation.findMany({ where: { ...where, publication: "PUBLISHED" }, select: { slug: true } })).map(
          (r) => r.slug,
        );
      // lonely (vientuļš) ↔ lives alone (dzīvo viens): the records that say the latter
      const livingAlone = await published({ summaryLv: { contains: "dzīvo vieni" } });
      expect(await slugs("vientuļi seniori")).toEqual(expect.arrayContaining(livingAlone));
      // an English word finds the records whose Latvian target-group label is its equivalent
      const seniors = await published({ targetGroups: { has: "seniors" } });
      expect(seniors.length).toBeGreaterThan(3);
      expect(await slugs("elderly")).toEqual(expect.arrayContaining(seniors));
      const homeless = await slugs("bezpajumtnieks");
      expect(homeless.length).toBeGreaterThan(0);
      expect(await slugs("bezmājnieks")).toEqual(expect.arrayContaining(homeless));
      expect(await slugs("homeless")).toEqual(expect.arrayContaining(homeless));
    });

    it("treats hostile filter values as values that match nothing", async () => {
      const result = await engine.search(
        query({ filters: { stage: ['x" OR stage != "y'], supporter: ["' OR 1=1 --"] } }),
      );
      expect(result.total).toBe(0);
    });
  });
}
