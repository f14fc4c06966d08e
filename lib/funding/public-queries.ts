// Reads for the public funding pages, feeds and calendars: the call finder
// (status by the Riga clock, filters with counts, soonest deadline first),
// one call with every figure, the programmes with their calls, and the calls
// closing soonest. Only published calls and programmes leave the database.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { countFacets, matchesAll, type FacetColumn, type FacetValueCount } from "@/lib/catalog/facet-sql";
import type { FinderQuery, FinderSpec, FinderValues } from "@/lib/catalog/list-params";
import { cachedAtMoment, cachedRead } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { PROGRAMME_KINDS } from "./kinds";
import { deadlineSql, statusSql, utc } from "./public-sql";
import { CALL_STATUSES } from "./status";

export const FUNDING_FACETS = ["status", "applicant", "stage", "theme"] as const;
export type FundingFacet = (typeof FUNDING_FACETS)[number];
export const FUNDING_SORTS = ["deadline", "newest", "title"] as const;
export type FundingSort = (typeof FUNDING_SORTS)[number];
export type FundingQuery = FinderQuery<FundingFacet, FundingSort>;

export const FUNDING: FinderSpec<FundingFacet, FundingSort> = {
  facets: FUNDING_FACETS,
  sorts: FUNDING_SORTS,
  defaultSort: "deadline",
  // What a person looking for money wants first; closed calls are the archive.
  defaultFilters: { status: ["open", "upcoming"] },
};
export const FUNDING_PAGE_SIZE = 20;

const COLUMNS: FacetColumn[] = [
  { name: "status", sql: Prisma.sql`c."st"`, multi: false },
  { name: "applicant", sql: Prisma.sql`c."eligibleApplicantTypes"`, multi: true },
  { name: "stage", sql: Prisma.sql`c."stages"`, multi: true },
  { name: "theme", sql: Prisma.sql`c."themes"`, multi: true },
];

/** Published calls with their status and deadline at `now`, as a FROM item aliased `c`. */
const published = (now: Date) =>
  Prisma.sql`(SELECT c.*, ${statusSql(now)} AS "st", ${deadlineSql(now)} AS "dl"
    FROM "FundingCall" c WHERE c."publication" = 'PUBLISHED') c`;

/** The vocabulary keys each facet accepts. */
export const getFundingValues = cachedRead(
  "funding-values",
  ["terms"],
  async (): Promise<FinderValues<FundingFacet>> => {
    const terms = await db.term.findMany({
      where: { vocabulary: { in: ["ORGANISATION_TYPE", "STAGE", "THEME"] } },
      select: { vocabulary: true, key: true },
    });
    const keys = (v: string) => new Set(terms.filter((t) => t.vocabulary === v).map((t) => t.key));
    return {
      status: new Set(CALL_STATUSES),
      applicant: keys("ORGANISATION_TYPE"),
      stage: keys("STAGE"),
      theme: keys("THEME"),
    };
  },
);

const cardSelect = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  callNumber: true,
  totalBudgetEur: true,
  minPerProjectEur: true,
  maxPerProjectEur: true,
  aidIntensityPct: true,
  opensAt: true,
  closesAt: true,
  rolling: true,
  eligibleApplicantTypes: true,
  stages: true,
  themes: true,
  targetGroups: true,
  isDemo: true,
  createdAt: true,
  updatedAt: true,
  programme: { select: { slug: true, titleLv: true, titleEn: true, publication: true } },
  // Where the funder is decides where a municipality's or a planning region's call applies.
  funder: {
    select: { slug: true, nameLv: true, nameEn: true, publication: true, type: true, region: true, municipality: true },
  },
} satisfies Prisma.FundingCallSelect;
type CardRow = Prisma.FundingCallGetPayload<{ select: typeof cardSelect }>;

