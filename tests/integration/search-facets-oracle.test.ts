// The PostgreSQL engine's one statement against a brute-force reading of the
// same rows: disjunctive counts, totals, paging and orders must be exactly the
// literal definition (each facet counted with every other facet's selection
// applied and its own off), for hundreds of generated rows and filter
// combinations. The demo records are archived first, so only generated rows count.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FACETS, type Facet, type SearchFilters, type SearchQuery } from "@/lib/search/engine";
import { createPostgresEngine } from "@/lib/search/postgres";

type Row = {
  id: string;
  values: Record<Facet, string[]>;
  updated: number;
  title: string;
  where: "title" | "summary" | "text" | null;
};

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
  supporter: ["oracle-s1", "oracle-s2", "oracle-s3", "oracle-s4", "oracle-s5"],
  startYear: ["2019", "2020", "2021"],
};
const SCALAR = new Set<Facet>(["stage", "status"]);
const WORD = "ziloņkauls";
const BASE = Date.UTC(2030, 0, 1);

function makeRows(n: number, seed: number): Row[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `oracle${String(i).padStart(3, "0")}`,
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
    // the word in the title, the summary or the long text of some rows
    where: (["title", "summary", "text", null, null, null] as const)[i % 6]!,
  }));
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

const newestFirst = (a: Row, b: Row) => b.updated - a.updated || (a.id < b.id ? -1 : 1);
const asRecord = (list: { value: string; count: number }[]) => Object.fromEntries(list.map((v) => [v.value, v.count]));
const query = (over: Partial<SearchQuery>): SearchQuery => ({
  q: "",
  filters: {},
  sort: "newest",
  page: 1,
  pageSize: 100,
  locale: "lv",
  ...over,
});

