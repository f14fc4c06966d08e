// The toolkit's free-text search (/toolkit?q=…) on the demo data plus records
// made here: the same Latvian behaviour as the innovation search, since both
// go through the shared text layer (word forms, diacritics and case, one typo
// per word of 5+ letters, prefixes, synonyms), the publisher's name, facet
// counts under the words compared with the brute-force oracle, relevance
// order, and what is offered when nothing matches.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rescueToolkitQuery, searchToolkit, type ToolkitQuery } from "@/lib/resources/public-queries";
import { asCounts, finderOracle } from "../support/finder-oracle";

const FACETS = ["type", "audience", "stage", "theme", "language"] as const;

const query = (q: string, over: Partial<ToolkitQuery> = {}): ToolkitQuery => ({
  q,
  filters: {},
  sort: "relevance",
  page: 1,
  ...over,
});
const slugs = async (q: string, over: Partial<ToolkitQuery> = {}, locale: "lv" | "en" = "lv") =>
  (await searchToolkit(query(q, over), locale)).hits.map((h) => h.slug);

describe("toolkit free-text search", () => {
  beforeAll(async () => {
    await db.resource.createMany({
      data: [
        {
          slug: "t-metodes-kopienam",
          titleLv: "Līdzdalības metodes kopienu darbam",
          summaryLv: "Apkopotas metodes, kā iesaistīt iedzīvotājus.",
          type: "guide",
          stages: ["idea"],
          themes: ["civil-society"],
          language: "lv",
        },
        {
          slug: "t-bezpajumtnieku-atbalsts",
          titleLv: "Atbalsts bezpajumtniekiem ziemā",
          type: "case-study",
          stages: ["pilot"],
          language: "lv",
        },
        {
          // the words only in the summary: ranks after a title that has them
          slug: "t-summary-only",
          titleLv: "Darba lapa",
          summaryLv: "Pārmaiņu teorijas veidne komandas darbam.",
          type: "template",
          stages: ["idea"],
          language: "lv",
        },
        {
          slug: "t-draft-metodes",
          titleLv: "Nepublicētas metodes",
          type: "method",
          publication: "DRAFT",
        },
      ],
    });
  });

  it("finds “metodes” for “metodē” (another form of the word), and never a draft", async () => {
    const found = await slugs("metodē");
    expect(found).toContain("t-metodes-kopienam");
    // a demo method card says "Metode, kā …"
    expect(found).toContain("method-co-creation-with-service-users");
    expect(found).not.toContain("t-draft-metodes");
    expect(await slugs("metodēm")).toContain("t-metodes-kopienam");
  });

  it("finds an item with a one-letter typo in a word of 5+ letters, not in shorter words", async () => {
    expect(await slugs("pārmaiņu teorja")).toContain("method-theory-of-change");
    expect(await slugs("dizaina domašnas")).toContain("method-design-thinking-workshop");
    expect(await slugs("Koprde")).toContain("method-co-creation-with-service-users");
    // "ceļš"-length words are matched as typed only
    expect(await slugs("xqzv")).toEqual([]);
  });

  it("ignores diacritics and case, and matches the last word as a prefix", async () => {
    expect(await slugs("PARMAINU TEORIJA")).toContain("method-theory-of-change");
    expect(await slugs("dizaina domā")).toContain("method-design-thinking-workshop");
    expect(await slugs("kopra")).toContain("method-co-creation-with-service-users");
  });

  it("finds English words in the English fields through the English stemmer, in either interface language", async () => {
    expect(await slugs("theories of change")).toContain("method-theory-of-change");
    expect(await slugs("workshops", {}, "en")).toContain("method-design-thinking-workshop");
  });

  it("applies the staff's synonyms: “homeless” and “bezmājnieki” find what says “bezpajumtniekiem”", async () => {
    expect(await slugs("homeless")).toContain("t-bezpajumtnieku-atbalsts");
    expect(await slugs("bezmājnieki")).toContain("t-bezpajumtnieku-atbalsts");
  });

  it("finds a resource by its publisher's name, and by the new name once the organisation is renamed", async () => {
    const bySif = await db.resource.count({ where: { publisher: "sif", publication: "PUBLISHED" } });
    expect(bySif).toBeGreaterThan(0);
    const found = await searchToolkit(query("Sabiedrības integrācijas fonds", { sort: "title" }), "lv");
    expect(found.total).toBeGreaterThanOrEqual(bySif);
    await db.organisation.update({ where: { slug: "sif" }, data: { nameLv: "Kvarkšķiņu integrācijas birojs" } });
    const renamed = await searchToolkit(query("Kvarkšķiņu birojs"), "lv");
    expect(renamed.total).toBe(bySif);
    expect((await searchToolkit(query("sif"), "lv")).total).toBeGreaterThanOrEqual(bySif);
  });

  it("ranks a title that has the words above a summary that has them", async () => {
    const found = await slugs("pārmaiņu teorija");
    expect(found.indexOf("method-theory-of-change")).toBeGreaterThanOrEqual(0);
    expect(found.indexOf("method-theory-of-change")).toBeLessThan(found.indexOf("t-summary-only"));
  });

  it("counts facets under the words as the oracle does over the records the words find", async () => {
    const q = "sociāl";
    const all = await searchToolkit(query(q, { sort: "title" }), "lv");
    expect(all.total).toBeGreaterThan(20);
    const ids: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 20); page++)
      ids.push(...(await searchToolkit(query(q, { sort: "title", page }), "lv")).hits.map((h) => h.id));
    expect(new Set(ids).size).toBe(all.total);
    const rows = (
      await db.resource.findMany({
        where: { id: { in: ids } },
        select: { id: true, type: true, audiences: true, stages: true, themes: true, language: true },
      })
    ).map((r) => ({
      id: r.id,
      type: r.type,
      audience: r.audiences,
      stage: r.stages,
      theme: r.themes,
      language: r.language,
    }));
    const top = (facet: (typeof FACETS)[number], n: number) => all.facets[facet].slice(0, n).map((v) => v.value);
    for (const filters of [{}, { type: top("type", 2) }, { stage: top("stage", 2), theme: top("theme", 1) }]) {
      const result = await searchToolkit(query(q, { filters, sort: "title" }), "lv");
      const expected = finderOracle(rows, FACETS, filters);
      expect(result.total).toBe(expected.ids.size);
      expect(result.hits.every((h) => expected.ids.has(h.id))).toBe(true);
      for (const facet of FACETS) expect(asCounts(result.facets[facet]), facet).toEqual(expected.counts[facet]);
    }
  });

  it("offers a spelling that finds something, and the words without the filters that emptied the list", async () => {
    const misspelt = query("tearrija");
    expect((await searchToolkit(misspelt, "lv")).total).toBe(0);
    const rescue = await rescueToolkitQuery(misspelt);
    expect(rescue.suggestion).toMatchObject({ q: "teorija" });
    expect(rescue.suggestion!.total).toBeGreaterThan(0);
    expect(rescue.withoutFilters).toBeNull();

    const filtered = query("teorija", { filters: { type: ["policy"] } });
    expect((await searchToolkit(filtered, "lv")).total).toBe(0);
    const widened = await rescueToolkitQuery(filtered);
    expect(widened.withoutFilters).toBe((await searchToolkit(query("teorija"), "lv")).total);
    expect(widened.withoutFilters).toBeGreaterThan(0);
    expect(widened.suggestion).toBeNull();
  });

  it("finds nothing, without an error, for words that normalise to nothing or are far too long", async () => {
    expect((await searchToolkit(query("–––"), "lv")).total).toBe(
      await db.resource.count({ where: { publication: "PUBLISHED" } }),
    );
    const long = Array.from({ length: 50 }, (_, i) => `vārds${i}`).join(" ");
    expect((await searchToolkit(query(long), "lv")).total).toBe(0);
  });
});