/** Decimals as strings: they do not cross into components as Prisma objects. */
type Amounts<T> = Omit<T, "totalBudgetEur" | "minPerProjectEur" | "maxPerProjectEur" | "aidIntensityPct"> & {
  totalBudgetEur: string | null;
  minPerProjectEur: string | null;
  maxPerProjectEur: string | null;
  aidIntensityPct: string | null;
};
export type CallCard = Amounts<CardRow>;

const str = (d: Prisma.Decimal | null) => (d === null ? null : d.toString());
const withAmounts = <T extends CardRow>(row: T): Amounts<T> => ({
  ...row,
  totalBudgetEur: str(row.totalBudgetEur),
  minPerProjectEur: str(row.minPerProjectEur),
  maxPerProjectEur: str(row.maxPerProjectEur),
  aidIntensityPct: str(row.aidIntensityPct),
});

export type FundingResult = { total: number; hits: CallCard[]; facets: Record<FundingFacet, FacetValueCount[]> };

function order(sort: FundingSort, locale: Locale): Prisma.Sql {
  const title =
    locale === "en"
      ? Prisma.sql`coalesce(nullif(c."titleEn", ''), c."titleLv") COLLATE "en-x-icu"`
      : Prisma.sql`c."titleLv" COLLATE "lv-x-icu"`;
  if (sort === "title") return Prisma.sql`${title}, c."id"`;
  if (sort === "newest") return Prisma.sql`c."updatedAt" DESC, c."id"`;
  // Open and upcoming calls by the soonest deadline; the archive after them, most recently closed first.
  return Prisma.sql`(c."st" = 'closed'),
    CASE WHEN c."st" <> 'closed' THEN c."dl" END ASC NULLS LAST,
    CASE WHEN c."st" = 'closed' THEN c."closesAt" END DESC NULLS LAST,
    ${title}, c."id"`;
}

async function cardsInOrder(ids: { id: string }[]): Promise<CallCard[]> {
  const rows = await db.fundingCall.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, withAmounts(r)]));
  return ids.flatMap((r) => byId.get(r.id) ?? []);
}

/** The finder: one page of calls, every facet's counts and the total. `limit` serves feeds (no paging). */
/** One page of the call finder, from the cache until a call changes (a write, an opening or a closing). */
export const searchCalls = (query: FundingQuery, locale: Locale, now: Date, limit = FUNDING_PAGE_SIZE) =>
  cachedCalls(now, query, locale, limit);

const cachedCalls = cachedAtMoment(
  "funding-finder",
  ["organisations"],
  (now, query: FundingQuery, locale: Locale, limit: number) => loadCalls(query, locale, now, limit),
);

async function loadCalls(query: FundingQuery, locale: Locale, now: Date, limit: number): Promise<FundingResult> {
  const source = { from: Prisma.sql`${published(now)} WHERE TRUE`, facets: COLUMNS, filters: query.filters };
  const [counted, ids] = await Promise.all([
    countFacets(source),
    db.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM ${published(now)} WHERE ${matchesAll(source)}
      ORDER BY ${order(query.sort, locale)}
      LIMIT ${limit} OFFSET ${(query.page - 1) * limit}`,
  ]);
  return {
    total: counted.total,
    hits: await cardsInOrder(ids),
    facets: counted.facets as Record<FundingFacet, FacetValueCount[]>,
  };
}

/** Open calls with a deadline, soonest first (the home page). */
export const getCallsClosingSoonest = (now: Date, limit = 3): Promise<CallCard[]> => cachedClosingSoonest(now, limit);

const cachedClosingSoonest = cachedAtMoment("calls-closing-soonest", [], loadCallsClosingSoonest);

async function loadCallsClosingSoonest(now: Date, limit: number): Promise<CallCard[]> {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM ${published(now)} WHERE c."st" = 'open' AND c."dl" IS NOT NULL
    ORDER BY c."dl", c."id" LIMIT ${limit}`;
  return cardsInOrder(ids);
}

/** How many calls are open or upcoming at each stage (the home page's stage cards). */
export async function countCurrentCallsByStage(now: Date): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ stage: string; n: number }[]>`
    SELECT s AS stage, count(*)::int AS n FROM ${published(now)}, unnest(c."stages") s
    WHERE c."st" <> 'closed' GROUP BY s`;
  return new Map(rows.map((r) => [r.stage, r.n]));
}

