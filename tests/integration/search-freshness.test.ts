// The PostgreSQL engine counts facets from an in-memory copy per process; a
// write must show in the very next search of every process (the copy follows
// the data version that commits bump), with counts equal to the SQL oracle.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FACETS, type SearchEngine, type SearchFilters, type SearchQuery } from "@/lib/search/engine";
import { pruneChangeLog } from "@/lib/search/change-log";
import { createPostgresEngine } from "@/lib/search/postgres";
import { expectedFacet, expectedTotal } from "./search-oracle";

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "",
  filters: {},
  sort: "relevance",
  page: 1,
  pageSize: 100,
  locale: "lv",
  ...over,
});

async function expectCountsMatchSql(engine: SearchEngine, filters: SearchFilters) {
  const result = await engine.search(query({ filters }));
  expect(result.total).toBe(await expectedTotal(filters));
  for (const facet of FACETS) {
    const got = Object.fromEntries(result.facets[facet].map((v) => [v.value, v.count]));
    expect({ facet, counts: got }).toEqual({ facet, counts: await expectedFacet(facet, filters) });
  }
  return result;
}

describe("postgres engine after writes", () => {
  // Two engines stand for two web processes, each with its own copy.
  const first = createPostgresEngine(db);
  const second = createPostgresEngine(db);
  const word = "zilonkaulavirpulis";
  const misspelt = "zilonkaulavirpulos";

  it("finds and counts a newly published innovation in the next search of every process", async () => {
    const supporter = await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const theme = (await db.term.findFirstOrThrow({ where: { vocabulary: "THEME" }, orderBy: { key: "asc" } })).key;
    // Both copies exist, and the text lookup has been remembered as "no match":
    // the word itself, and a misspelling of it that has no neighbour in the lexicon yet.
    for (const engine of [first, second]) {
      expect((await engine.search(query({ q: word }))).total).toBe(0);
      expect((await engine.search(query({ q: misspelt }))).total).toBe(0);
      await expectCountsMatchSql(engine, { theme: [theme] });
    }

    const created = await db.$transaction(async (tx) => {
      const innovation = await tx.innovation.create({
        data: {
          slug: `freshness-${Date.now()}`,
          titleLv: `Ziloņkaula virpulis ${word}`,
          summaryLv: "Jauns ieraksts",
          stage: "IDEA",
          status: "ACTIVE",
          themes: [theme],
          targetGroups: [],
          publication: "PUBLISHED",
          startYear: 2031,
        },
      });
      await tx.innovationOrganisation.create({
        data: { innovationId: innovation.id, organisationId: supporter.id, role: "SUPPORTER", position: 0 },
      });
      return innovation;
    });

    for (const engine of [first, second]) {
      // the first search after the commit: the remembered lookup of the misspelling is not trusted past it
      expect((await engine.search(query({ q: misspelt }))).hits.map((h) => h.id)).toEqual([created.id]);
      const found = await engine.search(query({ q: word }));
      expect(found.hits.map((h) => h.id)).toEqual([created.id]);
      const counted = await expectCountsMatchSql(engine, { theme: [theme], supporter: [supporter.slug] });
      expect(counted.hits.map((h) => h.id)).toContain(created.id);
      expect(counted.facets.startYear).toContainEqual({ value: "2031", count: 1 });
    }

    // Unpublished: gone from results and counts at once.
    await db.innovation.update({ where: { id: created.id }, data: { publication: "ARCHIVED" } });
    expect((await first.search(query({ q: word }))).total).toBe(0);
    const after = await expectCountsMatchSql(first, { theme: [theme] });
    expect(after.facets.startYear.map((v) => v.value)).not.toContain("2031");
  });

  it("shows a renamed supporter under its new slug at once", async () => {
    const link = await db.innovationOrganisation.findFirstOrThrow({
      where: { role: "SUPPORTER", innovation: { publication: "PUBLISHED" } },
      include: { organisation: true },
    });
    await expectCountsMatchSql(first, {});
    const slug = `${link.organisation.slug}-renamed`;
    await db.organisation.update({ where: { id: link.organisationId }, data: { slug } });
    const result = await expectCountsMatchSql(first, { supporter: [slug] });
    expect(result.hits.map((h) => h.id)).toContain(link.innovationId);
  });

  it("leaves the data version alone when a write rolls back, and moves it once per transaction", async () => {
    const version = async () => (await db.searchState.findUniqueOrThrow({ where: { id: 1 } })).version;
    const before = await version();
    await db
      .$transaction(async (tx) => {
        await tx.innovation.updateMany({ data: { featured: true } });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await version()).toBe(before);
    await db.$transaction(async (tx) => {
      const ids = (await tx.innovation.findMany({ take: 3, select: { id: true } })).map((r) => r.id);
      for (const id of ids) await tx.innovation.update({ where: { id }, data: { featured: true } });
    });
    expect(await version()).toBe(before + 1n);
  });

  it("records which rows each version changed, so other processes patch their copy instead of reading it all", async () => {
    const state = () => db.searchState.findUniqueOrThrow({ where: { id: 1 } });
    const rows = await db.innovation.findMany({
      take: 2,
      orderBy: { slug: "asc" },
      select: { id: true, searchSeq: true },
    });
    await db.$transaction(async (tx) => {
      for (const r of rows) await tx.innovation.update({ where: { id: r.id }, data: { featured: false } });
      await tx.innovation.update({ where: { id: rows[0]!.id }, data: { featured: true } });
    });
    const { version } = await state();
    const logged = await db.searchChange.findMany({ where: { version }, orderBy: { seq: "asc" } });
    expect(logged.map((c) => c.seq)).toEqual(rows.map((r) => r.searchSeq).sort((a, b) => a - b));
  });

  it("reads everything again when the pruned change log no longer reaches back to a copy", async () => {
    const engine = createPostgresEngine(db);
    const before = await expectCountsMatchSql(engine, {});
    const victim = before.hits[0]!;
    await db.innovation.update({ where: { id: victim.id }, data: { featured: true } });
    await db.searchChange.updateMany({ data: { at: new Date(Date.now() - 48 * 3600_000) } });
    expect(await pruneChangeLog(db)).toBeGreaterThan(0);
    const { version, floor } = await db.searchState.findUniqueOrThrow({ where: { id: 1 } });
    expect(floor).toBe(version);
    expect(await db.searchChange.count()).toBe(0);

    await db.innovation.update({ where: { id: victim.id }, data: { publication: "ARCHIVED" } });
    const after = await expectCountsMatchSql(engine, {});
    expect(after.total).toBe(before.total - 1);
    expect(after.hits.map((h) => h.id)).not.toContain(victim.id);
  });
});
