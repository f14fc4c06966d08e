// Expectations for the search contract, computed from the database without
// the engines' machinery: facet counts by plain SQL with joins (not the
// trigger-maintained columns), text matches by brute force over every word
// of every published record (normalised by PostgreSQL's own f_unaccent(lower())).
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { Facet, SearchFilters } from "@/lib/search/engine";
import { editDistanceWithin, PREFIX_MIN_LENGTH, queryWords, TYPO_MIN_LENGTH } from "@/lib/search/text";

type Doc = { id: string; words: string[] };

export async function publishedDocs(): Promise<Doc[]> {
  const rows = await db.$queryRaw<{ id: string; text: string }[]>`
    SELECT id, public.f_unaccent(lower(concat_ws(' ', "titleLv", "titleEn", "summaryLv", "summaryEn",
      "problemLv", "problemEn", "solutionLv", "solutionEn", "noveltyLv", "noveltyEn",
      "impactLv", "impactEn", "resultsLv", "resultsEn"))) AS text
    FROM "Innovation" WHERE "publication" = 'PUBLISHED'`;
  return rows.map((r) => ({ id: r.id, words: r.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean) }));
}

async function normalise(q: string): Promise<string[]> {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const rows = await db.$queryRaw<{ w: string }[]>`
    SELECT public.f_unaccent(lower(w)) AS w FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, n) ORDER BY n`;
  return rows.flatMap((r) => r.w.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * Ids a query must find: every word occurs exactly or within one typo (5+
 * letters); the last word may also be the start of a word, or a corpus word
 * within one typo of it may be (typo while typing).
 */
export async function expectedTextIds(q: string, docs: Doc[]): Promise<Set<string>> {
  const words = await normalise(q);
  if (words.length === 0) return new Set(docs.map((d) => d.id));
  const vocabulary = [...new Set(docs.flatMap((d) => d.words))].filter((w) => w.length >= 4);
  const typos = (w: string) =>
    w.length >= TYPO_MIN_LENGTH ? vocabulary.filter((v) => editDistanceWithin(w, v, 1)) : [];
  const tests = words.map((w, i) => {
    const last = i === words.length - 1;
    const near = new Set(typos(w));
    const prefixes = last && w.length >= PREFIX_MIN_LENGTH ? [w, ...near] : [];
    return (dw: string) => dw === w || near.has(dw) || prefixes.some((p) => dw.startsWith(p));
  });
  return new Set(docs.filter((d) => tests.every((t) => d.words.some(t))).map((d) => d.id));
}

// Each facet's values for a row, read through the relations the facet means.
const FACET_VALUES: Record<Facet, Prisma.Sql> = {
  stage: Prisma.sql`ARRAY[i."stage"]`,
  theme: Prisma.sql`i."themes"`,
  targetGroup: Prisma.sql`i."targetGroups"`,
  region: Prisma.sql`array_remove(ARRAY[i."region"], NULL)`,
  status: Prisma.sql`ARRAY[i."status"]`,
  implementerType: Prisma.sql`ARRAY(SELECT o."type" FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId" WHERE io."innovationId" = i."id" AND io."role" = 'IMPLEMENTER')`,
  supporter: Prisma.sql`ARRAY(SELECT o."slug" FROM "InnovationOrganisation" io JOIN "Organisation" o ON o."id" = io."organisationId" WHERE io."innovationId" = i."id" AND io."role" = 'SUPPORTER')`,
  startYear: Prisma.sql`array_remove(ARRAY[i."startYear"::text], NULL)`,
};

function where(filters: SearchFilters, ids: Set<string> | null, except?: Facet): Prisma.Sql {
  const parts = [Prisma.sql`i."publication" = 'PUBLISHED'`];
  if (ids) parts.push(Prisma.sql`i."id" = ANY(${[...ids]}::text[])`);
  for (const [facet, values] of Object.entries(filters) as [Facet, string[]][]) {
    if (facet === except || !values.length) continue;
    parts.push(Prisma.sql`${FACET_VALUES[facet]} && ${values}::text[]`);
  }
  return Prisma.join(parts, " AND ");
}

export async function expectedTotal(filters: SearchFilters, ids: Set<string> | null = null): Promise<number> {
  const [row] = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM "Innovation" i WHERE ${where(filters, ids)}`;
  return row?.n ?? 0;
}

/** value → count for one facet, with every other facet's selection applied and its own off. */
export async function expectedFacet(
  facet: Facet,
  filters: SearchFilters,
  ids: Set<string> | null = null,
): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ v: string; n: number }[]>`
    SELECT v, count(*)::int AS n FROM "Innovation" i, unnest(${FACET_VALUES[facet]}) AS v
    WHERE ${where(filters, ids, facet)} GROUP BY v`;
  return Object.fromEntries(rows.map((r) => [r.v, r.n]));
}

/** Ids in the order SQL sorts them, for the sort contract. */
export async function expectedOrder(sort: "newest" | "title-lv" | "title-en"): Promise<string[]> {
  const order =
    sort === "newest"
      ? Prisma.sql`i."updatedAt" DESC, i."id" ASC`
      : sort === "title-lv"
        ? Prisma.sql`i."titleLv" COLLATE "lv-x-icu" ASC, i."id" ASC`
        : Prisma.sql`coalesce(i."titleEn", i."titleLv") COLLATE "lv-x-icu" ASC, i."id" ASC`;
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT i."id" FROM "Innovation" i WHERE i."publication" = 'PUBLISHED' ORDER BY ${order}`;
  return rows.map((r) => r.id);
}
