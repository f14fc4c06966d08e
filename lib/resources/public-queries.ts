// Reads for the public toolkit pages: the finder (words, filters with counts,
// sort, page), one resource, and resources for a stage. Only published
// resources leave the database, each read with an explicit select. The words
// go through the text layer every search of the portal shares
// (lib/search/text-query.ts: word forms, diacritics, typos, prefixes,
// synonyms), over the vector a trigger keeps on each resource.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Vocabulary } from "@/generated/prisma/enums";
import { countFacets, matchesAll, type FacetColumn, type FacetValueCount } from "@/lib/catalog/facet-sql";
import type { FinderQuery, FinderSpec, FinderValues } from "@/lib/catalog/list-params";
import { cachedRead } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import type { TermLabels } from "@/lib/innovations/queries";
import { suggestSpelling } from "@/lib/search/suggest";
import { textMatch, textQuery, textRank, type TextQuery } from "@/lib/search/text-query";

export const TOOLKIT_FACETS = ["type", "audience", "stage", "theme", "language"] as const;
export type ToolkitFacet = (typeof TOOLKIT_FACETS)[number];
export const TOOLKIT_SORTS = ["relevance", "newest", "title"] as const;
export type ToolkitSort = (typeof TOOLKIT_SORTS)[number];
export type ToolkitQuery = FinderQuery<ToolkitFacet, ToolkitSort>;

export const TOOLKIT: FinderSpec<ToolkitFacet, ToolkitSort> = {
  facets: TOOLKIT_FACETS,
  sorts: TOOLKIT_SORTS,
  defaultSort: "relevance",
};
export const TOOLKIT_PAGE_SIZE = 20;

/** The vocabulary behind each facet (language is an ISO 639-1 code, named by Intl). */
export const TOOLKIT_VOCABULARY = {
  type: "RESOURCE_TYPE",
  audience: "AUDIENCE",
  stage: "STAGE",
  theme: "THEME",
} as const satisfies Partial<Record<ToolkitFacet, Vocabulary>>;

const COLUMNS: FacetColumn[] = [
  { name: "type", sql: Prisma.sql`r."type"`, multi: false },
  { name: "audience", sql: Prisma.sql`r."audiences"`, multi: true },
  { name: "stage", sql: Prisma.sql`r."stages"`, multi: true },
  { name: "theme", sql: Prisma.sql`r."themes"`, multi: true },
  { name: "language", sql: Prisma.sql`r."language"`, multi: false },
];

const PUBLISHED = Prisma.sql`"Resource" r WHERE r."publication" = 'PUBLISHED'`;
const VECTOR = Prisma.sql`r."search_vector"`;

/** The published resources that have the words (all of them without words). */
const matching = (text: TextQuery | null) =>
  text ? Prisma.sql`${PUBLISHED} AND ${textMatch(VECTOR, text)}` : PUBLISHED;

/** The labels the toolkit pages show, grouped by vocabulary as the innovation labeler takes them. */
export const getToolkitTerms = cachedRead("toolkit-terms", ["terms"], loadToolkitTerms);

async function loadToolkitTerms(): Promise<TermLabels> {
  const rows = await db.term.findMany({
    where: { vocabulary: { in: ["RESOURCE_TYPE", "AUDIENCE", "STAGE", "THEME", "REGION"] } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true, position: true, parentKey: true },
  });
  const out: TermLabels = {};
  for (const { vocabulary, ...term } of rows) (out[vocabulary] ??= []).push(term);
  return out;
}

/** What each facet accepts: the vocabulary's keys, and the languages published resources are in. */
export async function getToolkitValues(terms: TermLabels): Promise<FinderValues<ToolkitFacet>> {
  const languages = await db.resource.findMany({
    where: { publication: "PUBLISHED", language: { not: null } },
    distinct: ["language"],
    select: { language: true },
  });
  const keys = (v: Vocabulary) => new Set((terms[v] ?? []).map((t) => t.key));
  return {
    type: keys("RESOURCE_TYPE"),
    audience: keys("AUDIENCE"),
    stage: keys("STAGE"),
    theme: keys("THEME"),
    language: new Set(languages.map((l) => l.language!)),
  };
}

const cardSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  type: true,
  stages: true,
  year: true,
  publisher: true,
  language: true,
  url: true,
  fileId: true,
} satisfies Prisma.ResourceSelect;
export type ResourceCard = Prisma.ResourceGetPayload<{ select: typeof cardSelect }>;

export type ToolkitResult = {
  total: number;
  hits: ResourceCard[];
  facets: Record<ToolkitFacet, FacetValueCount[]>;
};

function order(sort: ToolkitSort, locale: Locale, text: TextQuery | null): Prisma.Sql {
  const title =
    locale === "en"
      ? Prisma.sql`coalesce(nullif(r."titleEn", ''), r."titleLv") COLLATE "en-x-icu"`
      : Prisma.sql`r."titleLv" COLLATE "lv-x-icu"`;
  if (sort === "title") return Prisma.sql`${title}, r."id"`;
  if (sort === "newest") return Prisma.sql`r."year" DESC NULLS LAST, r."createdAt" DESC, r."id"`;
  // The words as typed, then through synonyms, then with typos, each by where they are (title first);
  // without words, the curators' choice first, then the newest.
  const rank = text ? Prisma.sql`${textRank(VECTOR, text)} DESC, ` : Prisma.empty;
  return Prisma.sql`${rank}r."featured" DESC, r."year" DESC NULLS LAST, ${title}, r."id"`;
}

/**
 * One page of the toolkit. Browsing (filters, no words) is the same for everyone and comes
 * from the cache; a search with words goes to the text layer (its synonyms are staff data too).
 */
export const searchToolkit = (query: ToolkitQuery, locale: Locale): Promise<ToolkitResult> =>
  query.q.trim() ? loadToolkitPage(query, locale) : browseToolkit(query, locale);

const browseToolkit = cachedRead(
  "toolkit-browse",
  ["resources", "organisations"],
  (query: ToolkitQuery, locale: Locale) => loadToolkitPage(query, locale),
);

async function loadToolkitPage(query: ToolkitQuery, locale: Locale): Promise<ToolkitResult> {
  const text = await textQuery(db, query.q);
  const from = matching(text);
  const source = { from, facets: COLUMNS, filters: query.filters };
  const [counted, ids] = await Promise.all([
    countFacets(source),
    db.$queryRaw<{ id: string }[]>`
      SELECT r."id" FROM ${from} AND ${matchesAll(source)}
      ORDER BY ${order(query.sort, locale, text)}
      LIMIT ${TOOLKIT_PAGE_SIZE} OFFSET ${(query.page - 1) * TOOLKIT_PAGE_SIZE}`,
  ]);
  const rows = await db.resource.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total: counted.total,
    hits: ids.flatMap((r) => byId.get(r.id) ?? []),
    facets: counted.facets as Record<ToolkitFacet, FacetValueCount[]>,
  };
}