describe("PostgreSQL engine against the literal definition", () => {
  const rows = makeRows(300, 7);
  const engine = createPostgresEngine(db);

  beforeAll(async () => {
    await db.innovation.updateMany({ data: { publication: "ARCHIVED" } });
    const organisations = [
      ...POOL.implementerType.map((type) => ({ id: `oracle-impl-${type}`, slug: `oracle-impl-${type}`, type })),
      ...POOL.supporter.map((slug) => ({ id: slug, slug, type: "ngo" })),
    ];
    await db.organisation.createMany({ data: organisations.map((o) => ({ ...o, nameLv: o.slug })) });
    await db.innovation.createMany({
      data: rows.map((row) => ({
        id: row.id,
        slug: row.id,
        titleLv: row.where === "title" ? `${row.title} ${WORD}` : row.title,
        summaryLv: row.where === "summary" ? `Kopsavilkums ar ${WORD}` : "Kopsavilkums",
        problemLv: row.where === "text" ? `Garāks apraksts, kurā minēts ${WORD}` : null,
        stage: row.values.stage[0]!,
        status: row.values.status[0]!,
        themes: row.values.theme,
        targetGroups: row.values.targetGroup,
        region: row.values.region[0] ?? null,
        startYear: row.values.startYear[0] ? Number(row.values.startYear[0]) : null,
        publication: "PUBLISHED",
        updatedAt: new Date(BASE + row.updated * 1000),
      })),
    });
    await db.innovationOrganisation.createMany({
      data: rows.flatMap((row) => [
        ...row.values.implementerType.map((type) => ({
          innovationId: row.id,
          organisationId: `oracle-impl-${type}`,
          role: "IMPLEMENTER" as const,
        })),
        ...row.values.supporter.map((slug) => ({
          innovationId: row.id,
          organisationId: slug,
          role: "SUPPORTER" as const,
        })),
      ]),
    });
  });

  it("counts every facet disjunctively, equal to the literal definition, for many filter combinations", async () => {
    const r = rng(99);
    for (let trial = 0; trial < 200; trial++) {
      const filters: SearchFilters = {};
      for (const f of FACETS) if (r() < 0.35) filters[f] = POOL[f].filter(() => r() < 0.5);
      const got = await engine.search(query({ filters, pageSize: 1 }));
      const want = bruteForce(rows, filters);
      expect(got.total).toBe(want.results.length);
      for (const f of FACETS) expect({ f, counts: asRecord(got.facets[f]) }).toEqual({ f, counts: want.facets[f] });
    }
  });

  it("counts right when a selected value is on no row, alone or beside another facet", async () => {
    for (const filters of [
      { theme: ["nowhere"] },
      { theme: ["nowhere"], stage: ["IDEA"] },
      { stage: ["IDEA", "nowhere"] },
      { supporter: ["oracle-s1"], region: ["nowhere"], status: ["ENDED"] },
    ] as SearchFilters[]) {
      const got = await engine.search(query({ filters }));
      const want = bruteForce(rows, filters);
      expect(got.total).toBe(want.results.length);
      for (const f of FACETS) expect({ f, counts: asRecord(got.facets[f]) }).toEqual({ f, counts: want.facets[f] });
    }
  });

  it("answers the unfiltered listing with every count, the same every time", async () => {
    const want = bruteForce(rows, {});
    for (let i = 0; i < 2; i++) {
      const got = await engine.search(query({ pageSize: 20 }));
      expect(got.total).toBe(rows.length);
      for (const f of FACETS) expect(asRecord(got.facets[f])).toEqual(want.facets[f]);
    }
  });

  it("restricts everything to the text matches and orders relevance by where the word is, then newest", async () => {
    const matched = rows.filter((row) => row.where !== null);
    // a title match first; anywhere else, newest first
    const bucket = { title: 1, summary: 0, text: 0 } as const;
    const expected = [...matched]
      .sort((a, b) => bucket[b.where!] - bucket[a.where!] || newestFirst(a, b))
      .map((row) => row.id);
    const got = await engine.search(query({ q: WORD, sort: "relevance", pageSize: 100 }));
    expect(got.total).toBe(matched.length);
    const want = bruteForce(matched, {});
    for (const f of FACETS) expect(asRecord(got.facets[f])).toEqual(want.facets[f]);
    expect(got.hits.map((h) => h.id)).toEqual(expected.slice(0, 100));
    const paged: string[] = [];
    for (let page = 1; page <= 4; page++)
      paged.push(
        ...(await engine.search(query({ q: WORD, sort: "relevance", page, pageSize: 7 }))).hits.map((h) => h.id),
      );
    expect(paged).toEqual(expected.slice(0, 28));
    // with facets: the same definition over the matching rows
    for (const filters of [{ theme: ["t1"] }, { stage: ["IDEA"], region: ["RIGA"] }] as SearchFilters[]) {
      const filtered = await engine.search(query({ q: WORD, filters, sort: "relevance" }));
      const expectedFiltered = bruteForce(matched, filters);
      expect(filtered.total).toBe(expectedFiltered.results.length);
      for (const f of FACETS)
        expect({ f, counts: asRecord(filtered.facets[f]) }).toEqual({ f, counts: expectedFiltered.facets[f] });
    }
  });

  it("pages through one stable order, newest first with id breaking ties, and past the end returns nothing", async () => {
    const filters: SearchFilters = { theme: ["t1", "t2"] };
    const all = bruteForce(rows, filters)
      .results.sort(newestFirst)
      .map((row) => row.id);
    const pages: string[] = [];
    for (let page = 1; page <= 4; page++)
      pages.push(...(await engine.search(query({ filters, page, pageSize: 20 }))).hits.map((h) => h.id));
    expect(pages).toEqual(all.slice(0, 80));
    expect((await engine.search(query({ filters, page: 500, pageSize: 20 }))).hits).toEqual([]);
  });

  it("sorts by title in the database's Latvian collation, id breaking ties", async () => {
    const got = await engine.search(query({ sort: "title", pageSize: 100 }));
    const titles = rows.map((row) => (row.where === "title" ? `${row.title} ${WORD}` : row.title));
    const ordered = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM unnest(${rows.map((r) => r.id)}::text[], ${titles}::text[]) AS t(id, title)
      ORDER BY title COLLATE public.sikc_lv, id LIMIT 100`;
    expect(got.hits.map((h) => h.id)).toEqual(ordered.map((r) => r.id));
  });

  it("matches nothing for values the data never has, and reads years as integers", async () => {
    expect((await engine.search(query({ filters: { stage: ["' OR 1=1 --"] } }))).total).toBe(0);
    const years = await engine.search(query({ filters: { startYear: ["2020.0", "x"] } }));
    expect(years.total).toBe(rows.filter((r) => r.values.startYear.includes("2020")).length);
  });
});
