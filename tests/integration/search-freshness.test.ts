// The PostgreSQL engine reads the committed rows themselves, with nothing
// kept in the process: a write must show in the very next search of every
// process (here: engines on separate connection pools), with counts equal to
// the SQL oracle, and a renamed organisation or relabelled term must change
// what finds the records that show it, in the same transaction.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { FACETS, type SearchEngine, type SearchFilters, type SearchQuery } from "@/lib/search/engine";
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
  // Two engines on two connection pools stand for two web processes.
  const otherClient = createPrismaClient();
  const first = createPostgresEngine(db);
  const second = createPostgresEngine(otherClient);
  const word = "zilonkaulavirpulis";
  const misspelt = "zilonkaulavirpulos";
  afterAll(() => otherClient.$disconnect());

  it("finds and counts a newly published innovation in the next search of every process", async () => {
    const supporter = await db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const theme = (await db.term.findFirstOrThrow({ where: { vocabulary: "THEME" }, orderBy: { key: "asc" } })).key;
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
      // a word that was new a moment ago, and a typo of it, both find the record
      expect((await engine.search(query({ q: misspelt }))).hits.map((h) => h.id)).toEqual([created.id]);
      expect((await engine.search(query({ q: word }))).hits.map((h) => h.id)).toEqual([created.id]);
      // and so does its supporter's name
      expect((await engine.search(query({ q: supporter.nameLv }))).hits.map((h) => h.id)).toContain(created.id);
      const counted = await expectCountsMatchSql(engine, { theme: [theme], supporter: [supporter.slug] });
      expect(counted.hits.map((h) => h.id)).toContain(created.id);
      expect(counted.facets.startYear).toContainEqual({ value: "2031", count: 1 });
    }

    // Unpublished: gone from results and counts at once, in every process.
    await db.innovation.update({ where: { id: created.id }, data: { publication: "ARCHIVED" } });
    for (const engine of [first, second]) {
      expect((await engine.search(query({ q: word }))).total).toBe(0);
      const after = await expectCountsMatchSql(engine, { theme: [theme] });
      expect(after.facets.startYear.map((v) => v.value)).not.toContain("2031");
    }
  });

  it("finds a record by its implementer's name, and by the new name once the organisation is renamed", async () => {
    const link = await db.innovationOrganisation.findFirstOrThrow({
      where: { role: "IMPLEMENTER", innovation: { publication: "PUBLISHED" } },
      include: { organisation: true },
    });
    for (const engine of [first, second])
      expect((await engine.search(query({ q: link.organisation.nameLv }))).hits.map((h) => h.id)).toContain(
        link.innovationId,
      );
    const renamed = "Kvarkšķiņu sadarbības tīkls";
    await db.organisation.update({ where: { id: link.organisationId }, data: { nameLv: renamed } });
    for (const engine of [first, second]) {
      expect((await engine.search(query({ q: renamed }))).hits.map((h) => h.id)).toContain(link.innovationId);
      expect((await engine.search(query({ q: "kvarkšķiņu" }))).hits.map((h) => h.id)).toContain(link.innovationId);
    }
    // the old name's own words no longer lead to it
    const oldWords = link.organisation.nameLv;
    const stillFound = (await first.search(query({ q: oldWords }))).hits.map((h) => h.id);
    const otherwise = await db.innovation.findUniqueOrThrow({ where: { id: link.innovationId } });
    if (!`${otherwise.titleLv} ${otherwise.summaryLv}`.includes(oldWords))
      expect(stillFound).not.toContain(link.innovationId);
  });

  it("shows a renamed supporter under its new slug at once", async () => {
    const link = await db.innovationOrganisation.findFirstOrThrow({
      where: { role: "SUPPORTER", innovation: { publication: "PUBLISHED" } },
      include: { organisation: true },
    });
    await expectCountsMatchSql(first, {});
    const slug = `${link.organisation.slug}-renamed`;
    await db.organisation.update({ where: { id: link.organisationId }, data: { slug } });
    const result = await expectCountsMatchSql(second, { supporter: [slug] });
    expect(result.hits.map((h) => h.id)).toContain(link.innovationId);
  });

  it("finds records by a relabelled theme's new label, and not by a rolled-back one", async () => {
    const innovation = await db.innovation.findFirstOrThrow({
      where: { publication: "PUBLISHED", themes: { isEmpty: false } },
    });
    const key = innovation.themes[0]!;
    const label = "Pūčupļavu labklājība";
    await db
      .$transaction(async (tx) => {
        await tx.term.update({ where: { vocabulary_key: { vocabulary: "THEME", key } }, data: { labelLv: label } });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect((await second.search(query({ q: label }))).total).toBe(0);
    await db.term.update({ where: { vocabulary_key: { vocabulary: "THEME", key } }, data: { labelLv: label } });
    const found = await second.search(query({ q: "pūčupļavu" }));
    expect(found.hits.map((h) => h.id)).toContain(innovation.id);
    expect(found.total).toBe(await db.innovation.count({ where: { publication: "PUBLISHED", themes: { has: key } } }));
  });

  it("applies a synonym group to the next search of every process", async () => {
    const before = await second.search(query({ q: "grabažnieki" }));
    expect(before.total).toBe(0);
    const group = await db.synonymGroup.create({ data: { terms: ["grabažnieki", "bezpajumtnieki"] } });
    const after = (await second.search(query({ q: "grabažnieki" }))).hits.map((h) => h.id);
    const homeless = await db.innovation.findMany({
      where: { publication: "PUBLISHED", summaryLv: { contains: "bezpajumtniek" } },
      select: { id: true },
    });
    expect(homeless.length).toBeGreaterThan(0);
    expect(after).toEqual(expect.arrayContaining(homeless.map((h) => h.id)));
    await db.synonymGroup.delete({ where: { id: group.id } });
    expect((await first.search(query({ q: "grabažnieki" }))).total).toBe(0);
  });
});