async function countToolkit(q: string, filters: ToolkitQuery["filters"]): Promise<number> {
  const from = matching(await textQuery(db, q));
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM ${from} AND ${matchesAll({ from, facets: COLUMNS, filters })}`;
  return row?.n ?? 0;
}

/** What to offer when words found nothing: a spelling that finds something, and the words without the filters. */
export type ToolkitRescue = {
  suggestion: { q: string; total: number } | null;
  /** How many materials the words find with no filter; null when no filter is set. */
  withoutFilters: number | null;
};

export async function rescueToolkitQuery(query: ToolkitQuery): Promise<ToolkitRescue> {
  const filtered = Object.values(query.filters).some((v) => v?.length);
  const [spelled, withoutFilters] = await Promise.all([
    suggestSpelling(db, query.q),
    filtered ? countToolkit(query.q, {}) : Promise.resolve(null),
  ]);
  const total = spelled && spelled !== query.q ? await countToolkit(spelled, query.filters) : 0;
  return { suggestion: spelled && total > 0 ? { q: spelled, total } : null, withoutFilters };
}

const detailSelect = {
  ...cardSelect,
  audiences: true,
  themes: true,
  license: true,
  alternateUrls: true,
  isDemo: true,
  demoNote: true,
  sourceRefs: true,
  createdAt: true,
  updatedAt: true,
  file: { select: { id: true, originalName: true, mimeType: true, sizeBytes: true } },
} satisfies Prisma.ResourceSelect;
export type ResourceDetail = Prisma.ResourceGetPayload<{ select: typeof detailSelect }>;

/** One published resource, from the cache; metadata and page both ask. */
export const getPublicResource = cachedRead(
  "resource",
  ["resources", "organisations"],
  (slug: string): Promise<ResourceDetail | null> =>
    db.resource.findFirst({ where: { slug, publication: "PUBLISHED" }, select: detailSelect }),
);

const relatedSelect = {
  slug: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  stage: true,
  region: true,
} satisfies Prisma.InnovationSelect;

/** Published innovations at one of the resource's stages and on one of its themes: where it has been useful. */
export const getInnovationsForResource = ({ stages, themes }: Pick<ResourceDetail, "stages" | "themes">, limit = 4) =>
  cachedInnovationsForResource({ stages, themes }, limit);

// keyed by the two fields it reads, not by the whole record a page passes
const cachedInnovationsForResource = cachedRead("resource-innovations", ["innovations"], loadInnovationsForResource);

async function loadInnovationsForResource(
  resource: Pick<ResourceDetail, "stages" | "themes">,
  limit: number,
): Promise<Prisma.InnovationGetPayload<{ select: typeof relatedSelect }>[]> {
  if (resource.stages.length === 0 || resource.themes.length === 0) return [];
  return db.innovation.findMany({
    where: { publication: "PUBLISHED", stage: { in: resource.stages }, themes: { hasSome: resource.themes } },
    orderBy: [{ featured: "desc" }, { updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: relatedSelect,
  });
}

/**
 * Up to `limit` published resources for a stage: those sharing a theme with
 * the innovation first, then the curators' choice, then the newest.
 */
export const getResourcesForStage = cachedRead("stage-resources", ["resources"], loadResourcesForStage);

async function loadResourcesForStage(stage: string, themes: string[], limit = 3): Promise<ResourceCard[]> {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM ${PUBLISHED} AND ${stage} = ANY(r."stages")
    ORDER BY (r."themes" && ${themes}::text[]) DESC, r."featured" DESC, r."year" DESC NULLS LAST, r."id"
    LIMIT ${limit}`;
  const rows = await db.resource.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((r) => byId.get(r.id) ?? []);
}

/** How many published resources each stage has (the home page's stage cards). */
export async function countResourcesByStage(): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ stage: string; n: number }[]>`
    SELECT s AS stage, count(*)::int AS n FROM "Resource" r, unnest(r."stages") s
    WHERE r."publication" = 'PUBLISHED' GROUP BY s`;
  return new Map(rows.map((r) => [r.stage, r.n]));
}

/** Published organisations among publisher values (which are organisation slugs or plain names). */
export const getPublisherOrganisations = cachedRead("publishers", ["organisations"], loadPublisherOrganisations);

async function loadPublisherOrganisations(
  publishers: (string | null)[],
): Promise<{ slug: string; nameLv: string; nameEn: string | null }[]> {
  const slugs = [...new Set(publishers.filter((p): p is string => Boolean(p)))];
  if (slugs.length === 0) return [];
  return db.organisation.findMany({
    where: { slug: { in: slugs }, publication: "PUBLISHED" },
    select: { slug: true, nameLv: true, nameEn: true },
  });
}