/** Every open and upcoming call, soonest deadline first (the support navigator, the regional view). */
export async function getCurrentCalls(now: Date, limit = 2000): Promise<CallCard[]> {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM ${published(now)} WHERE c."st" <> 'closed'
    ORDER BY c."dl" ASC NULLS LAST, c."id" LIMIT ${limit}`;
  return cardsInOrder(ids);
}

/** Published calls by id, in the order given (the coverage grid's cells name theirs). */
export async function getCallCards(ids: string[]): Promise<CallCard[]> {
  return cardsInOrder(ids.map((id) => ({ id })));
}

/** Every published call with a closing date from `since` on: the deadlines calendar. */
export async function getDeadlines(since: Date) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "FundingCall" c
    WHERE c."publication" = 'PUBLISHED' AND c."closesAt" >= ${utc(since)}
    ORDER BY c."closesAt", c."id"`;
  return cardsInOrder(rows);
}

const detailSelect = {
  ...cardSelect,
  advancePct: true,
  url: true,
  contactEmail: true,
  details: true,
  demoNote: true,
  sourceRefs: true,
  programme: {
    select: { slug: true, titleLv: true, titleEn: true, kind: true, period: true, publication: true },
  },
} satisfies Prisma.FundingCallSelect;
type DetailRow = Prisma.FundingCallGetPayload<{ select: typeof detailSelect }>;
export type CallDetail = Amounts<Omit<DetailRow, "advancePct">> & { advancePct: string | null };

/** One published call with every figure, from the cache; metadata, page and calendar file ask. */
export const getPublicCall = cachedRead(
  "call",
  ["funding", "organisations"],
  async (slug: string): Promise<CallDetail | null> => {
    const row = await db.fundingCall.findFirst({ where: { slug, publication: "PUBLISHED" }, select: detailSelect });
    return row && { ...withAmounts(row), advancePct: str(row.advancePct) };
  },
);

const programmeSelect = {
  slug: true,
  titleLv: true,
  titleEn: true,
  kind: true,
  period: true,
  summaryLv: true,
  summaryEn: true,
  themes: true,
  url: true,
  urlLv: true,
  isDemo: true,
  funder: { select: { slug: true, nameLv: true, nameEn: true, publication: true } },
  operator: { select: { slug: true, nameLv: true, nameEn: true, publication: true } },
  managingAuthority: { select: { slug: true, nameLv: true, nameEn: true, publication: true } },
  calls: {
    where: { publication: "PUBLISHED" },
    orderBy: [{ closesAt: { sort: "desc", nulls: "first" } }, { titleLv: "asc" }],
    select: { slug: true, titleLv: true, titleEn: true, opensAt: true, closesAt: true, rolling: true },
  },
} satisfies Prisma.FundingProgrammeSelect;
export type PublicProgramme = Prisma.FundingProgrammeGetPayload<{ select: typeof programmeSelect }>;

/** Published programmes in the order of their kinds (EU cohesion first … private, planned last). */
export const getPublicProgrammes = cachedRead("programmes", ["funding", "organisations"], loadPublicProgrammes);

async function loadPublicProgrammes(): Promise<PublicProgramme[]> {
  const rows = await db.fundingProgramme.findMany({
    where: { publication: "PUBLISHED" },
    orderBy: [{ titleLv: "asc" }],
    select: programmeSelect,
  });
  const rank = (kind: string) => {
    const i = (PROGRAMME_KINDS as readonly string[]).indexOf(kind);
    return i < 0 ? PROGRAMME_KINDS.length : i;
  };
  return rows.sort((a, b) => rank(a.kind) - rank(b.kind));
}
